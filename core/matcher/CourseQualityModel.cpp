// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/CourseQualityModel.h"

#include <algorithm>

namespace mentordesk {

Result<CourseQualityWeights> CourseQualityModel::normalised(const CourseQualityWeights& weights)
{
    const double sum = weights.quality + weights.practicality + weights.rating;
    if (weights.quality < 0.0 || weights.practicality < 0.0 || weights.rating < 0.0 || !(sum > 0.0)) {
        return fail(Error::invalid(QStringLiteral("weights"),
                                   tr("Course quality weights must not be negative and must not all be zero.")));
    }
    return CourseQualityWeights{weights.quality / sum, weights.practicality / sum, weights.rating / sum};
}

double CourseQualityModel::score(double quality, double practicality, double rating,
                                 const CourseQualityWeights& weights)
{
    const CourseQualityWeights w = normalised(weights).value_or(*normalised(CourseQualityWeights{}));
    return w.quality * std::clamp(quality, 1.0, 10.0) / 10.0 +
           w.practicality * std::clamp(practicality, 1.0, 10.0) / 10.0 +
           w.rating * (std::clamp(rating, 1.0, 5.0) - 1.0) / 4.0;
}

} // namespace mentordesk
