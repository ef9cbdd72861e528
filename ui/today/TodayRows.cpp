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

QString TodayRows::invoiced(const TodaySummary& summary, const Formatter& format)
{
    return tr("<a href=\"report:revenue\">Invoiced</a> %1 this month (last month %2)")
        .arg(format.money(summary.issuedThisMonth).toHtmlEscaped(),
             format.money(summary.issuedLastMonth).toHtmlEscaped());
}

QString TodayRows::received(const TodaySummary& summary, const Formatter& format)
{
    return tr("<a href=\"report:revenue\">Received</a> %1 this month (last month %2)")
        .arg(format.money(summary.paidThisMonth).toHtmlEscaped(), format.money(summary.paidLastMonth).toHtmlEscaped());
}

QString TodayRows::overdue(const TodayOverdueInvoice& invoice, const Formatter& format)
{
    return tr("%1 %2: %3, %n day(s) overdue", "", invoice.daysOverdue)
        .arg(link(QStringLiteral("invoice"), invoice.invoiceId, invoice.numberText),
             link(QStringLiteral("payer"), invoice.payerId, invoice.payerName),
             format.money(invoice.balanceMinor).toHtmlEscaped());
}

QString TodayRows::lowPackage(const PackageStatus& package, const Formatter& format)
{
    const auto& p = package.package;
    const QString who = link(QStringLiteral("learner"), p.learnerId, p.learnerName);
    const QString left = format.duration(package.remainingMinutes).toHtmlEscaped();
    const QString payer = link(QStringLiteral("payer"), p.payerId, tr("payer"));
    if (p.validUntil.isValid()) {
        return tr("%1 — %2: %3 left (until %4) · %5")
            .arg(who, p.planLabel.toHtmlEscaped(), left, format.date(p.validUntil).toHtmlEscaped(), payer);
    }
    return tr("%1 — %2: %3 left · %4").arg(who, p.planLabel.toHtmlEscaped(), left, payer);
}

} // namespace mentordesk
