// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Money.h"

#include <gtest/gtest.h>
#include <limits>
#include <type_traits>

using namespace mentordesk;

namespace {
Currency cur(const char* code)
{
    return *Currency::fromCode(QString::fromLatin1(code));
}
} // namespace

static_assert(!std::is_constructible_v<Money, double, Currency>, "Money must not be constructible from double");
static_assert(!std::is_constructible_v<Money, float, Currency>, "Money must not be constructible from float");

TEST(CurrencyTest, KnowsMinorDigits)
{
    EXPECT_EQ(cur("EUR").minorDigits(), 2);
    EXPECT_EQ(cur("jpy").minorDigits(), 0);
    EXPECT_EQ(cur("KWD").minorDigits(), 3);
    EXPECT_EQ(cur("CNY").code(), QStringLiteral("CNY"));
}

TEST(CurrencyTest, RejectsUnknownCodeNamingField)
{
    auto c = Currency::fromCode(QStringLiteral("EURO"));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::Invalid);
    EXPECT_EQ(c.error().field, QStringLiteral("currency"));
}

TEST(MoneyTest, AddsAndSubtractsSameCurrency)
{
    const Money a(1050, cur("EUR"));
    const Money b(-75, cur("EUR"));
    EXPECT_EQ(a.plus(b)->minorUnits(), 975);
    EXPECT_EQ(a.minus(b)->minorUnits(), 1125);
}

TEST(MoneyTest, RefusesMixedCurrencies)
{
    auto sum = Money(100, cur("EUR")).plus(Money(100, cur("USD")));
    ASSERT_FALSE(sum);
    EXPECT_EQ(sum.error().field, QStringLiteral("currency"));
}

TEST(MoneyTest, DetectsOverflow)
{
    const Money max(std::numeric_limits<qint64>::max(), cur("EUR"));
    EXPECT_FALSE(max.plus(Money(1, cur("EUR"))));
    EXPECT_FALSE(max.times(2));
    EXPECT_FALSE(Money(std::numeric_limits<qint64>::min(), cur("EUR")).negated());
    EXPECT_FALSE(Money(std::numeric_limits<qint64>::min(), cur("EUR")).minus(Money(1, cur("EUR"))));
}

TEST(MoneyTest, PriceForMinutesRoundsHalfUpOnce)
{
    // 100.00/h for 20 h = 2000.00 (the founding example's rate part)
    EXPECT_EQ(Money::forMinutes(Money(10000, cur("EUR")), 20 * 60)->minorUnits(), 200000);
    // 10.00/h for 7 min = 1.1666… → 1.17
    EXPECT_EQ(Money::forMinutes(Money(1000, cur("EUR")), 7)->minorUnits(), 117);
    // 0.30/h for 5 min = 0.025 → 0.03 (half up)
    EXPECT_EQ(Money::forMinutes(Money(30, cur("EUR")), 5)->minorUnits(), 3);
    // JPY has no minor unit: 3000/h for 50 min = 2500
    EXPECT_EQ(Money::forMinutes(Money(3000, cur("JPY")), 50)->minorUnits(), 2500);
}

TEST(MoneyTest, PercentageRoundsHalfAwayFromZero)
{
    EXPECT_EQ(Money(1005, cur("EUR")).percentage(5000)->minorUnits(), 503);
    EXPECT_EQ(Money(-1005, cur("EUR")).percentage(5000)->minorUnits(), -503);
    EXPECT_EQ(Money(999, cur("EUR")).percentage(1900)->minorUnits(), 190);
}

TEST(MoneyTest, ParsesExactly)
{
    EXPECT_EQ(Money::parse(QStringLiteral("12.5"), cur("EUR"))->minorUnits(), 1250);
    EXPECT_EQ(Money::parse(QStringLiteral("-0.01"), cur("EUR"))->minorUnits(), -1);
    EXPECT_EQ(Money::parse(QStringLiteral("1234.567"), cur("KWD"))->minorUnits(), 1234567);
    EXPECT_EQ(Money::parse(QStringLiteral("500"), cur("JPY"))->minorUnits(), 500);
    EXPECT_EQ(Money::parse(QStringLiteral("0.1"), cur("EUR"))->minorUnits(), 10);
}

TEST(MoneyTest, ParseRejectsBadText)
{
    for (const char* bad : {"", "abc", "1.2.3", "1,50", "12.", ".", "1e3", "--1", "1.234"}) {
        auto m = Money::parse(QString::fromLatin1(bad), cur("EUR"), QStringLiteral("rate"));
        ASSERT_FALSE(m) << bad;
        EXPECT_EQ(m.error().field, QStringLiteral("rate"));
    }
    EXPECT_FALSE(Money::parse(QStringLiteral("1.5"), cur("JPY")));
    EXPECT_FALSE(Money::parse(QStringLiteral("99999999999999999999"), cur("EUR")));
}

TEST(MoneyTest, PlainStringHasCurrencyDecimals)
{
    EXPECT_EQ(Money(123450, cur("EUR")).toPlainString(), QStringLiteral("1234.50"));
    EXPECT_EQ(Money(-5, cur("EUR")).toPlainString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(500, cur("JPY")).toPlainString(), QStringLiteral("500"));
    EXPECT_EQ(Money(1, cur("KWD")).toPlainString(), QStringLiteral("0.001"));
    EXPECT_EQ(Money(std::numeric_limits<qint64>::min(), cur("EUR")).toPlainString(),
              QStringLiteral("-92233720368547758.08"));
}

TEST(MoneyTest, ParseAndPrintRoundTrip)
{
    for (qint64 v : {0LL, 1LL, -1LL, 99LL, 100LL, 123456789LL, -987654321LL}) {
        for (const char* code : {"EUR", "JPY", "KWD"}) {
            const Money m(v, cur(code));
            EXPECT_EQ(*Money::parse(m.toPlainString(), m.currency()), m) << v << code;
        }
    }
}
