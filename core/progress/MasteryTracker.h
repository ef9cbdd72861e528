// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/ProgressInput.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// Direction of a topic's mastery, from its last two assessments.
enum class MasteryTrend
{
    Single,  ///< only one assessment so far
    Rising,  ///< latest − previous > steady band
    Steady,  ///< within ± steady band
    Falling, ///< latest − previous < −steady band
};

/// One point of a topic's mastery history.
struct MasteryPoint
{
    QDate date;
    int percent = 0;
};

/// Mastery of one topic over time.
struct TopicMastery
{
    QString topicId;
    QList<MasteryPoint> history; ///< date order (same-day assessments keep their input order)
    int latestPercent = 0;
    QDate latestDate;
    std::optional<int> previousPercent;
    int change = 0; ///< latest − previous (0 with one assessment)
    MasteryTrend trend = MasteryTrend::Single;
    double slopePerMonth =
        0.0; ///< least-squares slope over the whole history, points per 30 days (0 with < 2 distinct dates)
};

/// Groups assessments by topic and summarises each (docs/progress-model.md, "Mastery").
class MasteryTracker final
{
public:
    /// Topics in ascending id order. Mastery values are clamped to 0–100; assessments without a
    /// valid date are skipped.
    [[nodiscard]] static QList<TopicMastery> summarise(const QList<TopicAssessment>& assessments, int steadyBand = 5);
    /// Stable machine name: "single", "rising", "steady", "falling".
    [[nodiscard]] static QString trendCode(MasteryTrend trend);
};

} // namespace mentordesk
