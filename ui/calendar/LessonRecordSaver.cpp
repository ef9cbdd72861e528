// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonRecordSaver.h"

#include "lessons/LessonService.h"
#include "storage/Transaction.h"

namespace mentordesk {

LessonRecordSaver::LessonRecordSaver(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Lesson> LessonRecordSaver::applyOutcome(const Lesson& current, const LessonRecordForm& form, bool& notesSaved)
{
    LessonService service(m_db, m_clock);
    notesSaved = false;
    switch (form.outcome) {
    case LessonStatus::Held:
        if (current.status != LessonStatus::Held || current.actualMinutes != form.actualMinutes ||
            current.notes != form.notes || current.homework != form.homework) {
            notesSaved = true;
            return service.complete(current.meta.id, {form.actualMinutes, form.notes, form.homework});
        }
        return current;
    case LessonStatus::NoShow:
        return current.status == form.outcome ? Result<Lesson>(current) : service.markNoShow(current.meta.id);
    case LessonStatus::CancelledByLearner:
    case LessonStatus::LateCancel:
        return current.status == form.outcome
                   ? Result<Lesson>(current)
                   : service.cancel(current.meta.id, CancelledBy::Learner, form.outcome == LessonStatus::LateCancel);
    case LessonStatus::CancelledByMentor:
        return current.status == form.outcome ? Result<Lesson>(current)
                                              : service.cancel(current.meta.id, CancelledBy::Mentor, false);
    case LessonStatus::Scheduled:
        if (current.status != LessonStatus::Scheduled) {
            return fail(Error::refused(tr("A recorded lesson cannot go back to “scheduled”; schedule a new lesson "
                                          "instead.")));
        }
        return current;
    }
    return current;
}

Result<Lesson> LessonRecordSaver::save(const Lesson& current, const LessonRecordForm& form)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    bool notesSaved = false;
    auto lesson = applyOutcome(current, form, notesSaved);
    if (!lesson) {
        return fail(lesson.error());
    }
    LessonService service(m_db, m_clock);
    if (!notesSaved && (lesson->notes != form.notes || lesson->homework != form.homework)) {
        lesson = service.editNotes(current.meta.id, form.notes, form.homework);
        if (!lesson) {
            return fail(lesson.error());
        }
    }
    for (const Attendee& a : current.attendees) {
        if (!form.attendees.contains(a.learnerId)) {
            continue;
        }
        const std::optional<LessonStatus> wanted = form.attendees.value(a.learnerId);
        if (wanted == a.status) {
            continue;
        }
        lesson = service.setAttendeeStatus(current.meta.id, a.learnerId, wanted);
        if (!lesson) {
            return fail(lesson.error());
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return lesson;
}

} // namespace mentordesk
