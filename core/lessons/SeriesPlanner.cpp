// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/SeriesPlanner.h"

#include "common/Validation.h"
#include "lessons/StudioTimeZone.h"

#include <QLocale>

namespace mentordesk {

QList<QDate> SeriesPlanner::patternDates(const SeriesRule& rule, int cap)
{
    QList<QDate> dates;
    if (!rule.firstStart.date.isValid() || rule.intervalWeeks < 1 || (!rule.untilDate.isValid() && !rule.count)) {
        return dates;
    }
    for (QDate d = rule.firstStart.date; dates.size() < cap; d = d.addDays(qint64(7) * rule.intervalWeeks)) {
        if (rule.untilDate.isValid() && d > rule.untilDate) {
            break;
        }
        if (rule.count && dates.size() >= *rule.count) {
            break;
        }
        dates.append(d);
    }
    return dates;
}

Result<QList<Occurrence>> SeriesPlanner::occurrences(const SeriesRule& rule, const StudioTimeZone& zone)
{
    if (!rule.firstStart.isValid()) {
        return fail(
            Error::invalid(QStringLiteral("start"), tr("The first lesson of the series needs a date and time.")));
    }
    if (auto ok = Validation::inRange(rule.intervalWeeks, 1, 52, {QStringLiteral("every"), tr("Interval in weeks")});
        !ok) {
        return fail(ok.error());
    }
    if (!rule.untilDate.isValid() && !rule.count) {
        return fail(
            Error::invalid(QStringLiteral("until"), tr("A series needs an end: a last date or a number of lessons.")));
    }
    if (rule.count) {
        if (auto ok = Validation::inRange(*rule.count, 1, kMaxOccurrences,
                                          {QStringLiteral("count"), tr("Number of lessons")});
            !ok) {
            return fail(ok.error());
        }
    }
    if (rule.untilDate.isValid() && rule.untilDate < rule.firstStart.date) {
        return fail(Error::invalid(QStringLiteral("until"), tr("The last date %1 is before the first lesson on %2.")
                                                                .arg(rule.untilDate.toString(Qt::ISODate),
                                                                     rule.firstStart.date.toString(Qt::ISODate))));
    }
    const QList<QDate> dates = patternDates(rule);
    if (dates.size() > kMaxOccurrences) {
        return fail(Error::invalid(
            QStringLiteral("until"),
            tr("The series would have more than %1 lessons; choose an earlier last date.").arg(kMaxOccurrences)));
    }
    for (const QDate& skipped : rule.skippedDates) {
        if (!dates.contains(skipped)) {
            return fail(Error::invalid(
                QStringLiteral("skip"),
                tr("%1 is not a date of this series, which meets on %2 every %n week(s) from %3.", "",
                   rule.intervalWeeks)
                    .arg(skipped.toString(Qt::ISODate), QLocale().dayName(rule.firstStart.date.dayOfWeek()),
                         rule.firstStart.date.toString(Qt::ISODate))));
        }
    }
    QList<Occurrence> out;
    for (const QDate& d : dates) {
        if (rule.skippedDates.contains(d)) {
            continue;
        }
        auto startsAt = zone.toUtc({d, rule.firstStart.time}, {QStringLiteral("start"), tr("Start")});
        if (!startsAt) {
            return fail(Error::invalid(
                QStringLiteral("start"),
                tr("The lesson on %1 would start at %2, a time that does not exist in %3 "
                   "(daylight saving time skips it). Choose another time or skip that date.")
                    .arg(d.toString(Qt::ISODate), rule.firstStart.time.toString(QStringLiteral("HH:mm")), zone.id())));
        }
        out.append({d, *startsAt});
    }
    if (out.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("skip"), tr("Every date of the series is skipped.")));
    }
    return out;
}

} // namespace mentordesk
