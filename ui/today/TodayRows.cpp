// SPDX-License-Identifier: GPL-3.0-or-later
#include "today/TodayRows.h"

#include "common/Formatter.h"
#include "progress/AtRiskRules.h"

#include <QStringList>

namespace mentordesk {

QString TodayRows::link(const QString& kind, const QString& id, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(kind, id.toHtmlEscaped(), text.toHtmlEscaped());
}

namespace {

QString people(const TodayLesson& l)
{
    QStringList names;
    for (const TodayAttendee& a : l.attendees) {
        names.append(TodayRows::link(QStringLiteral("learner"), a.learnerId, a.learnerName));
    }
    return names.join(QStringLiteral(", "));
}

QString statusSuffix(LessonStatus status)
{
    if (status == LessonStatus::Scheduled) {
        return {};
    }
    const QString color = status == LessonStatus::Held ? QStringLiteral("#2e7d32") : QStringLiteral("#9e9e9e");
    return QStringLiteral(" <span style=\"color:%1\">· %2</span>")
        .arg(color, lessonStatusDisplayName(status).toHtmlEscaped());
}

} // namespace

QString TodayRows::lesson(const TodayLesson& l, const Formatter& format)
{
    const QString time = QStringLiteral("%1–%2").arg(format.time(l.startsAt),
                                                     format.time(l.startsAt.addSecs(qint64(l.plannedMinutes) * 60)));
    return tr("%1  %2 · with %3%4")
        .arg(link(QStringLiteral("lesson"), l.lessonId, time), people(l),
             link(QStringLiteral("mentor"), l.mentorId, l.mentorName), statusSuffix(l.status));
}

QString TodayRows::awaiting(const TodayLesson& l, const Formatter& format)
{
    return tr("%1  %2 · with %3")
        .arg(link(QStringLiteral("lesson"), l.lessonId, format.dateTime(l.startsAt)), people(l),
             link(QStringLiteral("mentor"), l.mentorId, l.mentorName));
}

QString TodayRows::atRisk(const AtRiskEntry& e)
{
    QStringList reasons;
    for (const RiskFlag& f : e.flags) {
        reasons.append(AtRiskRules::describe(f).toHtmlEscaped());
    }
    return tr("%1 — %2 (%3): <span style=\"color:#c62828\">%4</span>")
        .arg(link(QStringLiteral("learner"), e.enrollment.learnerId, e.enrollment.learnerName),
             e.enrollment.title.toHtmlEscaped(), e.enrollment.mentorName.toHtmlEscaped(), reasons.join(u' '));
}

QString TodayRows::hours(const TodaySummary& s, const Formatter& format)
{
    const qint64 delta = s.heldThisWeek - s.heldLastWeek;
    const QString deltaText = delta == 0  ? tr("same as last week")
                              : delta > 0 ? tr("%1 more than last week").arg(format.duration(delta))
                                          : tr("%1 less than last week").arg(format.duration(-delta));
    return tr("<b>%1</b> held so far this week (%2; last week %3)")
        .arg(format.duration(s.heldThisWeek), deltaText, format.duration(s.heldLastWeek));
}

QString TodayRows::afterBilling(const QString& label)
{
    return QStringLiteral("%1: <i style=\"color:#8a8a8a\">%2</i>")
        .arg(label.toHtmlEscaped(), tr("after billing is set up").toHtmlEscaped());
}

} // namespace mentordesk
