// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/TaxCalculator.h"

#include "BillingTestSupport.h"
#include "TestStudio.h"

using namespace mentordesk;
using namespace mentordesk::test;

namespace {

PriceLine line(qint64 amount, const char* taxRate)
{
    PriceLine l;
    l.amountMinor = amount;
    l.taxRateId = QString::fromLatin1(taxRate);
    return l;
}

QList<TaxRate> germanRates()
{
    return {TaxRate{QStringLiteral("vat19"), QStringLiteral("VAT 19 %"), 1900},
            TaxRate{QStringLiteral("vat7"), QStringLiteral("VAT 7 %"), 700},
            TaxRate{QStringLiteral("unused"), QStringLiteral("Unused"), 1000}};
}

void expectInvariants(const TaxSummary& s)
{
    EXPECT_EQ(s.grandTotal, s.netTotal + s.taxTotal);
    EXPECT_EQ(s.mode == TaxMode::Exclusive ? s.netTotal : s.grandTotal, s.linesTotal);
    for (const auto& g : s.groups) {
        EXPECT_EQ(g.gross, g.net + g.tax);
    }
}

} // namespace

TEST(TaxCalculatorTest, ExclusiveTaxPerRateOnItsSubtotalRoundedHalfUp)
{
    // VAT 19 % on 100.00 + 25.50 = 125.50 → 23.845 → 23.85 (half up, on the subtotal, once).
    // Per line it would be 19.00 + 4.85 (4.845 → 4.85) = 23.85 here, but 7 % shows the difference:
    // 7 % on 10.50 + 10.50 = 21.00 → 1.47, whereas per line 0.735 → 0.74 twice = 1.48.
    const QList<PriceLine> lines = {line(10000, "vat19"), line(2550, "vat19"), line(1050, "vat7"), line(1050, "vat7"),
                                    line(500, "")};
    auto s = TaxCalculator::summarize(lines, germanRates(), TaxMode::Exclusive);
    MD_ASSERT_OK(s);
    ASSERT_EQ(s->groups.size(), 3);
    EXPECT_EQ(s->groups[0].taxRateId, QStringLiteral("vat19"));
    EXPECT_EQ(s->groups[0].label, QStringLiteral("VAT 19 %"));
    EXPECT_EQ(s->groups[0].linesSubtotal, 12550);
    EXPECT_EQ(s->groups[0].tax, 2385);
    EXPECT_EQ(s->groups[1].tax, 147);
    EXPECT_TRUE(s->groups[2].taxRateId.isEmpty());
    EXPECT_EQ(s->groups[2].tax, 0);
    EXPECT_EQ(s->linesTotal, 15150);
    EXPECT_EQ(s->taxTotal, 2532);
    EXPECT_EQ(s->grandTotal, 17682);
    expectInvariants(*s);
}

TEST(TaxCalculatorTest, InclusiveTaxIsExtractedFromTheGross)
{
    const QList<PriceLine> lines = {line(11900, "vat19"), line(1070, "vat7")};
    auto s = TaxCalculator::summarize(lines, germanRates(), TaxMode::Inclusive);
    MD_ASSERT_OK(s);
    EXPECT_EQ(s->groups[0].net, 10000);
    EXPECT_EQ(s->groups[0].tax, 1900);
    EXPECT_EQ(s->groups[1].net, 1000);
    EXPECT_EQ(s->groups[1].tax, 70);
    EXPECT_EQ(s->grandTotal, 12970);
    EXPECT_EQ(s->linesTotal, 12970);
    expectInvariants(*s);
}

