// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarSummary.h"

#include "calendar/CalendarPalette.h"

#include <QTime>

namespace mentordesk {

namespace {
constexpr qsizetype kMaxNamesLength = 60;

QString clockTime(const QLocale& locale, int minute)
{
    return locale.toString(QTime(std::clamp(minute, 0, 24 * 60 - 1) / 60, minute % 60), QLocale::ShortFormat);
}
} // namespace

QString CalendarSummary::title(int count)
{
    return tr("%n lesson(s)", "a block standing for lessons at the same time", count);
}

QList<QPair<LessonStatus, int>> CalendarSummary::statusCounts(const QList<CalendarEntry>& entries,
                                                              const CalendarSummaryGroup& group)
{
    QList<QPair<LessonStatus, int>> out;
    for (LessonStatus status : CalendarPalette::legendOrder()) {
        int n = 0;
        for (qsizetype i : group.items) {
            n += i >= 0 && i < entries.size() && entries[i].lesson.status == status ? 1 : 0;
        }
        if (n > 0) {
            out.append({status, n});
        }
    }
    return out;
}

QString CalendarSummary::toolTip(const QList<CalendarEntry>& entries, const CalendarSummaryGroup& group,
                                 const QLocale& locale, bool dayView)
{
    const int count = static_cast<int>(group.items.size());
    QStringList breakdown;
    for (const auto& [status, n] : statusCounts(entries, group)) {
        breakdown.append(tr("%1: %2", "lesson status: number of lessons").arg(lessonStatusDisplayName(status)).arg(n));
    }
    QStringList lines = {tr("%n lesson(s) at the same time", nullptr, count), breakdown.join(QStringLiteral(" · ")),
                         QString()};
    for (qsizetype k = 0; k < std::min<qsizetype>(count, kToolTipLessons); ++k) {
        const qsizetype i = group.items[k];
        if (i < 0 || i >= entries.size()) {
            continue;
        }
        const CalendarEntry& e = entries[i];
        QString learners = e.title;
        if (learners.size() > kMaxNamesLength) {
            learners = learners.left(kMaxNamesLength - 1) + QChar(0x2026);
        }
        lines.append(tr("%1 %2 · %3 · %4", "time, learners, mentor, status")
                         .arg(clockTime(locale, e.startMinute), learners, e.mentorName,
                              lessonStatusDisplayName(e.lesson.status)));
    }
    if (count > kToolTipLessons) {
        lines.append(tr("… and %n more", nullptr, count - kToolTipLessons));
    }
    lines.append(QString());
    lines.append(dayView ? tr("Too many lessons to show side by side: double-click to show only this mentor.")
                         : tr("Too many lessons to show side by side: double-click to open this day."));
    return lines.join(u'\n');
}

} // namespace mentordesk
