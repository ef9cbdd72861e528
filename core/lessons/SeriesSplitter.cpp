// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/SeriesSplitter.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "lessons/LessonRepository.h"
#include "lessons/LessonSeriesRepository.h"
#include "lessons/LessonSeriesService.h"
#include "lessons/LessonService.h"
#include "lessons/LessonValidator.h"
#include "lessons/SeriesOccurrences.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace mentordesk {

SeriesSplitter::SeriesSplitter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<void> SeriesSplitter::validate(const SeriesEditInput& in)
{
    if (in.plannedMinutes) {
        if (auto ok = LessonValidator::plannedMinutes(*in.plannedMinutes); !ok) {
            return fail(ok.error());
        }
    }
    if (in.intervalWeeks) {
        if (auto ok = Validation::inRange(*in.intervalWeeks, 1, 52, {QStringLiteral("every"), tr("Interval in weeks")});
            !ok) {
            return fail(ok.error());
        }
    }
    if (in.weekday) {
        if (auto ok = Validation::inRange(*in.weekday, 1, 7, {QStringLiteral("weekday"), tr("Weekday")}); !ok) {
            return fail(ok.error());
        }
    }
    if (in.startTime && !in.startTime->isValid()) {
        return fail(Error::invalid(QStringLiteral("start_time"), tr("The new start time is not a valid time.")));
    }
    if (in.untilDate.isValid() && in.count) {
        return fail(Error::invalid(QStringLiteral("count"),
                                   tr("Give either a last date or a number of lessons for the series, not both.")));
    }
    return {};
}

Result<SeriesSchedule> SeriesSplitter::split(const SeriesEditInput& input, QList<Conflict>* conflicts)
{
    if (auto ok = validate(input); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto from = LessonService(m_db, m_clock).get(input.fromLessonId);
    if (!from) {
        return fail(from.error());
    }
    if (!from->seriesId) {
        return fail(Error::invalid(QStringLiteral("from_lesson"), tr("The lesson is not part of a series.")));
    }
    if (from->status != LessonStatus::Scheduled) {
        return fail(Error::refused(tr("The lesson was recorded as “%1”; start the change at a scheduled lesson.")
                                       .arg(lessonStatusDisplayName(from->status))));
    }
    auto old = LessonSeriesService(m_db, m_clock).get(*from->seriesId);
    if (!old) {
        return fail(old.error());
    }
    SeriesOccurrences occ(m_db, m_clock);
    auto oldZone = occ.zoneOf(*old);
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!oldZone || !zone) {
        return fail(!oldZone ? oldZone.error() : zone.error());
    }
    const SeriesRule oldRule = SeriesOccurrences::ruleOf(*old, *oldZone);
    const QDate anchor = oldZone->toLocal(from->startsAt).date;

    // The new rule: unchanged parts continue from the old series.
    SeriesRule rule;
    const int weekday = input.weekday.value_or(oldRule.firstStart.date.dayOfWeek());
    QDate first = anchor;
    while (first.dayOfWeek() != weekday) {
        first = first.addDays(1);
    }
    rule.firstStart = {first, input.startTime.value_or(oldRule.firstStart.time)};
    rule.intervalWeeks = input.intervalWeeks.value_or(old->intervalWeeks);
    if (input.untilDate.isValid() || input.count) {
        rule.untilDate = input.untilDate;
        rule.count = input.count;
    } else {
        rule.untilDate = old->untilDate;
        if (old->occurrenceCount) {
            const QList<QDate> oldDates = SeriesPlanner::patternDates(oldRule);
            const auto before =
                std::count_if(oldDates.cbegin(), oldDates.cend(), [&](const QDate& d) { return d < anchor; });
            rule.count = std::max(1, *old->occurrenceCount - static_cast<int>(before));
        }
    }

    // Dates that stay off: skipped ones, and those where a held or cancelled old lesson remains.
    auto later = LessonRepository(m_db).seriesLessons(old->meta.id, oldZone->startOfDayUtc(anchor));
    if (!later) {
        return fail(later.error());
    }
    SeriesRule unskipped = rule;
    const QList<QDate> pattern = SeriesPlanner::patternDates(unskipped);
    for (const QDate& d : old->skippedDates) {
        if (d >= anchor && pattern.contains(d) && !rule.skippedDates.contains(d)) {
            rule.skippedDates.append(d);
        }
    }
    for (const Lesson& l : std::as_const(*later)) {
        const QDate d = zone->toLocal(l.startsAt).date;
        if (l.status != LessonStatus::Scheduled && pattern.contains(d) && !rule.skippedDates.contains(d)) {
            rule.skippedDates.append(d);
        }
    }
    std::sort(rule.skippedDates.begin(), rule.skippedDates.end());

    // End the old series and remove its scheduled lessons from the anchor on.
    LessonSeries ended = *old;
    const QDate lastDay = anchor.addDays(-1);
    ended.untilDate = ended.untilDate.isValid() ? std::min(ended.untilDate, lastDay) : lastDay;
    ended.skippedDates.removeIf([&](const QDate& d) { return d >= anchor; });
    ended.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = LessonSeriesRepository(m_db).update(ended); !ok) {
        return fail(ok.error());
    }
    auto removed = occ.removeScheduledFrom(ended, anchor, *oldZone);
    if (!removed) {
        return fail(removed.error());
    }

    auto occurrences = SeriesPlanner::occurrences(rule, *zone);
    if (!occurrences) {
        return fail(occurrences.error());
    }
    auto firstStartsAt = zone->toUtc(rule.firstStart, {QStringLiteral("start_time"), tr("Start time")});
    if (!firstStartsAt) {
        return fail(firstStartsAt.error());
    }
    SeriesSchedule out;
    out.removedLessons = *removed;
    LessonSeries& s = out.series;
    s.meta = LessonValidator::newMeta(m_clock.nowUtc(), m_db.deviceId());
    s.mentorId = input.mentorId.value_or(old->mentorId);
    if (input.mentorId) {
        auto mentor = LessonValidator(m_db).activeMentor(*input.mentorId);
        if (!mentor) {
            return fail(mentor.error());
        }
        s.mentorId = mentor->id;
    }
    s.firstStartsAt = *firstStartsAt;
    s.plannedMinutes = input.plannedMinutes.value_or(old->plannedMinutes);
    s.intervalWeeks = rule.intervalWeeks;
    s.untilDate = rule.untilDate;
    s.occurrenceCount = rule.count;
    s.skippedDates = rule.skippedDates;
    s.timeZone = zone->id();
    if (auto ok = LessonSeriesRepository(m_db).insert(s); !ok) {
        return fail(ok.error());
    }
    SeriesOccurrences::LessonTemplate templ{{}, from->location, from->billable};
    for (const Attendee& a : from->attendees) {
        templ.enrollmentIds.append(a.enrollmentId);
    }
    auto lessons = occ.materialise(s, *occurrences, templ, input.allowConflicts, conflicts, *zone);
    if (!lessons) {
        return fail(lessons.error());
    }
    out.lessons = *lessons;
    if (auto dropped = occ.dropIfEmpty(ended); !dropped) {
        return fail(dropped.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

} // namespace mentordesk