TEST(TaxCalculatorTest, HalfUpEdgeCases)
{
    const QList<TaxRate> rates = {TaxRate{QStringLiteral("t20"), QStringLiteral("20 %"), 2000},
                                  TaxRate{QStringLiteral("t19"), QStringLiteral("19 %"), 1900}};
    // Exclusive: 19 % of 25.50 = 4.845 → 4.85; 20 % of 0.03 = 0.006 → 0.01; 20 % of 0.02 = 0.004 → 0.00.
    auto a = TaxCalculator::summarize({line(2550, "t19")}, rates, TaxMode::Exclusive);
    MD_ASSERT_OK(a);
    EXPECT_EQ(a->taxTotal, 485);
    auto b = TaxCalculator::summarize({line(3, "t20")}, rates, TaxMode::Exclusive);
    MD_ASSERT_OK(b);
    EXPECT_EQ(b->taxTotal, 1);
    auto c = TaxCalculator::summarize({line(2, "t20")}, rates, TaxMode::Exclusive);
    MD_ASSERT_OK(c);
    EXPECT_EQ(c->taxTotal, 0);
    // Inclusive 20 %: gross 0.03 → net 0.025 → 0.03 (half up), tax 0.00; gross 0.09 → net 0.075 → 0.08, tax 0.01.
    auto d = TaxCalculator::summarize({line(3, "t20")}, rates, TaxMode::Inclusive);
    MD_ASSERT_OK(d);
    EXPECT_EQ(d->netTotal, 3);
    EXPECT_EQ(d->taxTotal, 0);
    auto e = TaxCalculator::summarize({line(9, "t20")}, rates, TaxMode::Inclusive);
    MD_ASSERT_OK(e);
    EXPECT_EQ(e->netTotal, 8);
    EXPECT_EQ(e->taxTotal, 1);
}

TEST(TaxCalculatorTest, NegativeSubtotalsMirrorPositiveOnes)
{
    auto pos = TaxCalculator::summarize({line(2550, "vat19")}, germanRates(), TaxMode::Exclusive);
    auto neg = TaxCalculator::summarize({line(-2550, "vat19")}, germanRates(), TaxMode::Exclusive);
    MD_ASSERT_OK(pos);
    MD_ASSERT_OK(neg);
    EXPECT_EQ(neg->taxTotal, -pos->taxTotal);
    EXPECT_EQ(neg->grandTotal, -pos->grandTotal);
    auto posIn = TaxCalculator::summarize({line(13, "vat19")}, germanRates(), TaxMode::Inclusive);
    auto negIn = TaxCalculator::summarize({line(-13, "vat19")}, germanRates(), TaxMode::Inclusive);
    MD_ASSERT_OK(posIn);
    MD_ASSERT_OK(negIn);
    EXPECT_EQ(negIn->taxTotal, -posIn->taxTotal);
}

TEST(TaxCalculatorTest, EmptyInvoiceHasNoGroups)
{
    auto s = TaxCalculator::summarize({}, germanRates(), TaxMode::Exclusive);
    MD_ASSERT_OK(s);
    EXPECT_TRUE(s->groups.isEmpty());
    EXPECT_EQ(s->grandTotal, 0);
}

TEST(TaxCalculatorTest, RejectsUnknownOrInvalidRatesNamingTheField)
{
    MD_EXPECT_INVALID(
        TaxCalculator::summarize({line(100, "vat19"), line(100, "vat21")}, germanRates(), TaxMode::Exclusive),
        "lines[1].tax_rate_id");
    QList<TaxRate> dup = germanRates();
    dup[1].id = QStringLiteral("vat19");
    MD_EXPECT_INVALID(TaxCalculator::summarize({}, dup, TaxMode::Exclusive), "tax_rates[1].id");
    QList<TaxRate> bad = germanRates();
    bad[0].rateBp = 10001;
    MD_EXPECT_INVALID(TaxCalculator::summarize({}, bad, TaxMode::Exclusive), "tax_rates[0].rate");
    bad = germanRates();
    bad[2].label.clear();
    MD_EXPECT_INVALID(TaxCalculator::summarize({}, bad, TaxMode::Exclusive), "tax_rates[2].label");
}

TEST(TaxCalculatorTest, ModesHaveStableKeys)
{
    EXPECT_EQ(TaxRate::modeKey(TaxMode::Inclusive), QStringLiteral("inclusive"));
    EXPECT_EQ(*TaxRate::parseMode(QStringLiteral(" Exclusive "), QStringLiteral("tax_mode")), TaxMode::Exclusive);
    MD_EXPECT_INVALID(TaxRate::parseMode(QStringLiteral("gross"), QStringLiteral("tax_mode")), "tax_mode");
}
