// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarPalette.h"

#include <QList>

namespace mentordesk {

CalendarStatusStyle CalendarPalette::style(LessonStatus status)
{
    switch (status) {
    case LessonStatus::Scheduled:
        return {QColor(0xdc, 0xe9, 0xfb), QColor(0x3b, 0x6f, 0xc4), QColor(0x12, 0x2b, 0x52)};
    case LessonStatus::Held:
        return {QColor(0xdb, 0xf1, 0xe0), QColor(0x2e, 0x7d, 0x4f), QColor(0x12, 0x3d, 0x24)};
    case LessonStatus::CancelledByLearner:
        return {QColor(0xef, 0xef, 0xef), QColor(0x9e, 0x9e, 0x9e), QColor(0x5f, 0x5f, 0x5f), true, Qt::DashLine};
    case LessonStatus::LateCancel:
        return {QColor(0xfd, 0xef, 0xd2), QColor(0xc7, 0x8a, 0x12), QColor(0x5c, 0x3d, 0x00), true, Qt::DashLine};
    case LessonStatus::NoShow:
        return {QColor(0xfb, 0xe0, 0xdf), QColor(0xc6, 0x3b, 0x36), QColor(0x6b, 0x15, 0x12)};
    case LessonStatus::CancelledByMentor:
        return {QColor(0xec, 0xe7, 0xf4), QColor(0x86, 0x74, 0xb8), QColor(0x4a, 0x3d, 0x6e), true, Qt::DashLine};
    }
    return {QColor(Qt::white), QColor(Qt::gray), QColor(Qt::black)};
}

QList<LessonStatus> CalendarPalette::legendOrder()
{
    return {LessonStatus::Scheduled,          LessonStatus::Held,       LessonStatus::NoShow,
            LessonStatus::CancelledByLearner, LessonStatus::LateCancel, LessonStatus::CancelledByMentor};
}

QColor CalendarPalette::mentorColor(const QString& color)
{
    const QColor c = QColor::fromString(color);
    return c.isValid() ? c : QColor(0x80, 0x86, 0x8b);
}

} // namespace mentordesk
