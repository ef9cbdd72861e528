// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/SeriesOccurrences.h"

#include "common/Clock.h"
#include "lessons/ConflictChecker.h"
#include "lessons/LessonRepository.h"
#include "lessons/LessonSeriesRepository.h"
#include "lessons/LessonValidator.h"
#include "storage/Database.h"

namespace mentordesk {

SeriesOccurrences::SeriesOccurrences(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QList<Lesson>> SeriesOccurrences::materialise(const LessonSeries& series, const QList<Occurrence>& occurrences,
                                                     const LessonTemplate& templ, bool allowConflicts,
                                                     QList<Conflict>* conflictsOut, const StudioTimeZone& zone)
{
    const QDateTime now = m_clock.nowUtc();
    LessonValidator validator(m_db);
    auto mentor = validator.activeMentor(series.mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    auto attendees = validator.attendees(templ.enrollmentIds, now);
    if (!attendees) {
        return fail(attendees.error());
    }
    ConflictChecker checker(m_db, zone);
    QList<Lesson> lessons;
    QList<Conflict> conflicts;
    for (const Occurrence& o : occurrences) {
        Lesson l;
        l.meta = LessonValidator::newMeta(now, m_db.deviceId());
        l.mentorId = mentor->id;
        l.mentorName = mentor->name;
        l.seriesId = series.meta.id;
        l.startsAt = o.startsAt;
        l.plannedMinutes = series.plannedMinutes;
        l.location = templ.location;
        l.billable = templ.billable;
        for (const Attendee& a : std::as_const(*attendees)) {
            Attendee copy = a;
            copy.meta = LessonValidator::newMeta(now, m_db.deviceId());
            copy.lessonId = l.meta.id;
            l.attendees.append(copy);
        }
        auto found = checker.check(l.mentorId, l.startsAt, l.endsAt(), l.learnerIds());
        if (!found) {
            return fail(found.error());
        }
        conflicts += *found;
        lessons.append(l);
    }
    if (conflictsOut) {
        *conflictsOut = conflicts;
    }
    if (!conflicts.isEmpty() && !allowConflicts) {
        return fail(checker.toError(conflicts, true));
    }
    LessonRepository repo(m_db);
    for (const Lesson& l : std::as_const(lessons)) {
        if (auto ok = repo.insert(l); !ok) {
            return fail(ok.error());
        }
    }
    return lessons;
}

Result<int> SeriesOccurrences::removeScheduledFrom(const LessonSeries& series, const QDate& fromLocalDate,
                                                   const StudioTimeZone& zone)
{
    LessonRepository repo(m_db);
    auto lessons = repo.seriesLessons(series.meta.id, zone.startOfDayUtc(fromLocalDate));
    if (!lessons) {
        return fail(lessons.error());
    }
    int removed = 0;
    for (const Lesson& l : std::as_const(*lessons)) {
        if (l.status != LessonStatus::Scheduled) {
            continue;
        }
        if (auto ok = repo.tombstone(l.meta.id, m_clock.nowUtc()); !ok) {
            return fail(ok.error());
        }
        ++removed;
    }
    return removed;
}

Result<bool> SeriesOccurrences::dropIfEmpty(const LessonSeries& series)
{
    auto left = LessonRepository(m_db).seriesLessons(series.meta.id);
    if (!left) {
        return fail(left.error());
    }
    if (!left->isEmpty()) {
        return false;
    }
    if (auto ok = LessonSeriesRepository(m_db).tombstone(series.meta.id, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    return true;
}

Result<StudioTimeZone> SeriesOccurrences::zoneOf(const LessonSeries& series)
{
    auto zone = StudioTimeZone::fromId(series.timeZone, {QStringLiteral("time_zone"), tr("Time zone")});
    if (zone) {
        return zone;
    }
    return StudioTimeZone::forStudio(m_db, m_clock);
}

SeriesRule SeriesOccurrences::ruleOf(const LessonSeries& series, const StudioTimeZone& zone)
{
    SeriesRule rule;
    rule.firstStart = zone.toLocal(series.firstStartsAt);
    rule.intervalWeeks = series.intervalWeeks;
    rule.untilDate = series.untilDate;
    rule.count = series.occurrenceCount;
    rule.skippedDates = series.skippedDates;
    return rule;
}

} // namespace mentordesk
