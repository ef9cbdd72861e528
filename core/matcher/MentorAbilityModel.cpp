// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MentorAbilityModel.h"

#include <algorithm>

namespace mentordesk {

Result<MentorAbilityWeights> MentorAbilityModel::normalised(const MentorAbilityWeights& weights)
{
    const double sum = weights.skill + weights.experience + weights.coaching;
    if (weights.skill < 0.0 || weights.experience < 0.0 || weights.coaching < 0.0 || !(sum > 0.0) ||
        !(weights.halfSaturationYears > 0.0)) {
        return fail(Error::invalid(QStringLiteral("weights"),
                                   tr("Mentor ability weights must not be negative, must not all be zero, and the "
                                      "half-saturation years must be above zero.")));
    }
    return MentorAbilityWeights{weights.skill / sum, weights.experience / sum, weights.coaching / sum,
                                weights.halfSaturationYears};
}

double MentorAbilityModel::score(double skillLevel, double yearsTeaching, double coachingRating,
                                 const MentorAbilityWeights& weights)
{
    const MentorAbilityWeights w = normalised(weights).value_or(*normalised(MentorAbilityWeights{}));
    const double years = std::max(0.0, yearsTeaching);
    return w.skill * (std::clamp(skillLevel, 1.0, 5.0) - 1.0) / 4.0 +
           w.experience * years / (years + w.halfSaturationYears) +
           w.coaching * (std::clamp(coachingRating, 1.0, 5.0) - 1.0) / 4.0;
}

} // namespace mentordesk
