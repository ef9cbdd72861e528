// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonService.h"

#include "common/Clock.h"
#include "lessons/ConflictChecker.h"
#include "lessons/LessonRecordingService.h"
#include "lessons/LessonRepository.h"
#include "lessons/LessonSeriesService.h"
#include "lessons/LessonValidator.h"
#include "lessons/StudioTimeZone.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

LessonService::LessonService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Lesson> LessonService::create(const LessonInput& input, QList<Conflict>* conflictsOut)
{
    if (auto allowed = Guard::mentor(m_db, Action::ScheduleLesson, input.mentorId); !allowed) {
        return fail(allowed.error());
    }
    auto minutes = LessonValidator::plannedMinutes(input.plannedMinutes);
    if (!minutes) {
        return fail(minutes.error());
    }
    auto location = LessonValidator::location(input.location);
    auto notes = LessonValidator::notes(input.notes);
    auto homework = LessonValidator::homework(input.homework);
    for (const auto* text : {&location, &notes, &homework}) {
        if (!*text) {
            return fail(text->error());
        }
    }
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    auto startsAt = zone->toUtc(input.start, {QStringLiteral("start"), tr("Start")});
    if (!startsAt) {
        return fail(startsAt.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    const QDateTime now = m_clock.nowUtc();
    LessonValidator validator(m_db);
    auto mentor = validator.activeMentor(input.mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    auto attendees = validator.attendees(input.enrollmentIds, now);
    if (!attendees) {
        return fail(attendees.error());
    }
    Lesson l;
    l.meta = LessonValidator::newMeta(now, m_db.deviceId());
    l.mentorId = mentor->id;
    l.mentorName = mentor->name;
    l.startsAt = *startsAt;
    l.plannedMinutes = *minutes;
    l.location = *location;
    l.notes = *notes;
    l.homework = *homework;
    l.billable = input.billable;
    l.attendees = *attendees;
    for (Attendee& a : l.attendees) {
        a.lessonId = l.meta.id;
    }
    ConflictChecker checker(m_db, *zone);
    auto conflicts = checker.check(l.mentorId, l.startsAt, l.endsAt(), l.learnerIds());
    if (!conflicts) {
        return fail(conflicts.error());
    }
    if (conflictsOut) {
        *conflictsOut = *conflicts;
    }
    if (!conflicts->isEmpty() && !input.allowConflicts) {
        return fail(checker.toError(*conflicts));
    }
    if (auto ok = LessonRepository(m_db).insert(l); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return l;
}

Result<Lesson> LessonService::reschedule(const Id& lessonId, const RescheduleInput& input,
                                         QList<Conflict>* conflictsOut)
{
    if (auto allowed = Guard::lesson(m_db, Action::ScheduleLesson, lessonId); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = load(lessonId);
    if (!current) {
        return fail(current.error());
    }
    if (input.mentorId) {
        // Why: a mentor may not hand a lesson to another mentor.
        if (auto allowed = Guard::mentor(m_db, Action::ScheduleLesson, *input.mentorId); !allowed) {
            return fail(allowed.error());
        }
    }
    Lesson l = *current;
    if (l.status == LessonStatus::Held) {
        return fail(Error::refused(tr("The lesson was already held; its time can no longer change.")));
    }
    if (l.status != LessonStatus::Scheduled) {
        return fail(Error::refused(tr("The lesson was recorded as “%1”; schedule a new lesson instead of moving it.")
                                       .arg(lessonStatusDisplayName(l.status))));
    }
    auto minutes = LessonValidator::plannedMinutes(input.plannedMinutes.value_or(l.plannedMinutes));
    if (!minutes) {
        return fail(minutes.error());
    }
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    auto startsAt = input.start.isValid() ? zone->toUtc(input.start, {QStringLiteral("start"), tr("Start")})
                                          : Result<QDateTime>(l.startsAt);
    if (!startsAt) {
        return fail(startsAt.error());
    }
    if (input.mentorId) {
        auto mentor = LessonValidator(m_db).activeMentor(*input.mentorId);
        if (!mentor) {
            return fail(mentor.error());
        }
        l.mentorId = mentor->id;
    }
    l.startsAt = *startsAt;
    l.plannedMinutes = *minutes;
    ConflictChecker checker(m_db, *zone);
    auto conflicts = checker.check(l.mentorId, l.startsAt, l.endsAt(), l.learnerIds(), l.meta.id);
    if (!conflicts) {
        return fail(conflicts.error());
    }
    if (conflictsOut) {
        *conflictsOut = *conflicts;
    }
    if (!conflicts->isEmpty() && !input.allowConflicts) {
        return fail(checker.toError(*conflicts));
    }
    l.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = LessonRepository(m_db).update(l); !ok) {
        return fail(ok.error());
    }
    auto updated = get(l.meta.id);
    if (!updated) {
        return fail(updated.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return updated;
}

Result<QList<Conflict>> LessonService::checkConflicts(const QString& mentorId, const LocalDateTime& start,
                                                      int plannedMinutes, const QStringList& enrollmentIds)
{
    if (auto allowed = Guard::mentor(m_db, Action::ScheduleLesson, mentorId); !allowed) {
        return fail(allowed.error());
    }
    auto minutes = LessonValidator::plannedMinutes(plannedMinutes);
    if (!minutes) {
        return fail(minutes.error());
    }
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    auto startsAt = zone->toUtc(start, {QStringLiteral("start"), tr("Start")});
    if (!startsAt) {
        return fail(startsAt.error());
    }
    LessonValidator validator(m_db);
    auto mentor = validator.activeMentor(mentorId);
    if (!mentor) {
        return fail(mentor.error());
    }
    QStringList learnerIds;
    if (!enrollmentIds.isEmpty()) {
        auto attendees = validator.attendees(enrollmentIds, m_clock.nowUtc());
        if (!attendees) {
            return fail(attendees.error());
        }
        for (const Attendee& a : std::as_const(*attendees)) {
            learnerIds.append(a.learnerId);
        }
    }
    return ConflictChecker(m_db, *zone)
        .check(mentor->id, *startsAt, startsAt->addSecs(qint64(*minutes) * 60), learnerIds);
}

Result<Lesson> LessonService::get(const Id& id)
{
    if (auto allowed = Guard::lesson(m_db, Action::ViewLessons, id); !allowed) {
        return fail(allowed.error());
    }
    auto found = load(id);
    if (found && !Guard::reaches(m_db, Action::EditLessonNotes)) {
        found->notes.clear(); // private to the mentor (docs/security.md)
    }
    return found;
}

Result<Lesson> LessonService::load(const Id& id)
{
    auto found = LessonRepository(m_db).find(id.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no lesson with id %1.").arg(id)));
    }
    return **found;
}

Result<Page<Lesson>> LessonService::list(const LessonFilter& filter, PageRequest page)
{
    auto scope = Guard::listScope(m_db, Action::ViewLessons);
    if (!scope) {
        return fail(scope.error());
    }
    LessonFilter scoped = filter;
    if (!scope->isEmpty()) {
        if (!filter.mentorId.isEmpty() && filter.mentorId.trimmed().toLower() != *scope) {
            if (auto allowed = Guard::mentor(m_db, Action::ViewLessons, filter.mentorId); !allowed) {
                return fail(allowed.error());
            }
            return Page<Lesson>{};
        }
        scoped.mentorId = *scope; // a mentor sees only their own lessons
    }
    auto listed = LessonRepository(m_db).list(scoped, page);
    if (listed && !Guard::reaches(m_db, Action::EditLessonNotes)) {
        for (Lesson& l : listed->items) {
            l.notes.clear();
        }
    }
    return listed;
}

Result<SeriesSchedule> LessonService::createSeries(const LessonSeriesInput& input, QList<Conflict>* conflicts)
{
    return LessonSeriesService(m_db, m_clock).create(input, conflicts);
}

Result<SeriesSchedule> LessonService::editThisAndFollowing(const SeriesEditInput& input, QList<Conflict>* conflicts)
{
    return LessonSeriesService(m_db, m_clock).editThisAndFollowing(input, conflicts);
}

Result<SeriesSchedule> LessonService::cancelSeriesFrom(const Id& seriesId, const QDate& fromLocalDate)
{
    return LessonSeriesService(m_db, m_clock).cancelFrom(seriesId, fromLocalDate);
}

Result<SeriesSchedule> LessonService::addSkippedDate(const Id& seriesId, const QDate& localDate)
{
    return LessonSeriesService(m_db, m_clock).addSkippedDate(seriesId, localDate);
}

Result<SeriesSchedule> LessonService::removeSkippedDate(const Id& seriesId, const QDate& localDate, bool allowConflicts,
                                                        QList<Conflict>* conflicts)
{
    return LessonSeriesService(m_db, m_clock).removeSkippedDate(seriesId, localDate, allowConflicts, conflicts);
}

Result<LessonSeries> LessonService::getSeries(const Id& seriesId)
{
    return LessonSeriesService(m_db, m_clock).get(seriesId);
}

Result<Lesson> LessonService::complete(const Id& lessonId, const CompletionInput& input)
{
    return LessonRecordingService(m_db, m_clock).complete(lessonId, input);
}

Result<Lesson> LessonService::cancel(const Id& lessonId, CancelledBy by, bool late)
{
    return LessonRecordingService(m_db, m_clock).cancel(lessonId, by, late);
}

Result<Lesson> LessonService::markNoShow(const Id& lessonId)
{
    return LessonRecordingService(m_db, m_clock).markNoShow(lessonId);
}

Result<Lesson> LessonService::setAttendeeStatus(const Id& lessonId, const Id& learnerId,
                                                std::optional<LessonStatus> status)
{
    return LessonRecordingService(m_db, m_clock).setAttendeeStatus(lessonId, learnerId, status);
}

Result<Lesson> LessonService::editNotes(const Id& lessonId, const std::optional<QString>& notes,
                                        const std::optional<QString>& homework)
{
    return LessonRecordingService(m_db, m_clock).editNotes(lessonId, notes, homework);
}

} // namespace mentordesk
