// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/PopularityBaseline.h"

#include <QtGlobal>

namespace mentordesk {

PopularityBaseline PopularityBaseline::train(const RatingMatrix& ratings)
{
    PopularityBaseline b;
    b.m_mean = static_cast<float>(ratings.mean());
    b.m_counts.assign(static_cast<std::size_t>(ratings.itemCount()), 0);
    for (const int i : ratings.items()) {
        ++b.m_counts[static_cast<std::size_t>(i)];
    }
    return b;
}

float PopularityBaseline::predict(int user, int item) const
{
    Q_UNUSED(user);
    Q_UNUSED(item);
    return m_mean;
}

void PopularityBaseline::scoreItems(int user, std::span<float> scores) const
{
    Q_UNUSED(user);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        scores[i] = static_cast<float>(count(static_cast<int>(i)));
    }
}

int PopularityBaseline::count(int item) const
{
    return item >= 0 && static_cast<std::size_t>(item) < m_counts.size() ? m_counts[static_cast<std::size_t>(item)] : 0;
}

} // namespace mentordesk
