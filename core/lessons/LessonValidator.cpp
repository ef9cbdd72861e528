// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonValidator.h"

#include "common/Validation.h"
#include "storage/Database.h"

namespace mentordesk {

LessonValidator::LessonValidator(Database& db)
    : m_db(db)
{}

Result<LessonReferenceRepository::MentorRef> LessonValidator::activeMentor(const QString& mentorId)
{
    auto id = Validation::requiredId(mentorId, {QStringLiteral("mentor"), tr("Mentor")});
    if (!id) {
        return fail(id.error());
    }
    auto mentor = LessonReferenceRepository(m_db).findMentor(*id);
    if (!mentor) {
        return fail(mentor.error());
    }
    if (!mentor->has_value()) {
        return fail(Error::invalid(QStringLiteral("mentor"), tr("There is no mentor with id “%1”.").arg(*id)));
    }
    if ((*mentor)->archived) {
        return fail(Error::invalid(QStringLiteral("mentor"),
                                   tr("The mentor %1 is archived and cannot teach new lessons.").arg((*mentor)->name)));
    }
    return **mentor;
}

Result<QList<Attendee>> LessonValidator::attendees(const QStringList& enrollmentIds, const QDateTime& nowUtc)
{
    const Field field{QStringLiteral("enrollment"), tr("Enrollment")};
    if (enrollmentIds.isEmpty()) {
        return fail(Error::invalid(field.key, tr("A lesson needs at least one attendee (an enrollment).")));
    }
    if (enrollmentIds.size() > kMaxAttendees) {
        return fail(Error::invalid(field.key, tr("A lesson can have at most %1 attendees.").arg(kMaxAttendees)));
    }
    QList<Attendee> out;
    LessonReferenceRepository refs(m_db);
    for (const QString& raw : enrollmentIds) {
        auto id = Validation::requiredId(raw, field);
        if (!id) {
            return fail(id.error());
        }
        auto enrollment = refs.findEnrollment(*id);
        if (!enrollment) {
            return fail(enrollment.error());
        }
        if (!enrollment->has_value()) {
            return fail(Error::invalid(field.key, tr("There is no enrollment with id “%1”.").arg(*id)));
        }
        const auto& e = **enrollment;
        if (e.status != QStringLiteral("active") && e.status != QStringLiteral("paused")) {
            return fail(Error::invalid(
                field.key, e.status == QStringLiteral("completed")
                               ? tr("The enrollment %1 of %2 is completed; only active or paused enrollments can "
                                    "have lessons.")
                                     .arg(e.id, e.learnerName)
                               : tr("The enrollment %1 of %2 was cancelled; only active or paused enrollments can "
                                    "have lessons.")
                                     .arg(e.id, e.learnerName)));
        }
        for (const Attendee& other : std::as_const(out)) {
            if (other.learnerId == e.learnerId) {
                return fail(Error::invalid(
                    field.key, tr("%1 is listed twice; each learner attends a lesson once.").arg(e.learnerName)));
            }
        }
        Attendee a;
        a.meta = newMeta(nowUtc, m_db.deviceId());
        a.enrollmentId = e.id;
        a.learnerId = e.learnerId;
        a.learnerName = e.learnerName;
        out.append(a);
    }
    return out;
}

Result<int> LessonValidator::plannedMinutes(int minutes)
{
    auto ok = Validation::inRange(minutes, 1, 1440, {QStringLiteral("minutes"), tr("Planned minutes")});
    if (!ok) {
        return fail(ok.error());
    }
    return minutes;
}

Result<int> LessonValidator::actualMinutes(int minutes)
{
    auto ok = Validation::inRange(minutes, 0, 1440, {QStringLiteral("actual_minutes"), tr("Actual minutes")});
    if (!ok) {
        return fail(ok.error());
    }
    return minutes;
}

Result<QString> LessonValidator::location(const QString& text)
{
    return Validation::optionalText(text, {QStringLiteral("location"), tr("Location")}, 200);
}

Result<QString> LessonValidator::notes(const QString& text)
{
    return Validation::optionalText(text, {QStringLiteral("notes"), tr("Notes")});
}

Result<QString> LessonValidator::homework(const QString& text)
{
    return Validation::optionalText(text, {QStringLiteral("homework"), tr("Homework")});
}

RecordMeta LessonValidator::newMeta(const QDateTime& nowUtc, const QString& deviceId)
{
    RecordMeta m;
    m.id = newId();
    m.createdAt = m.updatedAt = nowUtc;
    m.updatedBy = deviceId;
    m.version = 1;
    return m;
}

} // namespace mentordesk
