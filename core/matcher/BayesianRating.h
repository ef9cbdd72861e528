// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk {

/// One star rating of a course or mentor (the target).
struct StarRating
{
    QString targetId;
    double stars = 0.0; ///< 1–5
};

/// Settings of the Bayesian average.
struct BayesianSettings
{
    double priorWeight = 5.0;   ///< m: how many "virtual" ratings at the prior each target starts with
    double fallbackPrior = 3.0; ///< prior when there is no rating at all (the middle of 1–5)
};

/// The shrunk rating of one target.
struct RatedTarget
{
    double score = 0.0;   ///< Bayesian average
    int count = 0;        ///< real ratings
    double rawMean = 0.0; ///< plain mean of the real ratings (0 when none)
};

/// Bayesian average rating: (m·prior + Σ r) / (m + n). A target with few ratings stays near the
/// studio-wide mean; with many it approaches its own mean. Used for course rating R(c) and for
/// the mentor coaching score.
class BayesianRating final
{
public:
    /// (priorWeight·prior + sum) / (priorWeight + count); `prior` when count = 0 and priorWeight = 0.
    [[nodiscard]] static double average(double sum, int count, double prior, double priorWeight);
    /// Mean of all `ratings` (the studio mean); `fallbackPrior` when the list is empty.
    [[nodiscard]] static double studioPrior(const QList<StarRating>& ratings, double fallbackPrior);
    /// The shrunk rating of every target in `targets` and every target that has a rating.
    /// Targets without ratings get the prior. The prior is studioPrior(ratings).
    [[nodiscard]] static QHash<QString, RatedTarget>
    perTarget(const QList<StarRating>& ratings, const QStringList& targets = {}, const BayesianSettings& settings = {});
};

} // namespace mentordesk
