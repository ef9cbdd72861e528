// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonSeriesService.h"

#include "common/Clock.h"
#include "lessons/LessonRepository.h"
#include "lessons/LessonSeriesRepository.h"
#include "lessons/LessonValidator.h"
#include "lessons/SeriesOccurrences.h"
#include "lessons/SeriesSplitter.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace mentordesk {

LessonSeriesService::LessonSeriesService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<SeriesSchedule> LessonSeriesService::create(const LessonSeriesInput& input, QList<Conflict>* conflicts)
{
    if (auto allowed = Guard::mentor(m_db, Action::ScheduleLesson, input.mentorId); !allowed) {
        return fail(allowed.error());
    }
    auto minutes = LessonValidator::plannedMinutes(input.plannedMinutes);
    if (!minutes) {
        return fail(minutes.error());
    }
    auto location = LessonValidator::location(input.location);
    if (!location) {
        return fail(location.error());
    }
    if (input.untilDate.isValid() && input.count) {
        return fail(Error::invalid(QStringLiteral("count"),
                                   tr("Give either a last date or a number of lessons for the series, not both.")));
    }
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    const SeriesRule rule{input.firstStart, input.intervalWeeks, input.untilDate, input.count, input.skippedDates};
    auto occurrences = SeriesPlanner::occurrences(rule, *zone);
    if (!occurrences) {
        return fail(occurrences.error());
    }
    auto firstStartsAt = zone->toUtc(input.firstStart, {QStringLiteral("start"), tr("Start")});
    if (!firstStartsAt) {
        return fail(firstStartsAt.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto mentor = LessonValidator(m_db).activeMentor(input.mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    SeriesSchedule out;
    LessonSeries& s = out.series;
    s.meta = LessonValidator::newMeta(m_clock.nowUtc(), m_db.deviceId());
    s.mentorId = mentor->id;
    s.firstStartsAt = *firstStartsAt;
    s.plannedMinutes = *minutes;
    s.intervalWeeks = input.intervalWeeks;
    s.untilDate = input.untilDate;
    s.occurrenceCount = input.count;
    s.skippedDates = input.skippedDates;
    std::sort(s.skippedDates.begin(), s.skippedDates.end());
    s.timeZone = zone->id();
    if (auto ok = LessonSeriesRepository(m_db).insert(s); !ok) {
        return fail(ok.error());
    }
    auto lessons = SeriesOccurrences(m_db, m_clock)
                       .materialise(s, *occurrences, {input.enrollmentIds, *location, input.billable},
                                    input.allowConflicts, conflicts, *zone);
    if (!lessons) {
        return fail(lessons.error());
    }
    out.lessons = *lessons;
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<SeriesSchedule> LessonSeriesService::editThisAndFollowing(const SeriesEditInput& input,
                                                                 QList<Conflict>* conflicts)
{
    if (auto allowed = Guard::lesson(m_db, Action::ScheduleLesson, input.fromLessonId); !allowed) {
        return fail(allowed.error());
    }
    if (input.mentorId) {
        if (auto allowed = Guard::mentor(m_db, Action::ScheduleLesson, *input.mentorId); !allowed) {
            return fail(allowed.error());
        }
    }
    return SeriesSplitter(m_db, m_clock).split(input, conflicts);
}

Result<SeriesSchedule> LessonSeriesService::cancelFrom(const Id& seriesId, const QDate& fromLocalDate)
{
    if (auto allowed = Guard::series(m_db, Action::ScheduleLesson, seriesId); !allowed) {
        return fail(allowed.error());
    }
    if (!fromLocalDate.isValid()) {
        return fail(Error::invalid(QStringLiteral("from"), tr("Give the first date to cancel from.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(seriesId);
    if (!current) {
        return fail(current.error());
    }
    SeriesOccurrences occ(m_db, m_clock);
    auto zone = occ.zoneOf(*current);
    if (!zone) {
        return fail(zone.error());
    }
    SeriesSchedule out;
    out.series = *current;
    auto removed = occ.removeScheduledFrom(out.series, fromLocalDate, *zone);
    if (!removed) {
        return fail(removed.error());
    }
    out.removedLessons = *removed;
    LessonSeries& s = out.series;
    const QDate lastDay = fromLocalDate.addDays(-1);
    s.untilDate = s.untilDate.isValid() ? std::min(s.untilDate, lastDay) : lastDay;
    s.skippedDates.removeIf([&](const QDate& d) { return d >= fromLocalDate; });
    s.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = LessonSeriesRepository(m_db).update(s); !ok) {
        return fail(ok.error());
    }
    ++s.meta.version;
    auto dropped = occ.dropIfEmpty(s);
    if (!dropped) {
        return fail(dropped.error());
    }
    if (*dropped) {
        s.meta.deletedAt = m_clock.nowUtc();
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<SeriesSchedule> LessonSeriesService::addSkippedDate(const Id& seriesId, const QDate& localDate)
{
    if (auto allowed = Guard::series(m_db, Action::ScheduleLesson, seriesId); !allowed) {
        return fail(allowed.error());
    }
    if (!localDate.isValid()) {
        return fail(Error::invalid(QStringLiteral("date"), tr("Give the date to skip.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(seriesId);
    if (!current) {
        return fail(current.error());
    }
    SeriesOccurrences occ(m_db, m_clock);
    auto zone = occ.zoneOf(*current);
    if (!zone) {
        return fail(zone.error());
    }
    SeriesSchedule out;
    LessonSeries& s = out.series;
    s = *current;
    if (s.skippedDates.contains(localDate)) {
        return fail(
            Error::invalid(QStringLiteral("date"), tr("%1 is already skipped.").arg(localDate.toString(Qt::ISODate))));
    }
    if (!SeriesPlanner::patternDates(SeriesOccurrences::ruleOf(s, *zone)).contains(localDate)) {
        return fail(Error::invalid(QStringLiteral("date"),
                                   tr("%1 is not a date of this series.").arg(localDate.toString(Qt::ISODate))));
    }
    auto lessons = LessonRepository(m_db).seriesLessons(s.meta.id, zone->startOfDayUtc(localDate));
    if (!lessons) {
        return fail(lessons.error());
    }
    for (const Lesson& l : std::as_const(*lessons)) {
        if (zone->toLocal(l.startsAt).date != localDate) {
            continue;
        }
        if (l.status != LessonStatus::Scheduled) {
            return fail(Error::refused(tr("The lesson on %1 was already recorded as “%2”; it cannot be skipped.")
                                           .arg(localDate.toString(Qt::ISODate), lessonStatusDisplayName(l.status))));
        }
        if (auto ok = LessonRepository(m_db).tombstone(l.meta.id, m_clock.nowUtc()); !ok) {
            return fail(ok.error());
        }
        ++out.removedLessons;
    }
    s.skippedDates.append(localDate);
    std::sort(s.skippedDates.begin(), s.skippedDates.end());
    s.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = LessonSeriesRepository(m_db).update(s); !ok) {
        return fail(ok.error());
    }
    ++s.meta.version;
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<SeriesSchedule> LessonSeriesService::removeSkippedDate(const Id& seriesId, const QDate& localDate,
                                                              bool allowConflicts, QList<Conflict>* conflicts)
{
    if (auto allowed = Guard::series(m_db, Action::ScheduleLesson, seriesId); !allowed) {
        return fail(allowed.error());
    }
    if (!localDate.isValid()) {
        return fail(Error::invalid(QStringLiteral("date"), tr("Give the skipped date to restore.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(seriesId);
    if (!current) {
        return fail(current.error());
    }
    SeriesSchedule out;
    LessonSeries& s = out.series;
    s = *current;
    if (!s.skippedDates.contains(localDate)) {
        return fail(
            Error::invalid(QStringLiteral("date"),
                           tr("%1 is not a skipped date of this series.").arg(localDate.toString(Qt::ISODate))));
    }
    SeriesOccurrences occ(m_db, m_clock);
    auto zone = occ.zoneOf(s);
    if (!zone) {
        return fail(zone.error());
    }
    auto existing = LessonRepository(m_db).seriesLessons(s.meta.id);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->isEmpty()) {
        return fail(Error::refused(tr("The series has no lessons left to copy the attendees from.")));
    }
    const Lesson& model = existing->constLast();
    SeriesOccurrences::LessonTemplate templ{{}, model.location, model.billable};
    for (const Attendee& a : model.attendees) {
        templ.enrollmentIds.append(a.enrollmentId);
    }
    auto startsAt = zone->toUtc({localDate, SeriesOccurrences::ruleOf(s, *zone).firstStart.time},
                                {QStringLiteral("date"), tr("Date")});
    if (!startsAt) {
        return fail(startsAt.error());
    }
    s.skippedDates.removeAll(localDate);
    s.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = LessonSeriesRepository(m_db).update(s); !ok) {
        return fail(ok.error());
    }
    ++s.meta.version;
    auto lessons = occ.materialise(s, {{localDate, *startsAt}}, templ, allowConflicts, conflicts, *zone);
    if (!lessons) {
        return fail(lessons.error());
    }
    out.lessons = *lessons;
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return out;
}

Result<LessonSeries> LessonSeriesService::get(const Id& seriesId)
{
    if (auto allowed = Guard::series(m_db, Action::ViewLessons, seriesId); !allowed) {
        return fail(allowed.error());
    }
    auto found = LessonSeriesRepository(m_db).find(seriesId.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no lesson series with id %1.").arg(seriesId)));
    }
    return **found;
}

} // namespace mentordesk
