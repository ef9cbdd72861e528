// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "money/Currency.h"

#include <QCoreApplication>
#include <QString>
#include <concepts>

namespace mentordesk {

/// 128-bit intermediate for exact products of money and quantities (GCC/Clang extension).
__extension__ typedef __int128 WideInt;

/// An amount of money: a signed count of minor units (cents, fen, yen…) and its currency.
/// There is deliberately no constructor from a floating-point number. Every arithmetic
/// operation is checked: overflow and currency mismatch are reported, never wrapped.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money(qint64 minorUnits, Currency currency);
    /// Floating-point amounts are refused at compile time.
    template <typename F>
    requires std::floating_point<F> Money(F, Currency)
    = delete;

    [[nodiscard]] static Money zero(const Currency& currency) { return Money(qint64{0}, currency); }

    [[nodiscard]] qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] const Currency& currency() const { return m_currency; }
    [[nodiscard]] bool isZero() const { return m_minor == 0; }
    [[nodiscard]] bool isNegative() const { return m_minor < 0; }

    [[nodiscard]] Result<Money> plus(const Money& other) const;
    [[nodiscard]] Result<Money> minus(const Money& other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;
    [[nodiscard]] Result<Money> negated() const;

    /// `percentBasisPoints` of this amount (10000 = 100 %), rounded half away from zero.
    [[nodiscard]] Result<Money> percentage(qint64 percentBasisPoints) const;

    /// The price of `minutes` at `ratePerHour`: round-half-up(rate × minutes / 60), one rounding.
    [[nodiscard]] static Result<Money> forMinutes(const Money& ratePerHour, qint64 minutes);

    /// Parses a plain decimal amount such as "12.5", "-3", "1234.567" exactly (no floating point).
    /// '.' is the decimal separator; more decimals than the currency has are refused.
    [[nodiscard]] static Result<Money> parse(const QString& text, const Currency& currency,
                                             const QString& field = QStringLiteral("amount"));

    /// Locale-neutral text with exactly the currency's number of decimals: "1234.50".
    [[nodiscard]] QString toPlainString() const;

    friend bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    [[nodiscard]] Result<void> requireSameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    Currency m_currency;
};

/// Divides `numerator` by positive `denominator`, rounding half away from zero; false on overflow.
[[nodiscard]] bool divideRoundHalfAway(WideInt numerator, WideInt denominator, qint64& out);

} // namespace mentordesk
