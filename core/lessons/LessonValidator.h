// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"
#include "common/Result.h"
#include "lessons/Lesson.h"
#include "lessons/LessonReferenceRepository.h"

#include <QCoreApplication>

namespace mentordesk {

class Database;

/// Input checks shared by the lesson use cases. Field keys: "mentor", "enrollment", "minutes",
/// "actual_minutes", "location", "notes", "homework".
class LessonValidator final
{
    Q_DECLARE_TR_FUNCTIONS(LessonValidator)

public:
    static constexpr int kMaxAttendees = 100;

    explicit LessonValidator(Database& db);

    /// The mentor, when `mentorId` names a live mentor who is not archived (any mentor may teach,
    /// substitutes included).
    [[nodiscard]] Result<LessonReferenceRepository::MentorRef> activeMentor(const QString& mentorId);
    /// One new attendee per enrollment id. Each enrollment must exist and be active or paused, and no
    /// learner may be listed twice. The attendees get fresh ids stamped with `nowUtc`.
    [[nodiscard]] Result<QList<Attendee>> attendees(const QStringList& enrollmentIds, const QDateTime& nowUtc);

    [[nodiscard]] static Result<int> plannedMinutes(int minutes);
    [[nodiscard]] static Result<int> actualMinutes(int minutes);
    [[nodiscard]] static Result<QString> location(const QString& text);
    [[nodiscard]] static Result<QString> notes(const QString& text);
    [[nodiscard]] static Result<QString> homework(const QString& text);
    /// Sync columns of a new row: fresh id, created = updated = `nowUtc`, version 1.
    [[nodiscard]] static RecordMeta newMeta(const QDateTime& nowUtc, const QString& deviceId);

private:
    Database& m_db;
};

} // namespace mentordesk
