// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonStatus.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace mentordesk {

namespace {
const std::array<std::pair<LessonStatus, const char16_t*>, 6> kNames = {{
    {LessonStatus::Scheduled, u"scheduled"},
    {LessonStatus::Held, u"held"},
    {LessonStatus::CancelledByLearner, u"cancelled_by_learner"},
    {LessonStatus::LateCancel, u"late_cancel"},
    {LessonStatus::NoShow, u"no_show"},
    {LessonStatus::CancelledByMentor, u"cancelled_by_mentor"},
}};
} // namespace

QString lessonStatusToString(LessonStatus status)
{
    for (const auto& [s, name] : kNames) {
        if (s == status) {
            return QString::fromUtf16(name);
        }
    }
    return QStringLiteral("scheduled");
}

std::optional<LessonStatus> lessonStatusFromString(const QString& text)
{
    const QString key = text.trimmed().toLower().replace(u'-', u'_');
    for (const auto& [s, name] : kNames) {
        if (key == QString::fromUtf16(name)) {
            return s;
        }
    }
    return std::nullopt;
}

QString lessonStatusDisplayName(LessonStatus status)
{
    switch (status) {
    case LessonStatus::Scheduled:
        return QCoreApplication::translate("LessonStatus", "Scheduled");
    case LessonStatus::Held:
        return QCoreApplication::translate("LessonStatus", "Held");
    case LessonStatus::CancelledByLearner:
        return QCoreApplication::translate("LessonStatus", "Cancelled by learner");
    case LessonStatus::LateCancel:
        return QCoreApplication::translate("LessonStatus", "Late cancellation");
    case LessonStatus::NoShow:
        return QCoreApplication::translate("LessonStatus", "No-show");
    case LessonStatus::CancelledByMentor:
        return QCoreApplication::translate("LessonStatus", "Cancelled by mentor");
    }
    return {};
}

bool lessonStatusBlocksSlot(LessonStatus status)
{
    return status == LessonStatus::Scheduled || status == LessonStatus::Held;
}

bool lessonStatusIsCancellation(LessonStatus status)
{
    return status == LessonStatus::CancelledByLearner || status == LessonStatus::LateCancel ||
           status == LessonStatus::CancelledByMentor;
}

} // namespace mentordesk
