// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingReportData.h"
#include "TestStudio.h"
#include "invoices/ReceivablesService.h"
#include "reports/ReportService.h"
#include "reports/TodayService.h"

using namespace mentordesk;

namespace {

/// An EUR studio with one payer, one learner and an hourly plan of 100.00/h + 19 % VAT: one lesson of
/// an hour is an invoice of 119.00. Invoices of month M are issued on the 1st of M+1, due 14 days later.
class BillingReportsTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        data = test::BillingReportData::studio(db(), clock());
        payer = data.payer;
    }

    void setToday(const QDate& day) { clock().set(QDateTime(day, QTime(10, 0), Qt::UTC)); }

    ReportService service() { return ReportService(db(), clock()); }

    test::BillingReportData data;
    Id payer;
};

/// January (1 lesson, issued 1 Feb, due 15 Feb) and February (2 lessons, issued 1 Mar, due 15 Mar);
/// 50.00 paid on 3 Feb and 10.00 on 2 Mar against January; a March draft that is never issued.
class BillingReportsDataTest : public BillingReportsTest
{
protected:
    void SetUp() override
    {
        BillingReportsTest::SetUp();
        data.invoicesAndPayments(db(), clock());
        setToday(QDate(2026, 3, 20));
    }
};

} // namespace

TEST_F(BillingReportsDataTest, RevenueListsIssuedAndPaidPerMonth)
{
    auto r = service().revenue({QDate(2026, 1, 10), QDate(2026, 3, 5)}); // whole months January–March
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    ASSERT_EQ(r->columns, (QStringList{QStringLiteral("month"), QStringLiteral("currency"),
                                       QStringLiteral("issued_minor"), QStringLiteral("credited_minor"),
                                       QStringLiteral("paid_minor"), QStringLiteral("invoices")}));
    ASSERT_EQ(r->rows.size(), 3);
    EXPECT_EQ(r->rows[0], (QVariantList{QStringLiteral("2026-01"), QStringLiteral("EUR"), 0, 0, 0, 0}));
    EXPECT_EQ(r->rows[1], (QVariantList{QStringLiteral("2026-02"), QStringLiteral("EUR"), 11900, 0, 5000, 1}));
    // The March draft is not issued: only February's invoice (2 × 119.00) counts.
    EXPECT_EQ(r->rows[2], (QVariantList{QStringLiteral("2026-03"), QStringLiteral("EUR"), 23800, 0, 1000, 1}));
}

TEST_F(BillingReportsDataTest, RevenueDefaultsToTheLastTwelveMonths)
{
    auto r = service().revenue();
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->rows.size(), 12);
    EXPECT_EQ(r->rows.first().first().toString(), QStringLiteral("2025-04"));
    EXPECT_EQ(r->rows.last().first().toString(), QStringLiteral("2026-03"));
    EXPECT_EQ(r->rows.last()[2].toLongLong(), 23800);
}

TEST_F(BillingReportsDataTest, RevenueRefusesABackwardsRange)
{
    auto r = service().revenue({QDate(2026, 3, 1), QDate(2026, 2, 1)});
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().field, QStringLiteral("to"));
}

TEST_F(BillingReportsDataTest, AgingUsesTheReceivablesBuckets)
{
    // 20 Mar: January's rest (119.00 − 60.00) is 33 days past due, February's 5 days.
    auto r = service().aging();
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    ASSERT_EQ(r->columns.size(), 8);
    EXPECT_EQ(r->columns[2], QStringLiteral("current_minor"));
    ASSERT_EQ(r->rows.size(), 1);
    EXPECT_EQ(r->rows[0], (QVariantList{payer, QStringLiteral("Anna Schmidt"), 0, 23800, 5900, 0, 0, 29700}));
    // The same figures as ReceivablesService, for another day.
    auto asOf = service().aging(QDate(2026, 3, 1));
    auto direct = ReceivablesService(db(), clock()).aging(QDate(2026, 3, 1));
    ASSERT_TRUE(asOf.has_value() && direct.has_value());
    ASSERT_EQ(asOf->rows.size(), 1);
    for (int b = 0; b < 5; ++b) {
        EXPECT_EQ(asOf->rows[0][2 + b].toLongLong(), direct->rows.first().buckets[b]);
    }
}

