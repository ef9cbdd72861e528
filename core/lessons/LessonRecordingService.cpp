// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonRecordingService.h"

#include "common/Clock.h"
#include "lessons/LessonRepository.h"
#include "lessons/LessonService.h"
#include "lessons/LessonValidator.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace mentordesk {

LessonRecordingService::LessonRecordingService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Lesson> LessonRecordingService::save(Lesson lesson)
{
    lesson.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = LessonRepository(m_db).update(lesson); !ok) {
        return fail(ok.error());
    }
    return LessonService(m_db, m_clock).load(lesson.meta.id);
}

Result<void> LessonRecordingService::requireStarted(const Lesson& lesson) const
{
    if (lesson.startsAt > m_clock.nowUtc()) {
        return fail(Error::refused(tr("The lesson has not started yet; it can be recorded once it has begun.")));
    }
    return {};
}

Result<Lesson> LessonRecordingService::complete(const Id& lessonId, const CompletionInput& input)
{
    if (auto allowed = Guard::lesson(m_db, Action::RecordAttendance, lessonId); !allowed) {
        return fail(allowed.error());
    }
    if (input.notes || input.homework) {
        if (auto allowed = Guard::lesson(m_db, Action::EditLessonNotes, lessonId); !allowed) {
            return fail(allowed.error());
        }
    }
    std::optional<QString> notes;
    std::optional<QString> homework;
    if (input.notes) {
        auto n = LessonValidator::notes(*input.notes);
        if (!n) {
            return fail(n.error());
        }
        notes = *n;
    }
    if (input.homework) {
        auto h = LessonValidator::homework(*input.homework);
        if (!h) {
            return fail(h.error());
        }
        homework = *h;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = LessonService(m_db, m_clock).load(lessonId);
    if (!current) {
        return fail(current.error());
    }
    Lesson l = *current;
    if (l.status != LessonStatus::Scheduled && l.status != LessonStatus::Held) {
        return fail(Error::refused(tr("The lesson was recorded as “%1”; it cannot be recorded as held.")
                                       .arg(lessonStatusDisplayName(l.status))));
    }
    if (auto ok = requireStarted(l); !ok) {
        return fail(ok.error());
    }
    auto minutes =
        LessonValidator::actualMinutes(input.actualMinutes.value_or(l.actualMinutes.value_or(l.plannedMinutes)));
    if (!minutes) {
        return fail(minutes.error());
    }
    l.status = LessonStatus::Held;
    l.actualMinutes = *minutes;
    l.cancelledAt = QDateTime();
    l.notes = notes.value_or(l.notes);
    l.homework = homework.value_or(l.homework);
    auto saved = save(l);
    if (!saved) {
        return fail(saved.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return saved;
}

Result<Lesson> LessonRecordingService::cancel(const Id& lessonId, CancelledBy by, bool late)
{
    if (auto allowed = Guard::lesson(m_db, Action::ScheduleLesson, lessonId); !allowed) {
        return fail(allowed.error());
    }
    if (by == CancelledBy::Mentor && late) {
        return fail(Error::invalid(QStringLiteral("late"),
                                   tr("Only a learner's cancellation can be late; a mentor's cancellation never is.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = LessonService(m_db, m_clock).load(lessonId);
    if (!current) {
        return fail(current.error());
    }
    Lesson l = *current;
    if (l.status != LessonStatus::Scheduled) {
        return fail(Error::refused(tr("Only a scheduled lesson can be cancelled; this one was recorded as “%1”.")
                                       .arg(lessonStatusDisplayName(l.status))));
    }
    l.status = by == CancelledBy::Mentor ? LessonStatus::CancelledByMentor
               : late                    ? LessonStatus::LateCancel
                                         : LessonStatus::CancelledByLearner;
    l.cancelledAt = m_clock.nowUtc();
    auto saved = save(l);
    if (!saved) {
        return fail(saved.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return saved;
}

Result<Lesson> LessonRecordingService::markNoShow(const Id& lessonId)
{
    if (auto allowed = Guard::lesson(m_db, Action::RecordAttendance, lessonId); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = LessonService(m_db, m_clock).load(lessonId);
    if (!current) {
        return fail(current.error());
    }
    Lesson l = *current;
    if (l.status != LessonStatus::Scheduled) {
        return fail(Error::refused(tr("Only a scheduled lesson can be marked as a no-show; this one was recorded as "
                                      "“%1”.")
                                       .arg(lessonStatusDisplayName(l.status))));
    }
    if (auto ok = requireStarted(l); !ok) {
        return fail(ok.error());
    }
    l.status = LessonStatus::NoShow;
    auto saved = save(l);
    if (!saved) {
        return fail(saved.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return saved;
}

Result<Lesson> LessonRecordingService::setAttendeeStatus(const Id& lessonId, const Id& learnerId,
                                                         std::optional<LessonStatus> status)
{
    if (auto allowed = Guard::lesson(m_db, Action::RecordAttendance, lessonId); !allowed) {
        return fail(allowed.error());
    }
    if (status == LessonStatus::Scheduled) {
        status.reset();
    }
    if (status == LessonStatus::CancelledByMentor) {
        return fail(Error::invalid(QStringLiteral("status"), tr("A mentor cancels the whole lesson, not one attendee; "
                                                                "cancel the lesson instead.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = LessonService(m_db, m_clock).load(lessonId);
    if (!current) {
        return fail(current.error());
    }
    const Lesson& l = *current;
    const Id learner = learnerId.trimmed().toLower();
    const auto it = std::find_if(l.attendees.cbegin(), l.attendees.cend(),
                                 [&](const Attendee& a) { return a.learnerId == learner; });
    if (it == l.attendees.cend()) {
        return fail(Error::invalid(QStringLiteral("learner"),
                                   tr("The learner %1 does not attend this lesson.").arg(learnerId)));
    }
    if ((status == LessonStatus::Held || status == LessonStatus::NoShow) && l.status != LessonStatus::Held) {
        return fail(Error::refused(tr("Record the lesson as held before recording who attended it.")));
    }
    if (status && lessonStatusIsCancellation(*status) && !lessonStatusBlocksSlot(l.status)) {
        return fail(Error::refused(tr("The lesson was recorded as “%1”; its attendees cannot cancel it.")
                                       .arg(lessonStatusDisplayName(l.status))));
    }
    Attendee a = *it;
    a.status = status;
    if (auto ok = LessonRepository(m_db).updateAttendee(a, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    auto saved = LessonService(m_db, m_clock).load(l.meta.id);
    if (!saved) {
        return fail(saved.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return saved;
}

Result<Lesson> LessonRecordingService::editNotes(const Id& lessonId, const std::optional<QString>& notes,
                                                 const std::optional<QString>& homework)
{
    if (auto allowed = Guard::lesson(m_db, Action::EditLessonNotes, lessonId); !allowed) {
        return fail(allowed.error());
    }
    auto n = LessonValidator::notes(notes.value_or(QString()));
    auto h = LessonValidator::homework(homework.value_or(QString()));
    if (!n || !h) {
        return fail(!n ? n.error() : h.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = LessonService(m_db, m_clock).load(lessonId);
    if (!current) {
        return fail(current.error());
    }
    Lesson l = *current;
    if (notes) {
        l.notes = *n;
    }
    if (homework) {
        l.homework = *h;
    }
    auto saved = save(l);
    if (!saved) {
        return fail(saved.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return saved;
}

} // namespace mentordesk
