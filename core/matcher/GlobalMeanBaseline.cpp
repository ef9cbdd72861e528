// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/GlobalMeanBaseline.h"

#include <QtGlobal>

namespace mentordesk {

GlobalMeanBaseline GlobalMeanBaseline::train(const RatingMatrix& ratings)
{
    GlobalMeanBaseline b;
    b.m_mean = static_cast<float>(ratings.mean());
    return b;
}

float GlobalMeanBaseline::predict(int user, int item) const
{
    Q_UNUSED(user);
    Q_UNUSED(item);
    return m_mean;
}

} // namespace mentordesk
