// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ProgressShare.h"

#include "billing/BillingMath.h"

namespace mentordesk {

ProgressShare ProgressShare::fromPermille(int permille)
{
    return {qBound(0, permille, 1000), 1000};
}

ProgressShare ProgressShare::fromMinutes(qint64 heldMinutes, int efficiencyPermille, qint64 contentMinutes)
{
    const qint64 numerator = qMax<qint64>(0, heldMinutes) * efficiencyPermille;
    const qint64 denominator = contentMinutes * 1000;
    if (numerator >= denominator) {
        return {1, 1};
    }
    return {numerator, denominator};
}

bool ProgressShare::reaches(int thresholdPermille) const
{
    // numerator / denominator ≥ threshold / 1000  ⇔  numerator × 1000 ≥ threshold × denominator
    return static_cast<WideInt>(numerator) * 1000 >= static_cast<WideInt>(thresholdPermille) * denominator;
}

qint64 ProgressShare::minutesUntil(int thresholdPermille, int efficiencyPermille, qint64 contentMinutes) const
{
    if (reaches(thresholdPermille)) {
        return 0;
    }
    // (P* − P) × C / E with P* = t/1000, P = n/d, E = e/1000:
    //   (t/1000 − n/d) × C × 1000 / e = (t × d − 1000 × n) × C / (d × e)
    const WideInt gap = static_cast<WideInt>(thresholdPermille) * denominator - static_cast<WideInt>(numerator) * 1000;
    const WideInt minutes =
        BillingMath::ceilDiv(gap * contentMinutes, static_cast<WideInt>(denominator) * efficiencyPermille);
    return static_cast<qint64>(minutes);
}

int ProgressShare::permille() const
{
    return static_cast<int>(static_cast<WideInt>(numerator) * 1000 / denominator);
}

} // namespace mentordesk
