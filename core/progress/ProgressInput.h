// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace mentordesk {

/// What became of a past lesson, from the learner's side (mirrors the lesson statuses).
enum class LessonOutcome
{
    Held,
    CancelledByLearner,
    LateCancel,
    NoShow,
    CancelledByMentor,
    Scheduled, ///< not yet happened; ignored by the progress model
};

/// One lesson of an enrollment: its date and, when held, the minutes that count.
struct LessonEvent
{
    QDate date;
    LessonOutcome outcome = LessonOutcome::Held;
    int minutes = 0; ///< held minutes (0–1440); ignored unless outcome is Held
};

/// A mentor's mastery assessment of one topic.
struct TopicAssessment
{
    QString topicId;
    QDate date;
    int masteryPercent = 0; ///< 0–100
};

/// Everything the progress model needs about one enrollment, as plain values.
struct EnrollmentProgressInput
{
    QDate asOf; ///< "today" in the studio's time zone
    QDate startDate;
    QDate plannedEndDate;         ///< may be invalid (no plan)
    int contentMinutes = 0;       ///< C, > 0
    int efficiencyPermille = 800; ///< E, 50–2000
    bool completed = false;       ///< the enrollment is marked completed (no risk flags)
    QList<LessonEvent> lessons;
    QList<TopicAssessment> assessments; ///< assessments linked to this enrollment
};

} // namespace mentordesk
