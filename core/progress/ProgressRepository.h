// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "progress/EnrollmentSummary.h"
#include "progress/ProgressInput.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace mentordesk {

class Database;
class LocalTimeSql;

/// SQL that feeds the progress model: enrollments with their C and E, their lessons as
/// (local date, outcome, held minutes) and their mastery assessments. Every read covers a whole
/// ProgressScope in one query (no query per enrollment). Reads skip tombstoned rows.
class ProgressRepository final
{
public:
    explicit ProgressRepository(Database& db);

    /// Enrollments of the scope, ordered by learner name, start date, id.
    [[nodiscard]] Result<QList<EnrollmentSummary>> enrollments(const ProgressScope& scope);
    /// Per enrollment id: its lessons starting in [fromUtc, untilUtc) (an invalid `fromUtc`: no lower
    /// bound), in time order. The outcome is the attendee's own status when set, else the lesson's;
    /// held minutes are the actual minutes (the planned ones when none were recorded). Dates are
    /// local dates from `local`.
    [[nodiscard]] Result<QHash<Id, QList<LessonEvent>>> lessons(const ProgressScope& scope, const LocalTimeSql& local,
                                                                const QDateTime& untilUtc,
                                                                const QDateTime& fromUtc = {});
    /// Per enrollment id of the scope: all its held minutes, whatever the lessons' dates, from the
    /// trigger-kept `enrollment_held_minutes` (enrollments without a row have none and are absent).
    [[nodiscard]] Result<QHash<Id, qint64>> heldTotals(const ProgressScope& scope);
    /// Per enrollment id of the scope with a held lesson starting at or after `fromUtc`: those minutes.
    [[nodiscard]] Result<QHash<Id, qint64>> heldSince(const ProgressScope& scope, const QDateTime& fromUtc);
    /// Per enrollment id: the assessments linked to it made before `untilUtc`, in time order.
    [[nodiscard]] Result<QHash<Id, QList<TopicAssessment>>>
    assessments(const ProgressScope& scope, const LocalTimeSql& local, const QDateTime& untilUtc);
    /// Every assessment of the learner (any enrollment or none) before `untilUtc`, in time order.
    [[nodiscard]] Result<QList<TopicAssessment>> learnerAssessments(const Id& learnerId, const LocalTimeSql& local,
                                                                    const QDateTime& untilUtc);
    /// Topic ids of the courses of the learner's enrollments: course id → topic ids (ascending).
    [[nodiscard]] Result<QHash<Id, QStringList>> courseTopicsOfLearner(const Id& learnerId);
    /// Names of all topics, tombstoned ones included (old assessments keep a name).
    [[nodiscard]] Result<QHash<Id, QString>> topicNames();

private:
    Database& m_db;
};

} // namespace mentordesk