TEST_F(BillingReportsDataTest, TodayShowsRevenueOverdueInvoicesAndNoLowPackages)
{
    auto s = TodayService(db(), clock()).summary(50, false);
    ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
    EXPECT_TRUE(s->billingAvailable);
    EXPECT_EQ(s->currency, QStringLiteral("EUR"));
    EXPECT_EQ(s->issuedThisMonth, 23800);
    EXPECT_EQ(s->paidThisMonth, 1000);
    EXPECT_EQ(s->issuedLastMonth, 11900);
    EXPECT_EQ(s->paidLastMonth, 5000);
    EXPECT_EQ(s->overdueCount, 2);
    EXPECT_EQ(s->overdueMinor, 29700);
    ASSERT_EQ(s->overdue.size(), 2);
    EXPECT_EQ(s->overdue[0].invoiceId, data.janInvoiceId); // most overdue first
    EXPECT_EQ(s->overdue[0].daysOverdue, 33);
    EXPECT_EQ(s->overdue[0].balanceMinor, 5900);
    EXPECT_EQ(s->overdue[0].payerId, payer);
    EXPECT_EQ(s->overdue[1].numberText, data.febNumber);
    EXPECT_TRUE(s->lowPackages.isEmpty());
    // The overdue list is capped; the count and amount are not.
    auto capped = TodayService(db(), clock()).summary(1, false);
    ASSERT_TRUE(capped.has_value());
    EXPECT_EQ(capped->overdue.size(), 1);
    EXPECT_EQ(capped->overdueCount, 2);
}

TEST_F(BillingReportsTest, EmptyStudioHasEmptyBillingReports)
{
    EXPECT_TRUE(ReportCatalog::isAvailable(ReportKind::Revenue));
    EXPECT_TRUE(ReportCatalog::isAvailable(ReportKind::Aging));
    EXPECT_TRUE(ReportCatalog::isAvailable(ReportKind::Packages));
    auto revenue = service().revenue({QDate(2026, 1, 1), QDate(2026, 1, 31)});
    ASSERT_TRUE(revenue.has_value());
    ASSERT_EQ(revenue->rows.size(), 1);
    EXPECT_EQ(revenue->rows[0][2].toLongLong(), 0);
    auto aging = service().aging();
    ASSERT_TRUE(aging.has_value());
    EXPECT_TRUE(aging->rows.isEmpty());
    auto packages = service().packages();
    ASSERT_TRUE(packages.has_value());
    EXPECT_TRUE(packages->rows.isEmpty());
    auto today = TodayService(db(), clock()).summary(50, false);
    ASSERT_TRUE(today.has_value());
    EXPECT_EQ(today->overdueCount, 0);
    EXPECT_EQ(today->issuedThisMonth, 0);
}

TEST_F(BillingReportsTest, PackageBalancesExpiryAndLowBalance)
{
    // A second enrollment on packages of 10 h valid 60 days, warn at 500 minutes. Eight lessons of 90
    // minutes in March need 720 minutes: the run buys two packages (the first dated 2 March) and draws
    // 720 of their 1,200 minutes, leaving 480.
    data.withPackages(db(), clock());
    const Id plan = data.packagePlan;
    setToday(QDate(2026, 4, 10));

    auto t = service().packages();
    ASSERT_TRUE(t.has_value()) << t.error().message.toStdString();
    ASSERT_EQ(t->rows.size(), 2);
    const QStringList& c = t->columns;
    const auto at = [&](int row, const char* column) { return t->rows[row][c.indexOf(QLatin1String(column))]; };
    EXPECT_EQ(at(0, "learner").toString(), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(at(0, "plan_id").toString(), plan);
    EXPECT_EQ(at(0, "payer_id").toString(), payer);
    EXPECT_EQ(at(0, "minutes").toLongLong(), 600);
    EXPECT_EQ(at(0, "used_minutes").toLongLong() + at(1, "used_minutes").toLongLong(), 720);
    EXPECT_EQ(at(0, "remaining_minutes").toLongLong() + at(1, "remaining_minutes").toLongLong(), 480);
    EXPECT_EQ(at(0, "valid_until").toDate(), QDate(2026, 4, 30)); // 2 March + 60 days − 1
    EXPECT_FALSE(at(1, "expired").toBool());
    EXPECT_TRUE(at(1, "low_balance").toBool()); // 480 left on the plan ≤ 500

    auto today = TodayService(db(), clock()).summary(50, false);
    ASSERT_TRUE(today.has_value());
    ASSERT_EQ(today->lowPackages.size(), 1); // one entry per plan: its latest package
    EXPECT_EQ(today->lowPackages[0].package.planId, plan);
    EXPECT_EQ(today->lowPackages[0].package.packageId, at(1, "package_id").toString());

    // After the first package expires (30 April) it is forfeited and no longer warns.
    setToday(QDate(2026, 5, 2));
    auto later = service().packageStatuses();
    ASSERT_TRUE(later.has_value());
    ASSERT_EQ(later->size(), 2);
    EXPECT_TRUE((*later)[0].expired);
    EXPECT_FALSE((*later)[0].lowBalance);
    EXPECT_FALSE((*later)[1].expired); // bought in late March: valid until late May
    EXPECT_TRUE((*later)[1].lowBalance);
}
