// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Money.h"

#include <limits>

namespace mentordesk {

namespace {
Error overflow()
{
    return Error::invalid(QStringLiteral("amount"), Money::tr("The amount is too large to be represented exactly."));
}
} // namespace

bool divideRoundHalfAway(WideInt numerator, WideInt denominator, qint64& out)
{
    if (denominator <= 0) {
        return false;
    }
    const bool negative = numerator < 0;
    const WideInt magnitude = negative ? -numerator : numerator;
    WideInt q = magnitude / denominator;
    const WideInt r = magnitude % denominator;
    if (r * 2 >= denominator) {
        ++q;
    }
    if (negative) {
        q = -q;
    }
    if (q > std::numeric_limits<qint64>::max() || q < std::numeric_limits<qint64>::min()) {
        return false;
    }
    out = static_cast<qint64>(q);
    return true;
}

Money::Money(qint64 minorUnits, Currency currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{}

Result<void> Money::requireSameCurrency(const Money& other) const
{
    if (!(m_currency == other.m_currency)) {
        return fail(
            Error::invalid(QStringLiteral("currency"),
                           tr("Cannot combine amounts in %1 and %2.").arg(m_currency.code(), other.m_currency.code())));
    }
    return {};
}

Result<Money> Money::plus(const Money& other) const
{
    if (auto same = requireSameCurrency(other); !same) {
        return fail(same.error());
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum)) {
        return fail(overflow());
    }
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (auto same = requireSameCurrency(other); !same) {
        return fail(same.error());
    }
    qint64 diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff)) {
        return fail(overflow());
    }
    return Money(diff, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product)) {
        return fail(overflow());
    }
    return Money(product, m_currency);
}

Result<Money> Money::negated() const
{
    if (m_minor == std::numeric_limits<qint64>::min()) {
        return fail(overflow());
    }
    return Money(-m_minor, m_currency);
}

Result<Money> Money::percentage(qint64 percentBasisPoints) const
{
    qint64 out = 0;
    if (!divideRoundHalfAway(static_cast<WideInt>(m_minor) * percentBasisPoints, 10000, out)) {
        return fail(overflow());
    }
    return Money(out, m_currency);
}

Result<Money> Money::forMinutes(const Money& ratePerHour, qint64 minutes)
{
    qint64 out = 0;
    if (!divideRoundHalfAway(static_cast<WideInt>(ratePerHour.m_minor) * minutes, 60, out)) {
        return fail(overflow());
    }
    return Money(out, ratePerHour.m_currency);
}

Result<Money> Money::parse(const QString& text, const Currency& currency, const QString& field)
{
    const QString t = text.trimmed();
    const auto bad = [&] {
        return fail(Error::invalid(field, tr("“%1” is not an amount; write digits with an optional '.' and at most %n "
                                             "decimal(s), for example 12.50.",
                                             nullptr, currency.minorDigits())
                                              .arg(text)));
    };
    if (t.isEmpty()) {
        return bad();
    }
    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        ++i;
    }
    WideInt major = 0;
    int intDigits = 0;
    for (; i < t.size() && t[i].isDigit(); ++i, ++intDigits) {
        major = major * 10 + (t[i].unicode() - u'0');
        if (major > std::numeric_limits<qint64>::max()) {
            return fail(overflow());
        }
    }
    WideInt minor = 0;
    int fracDigits = 0;
    if (i < t.size() && t[i] == u'.') {
        ++i;
        for (; i < t.size() && t[i].isDigit(); ++i, ++fracDigits) {
            minor = minor * 10 + (t[i].unicode() - u'0');
        }
        if (fracDigits == 0) {
            return bad();
        }
    }
    if (i != t.size() || intDigits + fracDigits == 0 || fracDigits > currency.minorDigits()) {
        return bad();
    }
    for (int d = fracDigits; d < currency.minorDigits(); ++d) {
        minor *= 10;
    }
    WideInt total = major * currency.minorPerMajor() + minor;
    if (negative) {
        total = -total;
    }
    if (total > std::numeric_limits<qint64>::max() || total < std::numeric_limits<qint64>::min()) {
        return fail(overflow());
    }
    return Money(static_cast<qint64>(total), currency);
}

QString Money::toPlainString() const
{
    const int digits = m_currency.minorDigits();
    const bool negative = m_minor < 0;
    // Why: unsigned magnitude avoids overflow for the most negative qint64.
    const quint64 magnitude = negative ? 0ULL - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    const auto per = static_cast<quint64>(m_currency.minorPerMajor());
    QString out = QString::number(magnitude / per);
    if (digits > 0) {
        out += u'.' + QStringLiteral("%1").arg(magnitude % per, digits, 10, QLatin1Char('0'));
    }
    return negative ? u'-' + out : out;
}

} // namespace mentordesk
