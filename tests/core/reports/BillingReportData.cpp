// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingReportData.h"

#include "BillingFixture.h"
#include "billing/BillingRun.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentService.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

namespace {

Invoice billAndIssue(Database& db, FixedClock& clock, BillingFixture& f, const Id& enrollment, int month, int lessons)
{
    for (int i = 0; i < lessons; ++i) {
        f.lesson(enrollment, QDate(2026, month, 2 + i), 60);
    }
    const QString period = QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'));
    EXPECT_TRUE(BillingRun(db, clock).run(period).has_value());
    auto issued = InvoiceService(db, clock).issuePeriod(period, QDate(2026, month, 1).addMonths(1));
    EXPECT_TRUE(issued.has_value()) << issued.error().message.toStdString();
    return issued && !issued->isEmpty() ? issued->first() : Invoice{};
}

void pay(Database& db, FixedClock& clock, const Id& invoice, const QDate& day, qint64 amount)
{
    auto paid = PaymentService(db, clock).record(invoice, {day, amount, QStringLiteral("cash"), {}});
    EXPECT_TRUE(paid.has_value()) << paid.error().message.toStdString();
}

} // namespace

BillingReportData BillingReportData::studio(Database& db, FixedClock& clock)
{
    BillingReportData d;
    d.fixture = std::make_shared<BillingFixture>(db, clock);
    BillingFixture& f = *d.fixture;
    const Id vat = f.taxRate(QStringLiteral("VAT 19 %"), 1900);
    d.payer = f.payer(QStringLiteral("Anna Schmidt"));
    d.mentor = f.mentor(QStringLiteral("Alice Tan"));
    const Id learner = f.learner(QStringLiteral("Ben Schmidt"), d.payer);
    d.enrollment = f.enrollment(learner, d.mentor);
    HourlyPlan h;
    h.rateMinor = 10000;
    f.plan(d.enrollment, QDate(2026, 1, 1), h, vat);
    return d;
}

void BillingReportData::invoicesAndPayments(Database& db, FixedClock& clock)
{
    BillingFixture& f = *fixture;
    const Invoice jan = billAndIssue(db, clock, f, enrollment, 1, 1);
    const Invoice feb = billAndIssue(db, clock, f, enrollment, 2, 2);
    janInvoiceId = jan.meta.id;
    febInvoiceId = feb.meta.id;
    febNumber = feb.numberText;
    pay(db, clock, jan.meta.id, QDate(2026, 2, 3), 5000);
    pay(db, clock, jan.meta.id, QDate(2026, 3, 2), 1000);
    f.lesson(enrollment, QDate(2026, 3, 3), 60);
    EXPECT_TRUE(BillingRun(db, clock).run(QStringLiteral("2026-03")).has_value());
}

void BillingReportData::withPackages(Database& db, FixedClock& clock)
{
    BillingFixture& f = *fixture;
    const Id other = f.enrollment(f.learner(QStringLiteral("Ada Lovelace"), payer), mentor);
    PackagePlan p;
    p.priceMinor = 90000;
    p.minutes = 600;
    p.validityDays = 60;
    p.lowBalanceMinutes = 500;
    packagePlan = f.plan(other, QDate(2026, 3, 1), p);
    for (int i = 0; i < 8; ++i) {
        f.lesson(other, QDate(2026, 3, 2 + i * 3), 90);
    }
    EXPECT_TRUE(BillingRun(db, clock).run(QStringLiteral("2026-03")).has_value());
}

} // namespace mentordesk::test
