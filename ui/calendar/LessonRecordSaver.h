// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Lesson.h"

#include <QCoreApplication>
#include <QHash>

namespace mentordesk {

class Clock;
class Database;

/// What the lesson dialog records: the outcome, the actual minutes (for held lessons), notes, homework
/// and, in group lessons, each attendee's own status (nullopt = same as the lesson).
struct LessonRecordForm
{
    LessonStatus outcome = LessonStatus::Scheduled;
    int actualMinutes = 0;
    QString notes;
    QString homework;
    QHash<Id, std::optional<LessonStatus>> attendees; ///< by learner id
};

/// Applies a LessonRecordForm through LessonService (complete / cancel / no-show / attendee statuses /
/// notes), all inside one Transaction: a refused step leaves the lesson as it was. Only what changed is
/// written. Field keys are the service's ("actual_minutes", "notes", "homework", "status", "learner").
class LessonRecordSaver final
{
    Q_DECLARE_TR_FUNCTIONS(LessonRecordSaver)

public:
    LessonRecordSaver(Database& db, const Clock& clock);

    [[nodiscard]] Result<Lesson> save(const Lesson& current, const LessonRecordForm& form);

private:
    [[nodiscard]] Result<Lesson> applyOutcome(const Lesson& current, const LessonRecordForm& form, bool& notesSaved);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
