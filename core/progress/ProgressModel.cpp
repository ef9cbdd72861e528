// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressModel.h"

#include <algorithm>
#include <numeric>

namespace mentordesk {

qint64 ProgressModel::mulDivRoundHalfUp(qint64 a, qint64 b, qint64 c)
{
    return (2 * a * b + c) / (2 * c);
}

qint64 ProgressFraction::perMillion() const
{
    return ProgressModel::mulDivRoundHalfUp(numerator, 1'000'000, denominator);
}

int ProgressFraction::perMille() const
{
    return static_cast<int>(ProgressModel::mulDivRoundHalfUp(numerator, 1'000, denominator));
}

ProgressFraction ProgressModel::progress(qint64 heldMinutes, int efficiencyPermille, qint64 contentMinutes)
{
    const qint64 t = std::max<qint64>(0, heldMinutes);
    const qint64 e = std::max(1, efficiencyPermille);
    const qint64 c = std::max<qint64>(1, contentMinutes);
    const qint64 denominator = 1000 * c;
    const qint64 numerator = std::min(t * e, denominator);
    const qint64 g = std::gcd(numerator, denominator);
    return {numerator / g, denominator / g};
}

qint64 ProgressModel::remainingMinutes(qint64 heldMinutes, int efficiencyPermille, qint64 contentMinutes)
{
    const qint64 t = std::max<qint64>(0, heldMinutes);
    const qint64 e = std::max(1, efficiencyPermille);
    const qint64 c = std::max<qint64>(1, contentMinutes);
    const qint64 missing = 1000 * c - t * e; // (1 − P) · 1000 · C
    if (missing <= 0) {
        return 0;
    }
    return (missing + e - 1) / e;
}

} // namespace mentordesk
