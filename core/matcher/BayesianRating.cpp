// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/BayesianRating.h"

#include <algorithm>

namespace mentordesk {

double BayesianRating::average(double sum, int count, double prior, double priorWeight)
{
    const double weight = std::max(0.0, priorWeight);
    const double n = std::max(0, count);
    if (weight + n <= 0.0) {
        return prior;
    }
    return (weight * prior + sum) / (weight + n);
}

double BayesianRating::studioPrior(const QList<StarRating>& ratings, double fallbackPrior)
{
    if (ratings.isEmpty()) {
        return fallbackPrior;
    }
    double sum = 0.0;
    for (const StarRating& r : ratings) {
        sum += r.stars;
    }
    return sum / static_cast<double>(ratings.size());
}

QHash<QString, RatedTarget> BayesianRating::perTarget(const QList<StarRating>& ratings, const QStringList& targets,
                                                      const BayesianSettings& settings)
{
    struct Tally
    {
        double sum = 0.0;
        int count = 0;
    };
    QHash<QString, Tally> tallies;
    for (const QString& t : targets) {
        tallies.insert(t, {});
    }
    for (const StarRating& r : ratings) {
        Tally& t = tallies[r.targetId];
        t.sum += r.stars;
        ++t.count;
    }
    const double prior = studioPrior(ratings, settings.fallbackPrior);
    QHash<QString, RatedTarget> out;
    out.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally& t = it.value();
        out.insert(it.key(), {average(t.sum, t.count, prior, settings.priorWeight), t.count,
                              t.count > 0 ? t.sum / t.count : 0.0});
    }
    return out;
}

} // namespace mentordesk
