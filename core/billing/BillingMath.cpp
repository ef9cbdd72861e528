// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingMath.h"

namespace mentordesk {

WideInt BillingMath::ceilDiv(WideInt numerator, WideInt denominator)
{
    const WideInt q = numerator / denominator; // truncates towards zero
    return (numerator % denominator != 0 && numerator > 0) ? q + 1 : q;
}

Error BillingMath::overflow()
{
    return Error::invalid(QStringLiteral("amount"), tr("The amount is too large to be represented exactly."));
}

Result<void> BillingMath::checkAmount(qint64 amountMinor, const QString& field)
{
    if (amountMinor < 0) {
        return fail(Error::invalid(field, tr("The amount must not be negative.")));
    }
    if (amountMinor > kMaxAmountMinor) {
        return fail(Error::invalid(field, tr("The amount is too large.")));
    }
    return {};
}

Result<qint64> BillingMath::roundedRatio(WideInt numerator, WideInt denominator)
{
    qint64 out = 0;
    if (!divideRoundHalfAway(numerator, denominator, out)) {
        return fail(overflow());
    }
    return out;
}

Result<qint64> BillingMath::priceForMinutes(qint64 ratePerHourMinor, qint64 minutes, qint64 shareBp)
{
    return roundedRatio(static_cast<WideInt>(ratePerHourMinor) * minutes * shareBp, WideInt{60} * kFullShareBp);
}

Result<qint64> BillingMath::scaled(qint64 amountMinor, qint64 numerator, qint64 denominator)
{
    return roundedRatio(static_cast<WideInt>(amountMinor) * numerator, denominator);
}

Result<qint64> BillingMath::add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return fail(overflow());
    }
    return sum;
}

} // namespace mentordesk
