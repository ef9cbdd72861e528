// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RatingModel.h"

namespace mentordesk {

void RatingModel::scoreItems(int user, std::span<float> scores) const
{
    for (std::size_t i = 0; i < scores.size(); ++i) {
        scores[i] = predict(user, static_cast<int>(i));
    }
}

} // namespace mentordesk
