// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"
#include "TestStudio.h"
#include "billing/HourlyPricer.h"
#include "billing/SubscriptionPricer.h"
#include "billing/TaxCalculator.h"
#include "money/Money.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

/// Prices a 50-minute lesson at `rate` (text in the currency's own decimals), adds tax at `taxBp`
/// exclusive, and returns the lesson amount, the tax and the total as the currency writes them.
struct Priced
{
    QString lesson;
    QString tax;
    QString total;
};

Priced fiftyMinutes(const char* code, const char* rate, qint64 taxBp)
{
    const Currency currency = *Currency::fromCode(QString::fromLatin1(code));
    const Money hourly = *Money::parse(QString::fromLatin1(rate), currency);
    HourlyPricingInput in;
    in.lessons = {heldLesson(QStringLiteral("x"), QDate(2026, 3, 2), 50)};
    auto priced = HourlyPricer::price(makePlan(hourlyTerms(hourly.minorUnits())), AttendanceRules{}, in);
    EXPECT_TRUE(priced.has_value());
    auto tax = TaxCalculator::summarize(priced->lines, {TaxRate{QStringLiteral("vat"), QStringLiteral("VAT"), taxBp}},
                                        TaxMode::Exclusive);
    EXPECT_TRUE(tax.has_value());
    return {Money(priced->lines[0].amountMinor, currency).toPlainString(),
            Money(tax->taxTotal, currency).toPlainString(), Money(tax->grandTotal, currency).toPlainString()};
}

} // namespace

TEST(CurrencyDecimalsTest, ZeroDecimalsJpy)
{
    // ¥3,333/h × 50 min = 2777.5 → ¥2,778; 10 % tax = 277.8 → ¥278.
    const Priced p = fiftyMinutes("JPY", "3333", 1000);
    EXPECT_EQ(p.lesson, QStringLiteral("2778"));
    EXPECT_EQ(p.tax, QStringLiteral("278"));
    EXPECT_EQ(p.total, QStringLiteral("3056"));
}

TEST(CurrencyDecimalsTest, TwoDecimalsEur)
{
    // 33.33/h × 50 min = 27.775 → 27.78; 19 % tax = 5.2782 → 5.28.
    const Priced p = fiftyMinutes("EUR", "33.33", 1900);
    EXPECT_EQ(p.lesson, QStringLiteral("27.78"));
    EXPECT_EQ(p.tax, QStringLiteral("5.28"));
    EXPECT_EQ(p.total, QStringLiteral("33.06"));
}

TEST(CurrencyDecimalsTest, ThreeDecimalsKwd)
{
    // 12.345 KWD/h × 50 min = 10.2875 → 10.288; 5 % tax = 0.5144 → 0.514.
    const Priced p = fiftyMinutes("KWD", "12.345", 500);
    EXPECT_EQ(p.lesson, QStringLiteral("10.288"));
    EXPECT_EQ(p.tax, QStringLiteral("0.514"));
    EXPECT_EQ(p.total, QStringLiteral("10.802"));
}

TEST(CurrencyDecimalsTest, ProrationRoundsAtTheMinorUnitOfEachCurrency)
{
    // 10,000 a month from the 15th of March: 17/31 of the fee.
    SubscriptionPlan s;
    s.includedMinutes = 240;
    const struct
    {
        const char* code;
        const char* fee;
        const char* expected;
    } cases[] = {{"JPY", "10000", "5484"}, {"EUR", "10000.00", "5483.87"}, {"KWD", "10000.000", "5483.871"}};
    for (const auto& c : cases) {
        const Currency currency = *Currency::fromCode(QString::fromLatin1(c.code));
        s.feeMinor = Money::parse(QString::fromLatin1(c.fee), currency)->minorUnits();
        SubscriptionPeriodInput in;
        in.day = QDate(2026, 3, 1);
        Plan plan = makePlan(s);
        plan.effectiveFrom = QDate(2026, 3, 15);
        auto r = SubscriptionPricer::price(plan, AttendanceRules{}, in);
        MD_ASSERT_OK(r);
        EXPECT_EQ(Money(r->lines[0].amountMinor, currency).toPlainString(), QString::fromLatin1(c.expected)) << c.code;
    }
}
