// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingRun.h"

#include "BillingFixture.h"
#include "TestStudio.h"
#include "billing/BillingSettingsService.h"
#include "billing/PlanService.h"
#include "invoices/InvoiceService.h"
#include "storage/Statement.h"

namespace mentordesk::test {

namespace {

HourlyPlan hourly(qint64 rate, qint64 fee = 0, int increment = 1)
{
    HourlyPlan h;
    h.rateMinor = rate;
    h.oneOffFeeMinor = fee;
    h.rounding.incrementMinutes = increment;
    return h;
}

} // namespace

class BillingRunTest : public StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        f = std::make_unique<BillingFixture>(db(), clock());
        vat = f->taxRate(QStringLiteral("VAT 19 %"), 1900);
        payer = f->payer(QStringLiteral("Anna Schmidt"));
        mentor = f->mentor(QStringLiteral("Alice Tan"));
        learner = f->learner(QStringLiteral("Ben Schmidt"), payer);
        enrollment = f->enrollment(learner, mentor);
    }

    BillingRunResult run(const QString& period, bool dryRun = false)
    {
        auto r = BillingRun(db(), clock()).run(period, dryRun);
        EXPECT_TRUE(r.has_value()) << r.error().field.toStdString() << ": " << r.error().message.toStdString();
        return r ? *r : BillingRunResult{};
    }

    QList<qint64> amounts(const DraftInvoice& d)
    {
        QList<qint64> out;
        for (const DraftLine& l : d.lines) {
            out.append(l.line.amountMinor);
        }
        return out;
    }

    std::unique_ptr<BillingFixture> f;
    Id vat, payer, mentor, learner, enrollment;
};

// Hand-computed: F0 500.00; 60 min and 50→60 min (15-min steps, up) at 100.00/h; a late cancellation and a
// 45-min no-show at 100 %; a mentor cancellation free; the April lesson is not March's.
TEST_F(BillingRunTest, HourlyMonthGolden)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000, 50000, 15), vat);
    f->lesson(enrollment, QDate(2026, 3, 2), 60);
    f->lesson({enrollment}, QDate(2026, 3, 9), 60, QStringLiteral("held"), 50);
    f->lesson(enrollment, QDate(2026, 3, 16), 60, QStringLiteral("late_cancel"));
    f->lesson(enrollment, QDate(2026, 3, 23), 60, QStringLiteral("cancelled_by_mentor"));
    f->lesson(enrollment, QDate(2026, 3, 30), 45, QStringLiteral("no_show"));
    f->lesson(enrollment, QDate(2026, 4, 1), 60);

    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 1);
    const DraftInvoice& d = r.drafts.first();
    EXPECT_EQ(d.payerName, QStringLiteral("Anna Schmidt"));
    EXPECT_EQ(amounts(d), (QList<qint64>{50000, 10000, 10000, 10000, 7500}));
    EXPECT_EQ(d.taxes.linesTotal, 87500);
    EXPECT_EQ(d.taxes.taxTotal, 16625);
    EXPECT_EQ(d.taxes.grandTotal, 104125);
    EXPECT_EQ(d.lines[1].description, QStringLiteral("Lesson 2026-03-02"));
    EXPECT_EQ(d.lines[1].groupLabel, QStringLiteral("Ben Schmidt — Mentoring"));
    EXPECT_EQ(r.lessonsBilled, 4);
    EXPECT_EQ(f->count(QStringLiteral("invoices")), 1);
    EXPECT_EQ(f->count(QStringLiteral("invoice_lines")), 5);
    EXPECT_EQ(f->count(QStringLiteral("billed_sources")), 5); // 4 lessons + the one-off fee
}

TEST_F(BillingRunTest, RunningTwiceEqualsRunningOnce)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000, 50000), vat);
    f->lesson(enrollment, QDate(2026, 3, 2), 60);
    f->lesson(enrollment, QDate(2026, 3, 9), 90);
    const BillingRunResult first = run(QStringLiteral("2026-03"));
    const BillingRunResult second = run(QStringLiteral("2026-03"));
    ASSERT_EQ(first.drafts.size(), 1);
    ASSERT_EQ(second.drafts.size(), 1);
    EXPECT_EQ(second.drafts.first().invoiceId, first.drafts.first().invoiceId);
    EXPECT_EQ(amounts(second.drafts.first()), amounts(first.drafts.first()));
    EXPECT_EQ(f->count(QStringLiteral("invoices")), 1);
    EXPECT_EQ(f->count(QStringLiteral("invoice_lines")), 3);
    EXPECT_EQ(f->count(QStringLiteral("billed_sources")), 3);
}

TEST_F(BillingRunTest, EditsBetweenRunsRefreshTheDraft)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000), vat);
    const Id lesson = f->lesson(enrollment, QDate(2026, 3, 2), 60);
    run(QStringLiteral("2026-03"));
    f->exec(QStringLiteral("UPDATE lessons SET actual_minutes = 30 WHERE id = ?"), {lesson});
    f->lesson(enrollment, QDate(2026, 3, 20), 60);
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 1);
    EXPECT_EQ(amounts(r.drafts.first()), (QList<qint64>{5000, 10000}));
    EXPECT_EQ(f->count(QStringLiteral("invoice_lines")), 2);
}

namespace {

/// (position, id, version, amount) of the draft lines, and how many lesson links point at the line that
/// bills their lesson.
struct StoredLines
{
    QList<std::tuple<qint64, QString, qint64, qint64>> lines;
    qint64 linksOnTheirLine = 0;
};

StoredLines storedLines(Database& db)
{
    StoredLines out;
    auto s = db.prepare(QStringLiteral("SELECT position, id, version, amount_minor FROM invoice_lines WHERE "
                                       "deleted_at IS NULL ORDER BY position"));
    EXPECT_TRUE(s && s->exec());
    while (s && s->next()) {
        out.lines.append({s->integer(0), s->text(1), s->integer(2), s->integer(3)});
    }
    auto links = db.prepare(QStringLiteral("SELECT count(*) FROM billed_sources b JOIN invoice_lines l ON l.id = "
                                           "b.line_id WHERE b.source_kind = 'lesson' AND l.source_id = b.source_id"));
    EXPECT_TRUE(links && links->exec() && links->next());
    out.linksOnTheirLine = links ? links->integer(0) : -1;
    return out;
}

} // namespace

// A re-run keeps each draft line's row: unchanged lines are left alone (same id, version 1), a changed one is
// overwritten in place (version 2), the surplus is deleted, and every lesson link points at its lesson's line.
TEST_F(BillingRunTest, ReRunRewritesOnlyChangedLinesAndKeepsLinksRight)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000), vat);
    const Id first = f->lesson(enrollment, QDate(2026, 3, 2), 60);
    const Id second = f->lesson(enrollment, QDate(2026, 3, 9), 60);
    f->lesson(enrollment, QDate(2026, 3, 16), 60);
    run(QStringLiteral("2026-03"));
    const StoredLines before = storedLines(db());
    ASSERT_EQ(before.lines.size(), 3);
    EXPECT_EQ(before.linksOnTheirLine, 3);

    f->exec(QStringLiteral("UPDATE lessons SET actual_minutes = 30 WHERE id = ?"), {second});
    run(QStringLiteral("2026-03"));
    const StoredLines changed = storedLines(db());
    ASSERT_EQ(changed.lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(std::get<1>(changed.lines[i]), std::get<1>(before.lines[i])) << "line " << i << " keeps its row";
    }
    EXPECT_EQ(std::get<2>(changed.lines[0]), 1) << "unchanged line not rewritten";
    EXPECT_EQ(std::get<2>(changed.lines[1]), 2);
    EXPECT_EQ(std::get<3>(changed.lines[1]), 5000);
    EXPECT_EQ(std::get<2>(changed.lines[2]), 1);
    EXPECT_EQ(changed.linksOnTheirLine, 3);
    EXPECT_EQ(f->count(QStringLiteral("billed_sources")), 3);

    f->exec(QStringLiteral("UPDATE lessons SET deleted_at = '2026-03-20T10:00:00Z' WHERE id = ?"), {first});
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 1);
    EXPECT_EQ(amounts(r.drafts.first()), (QList<qint64>{5000, 10000}));
    const StoredLines shifted = storedLines(db());
    ASSERT_EQ(shifted.lines.size(), 2);
    EXPECT_EQ(std::get<1>(shifted.lines[0]), std::get<1>(before.lines[0]));
    EXPECT_EQ(std::get<3>(shifted.lines[0]), 5000);
    EXPECT_EQ(std::get<3>(shifted.lines[1]), 10000);
    EXPECT_EQ(f->count(QStringLiteral("invoice_lines")), 2) << "the surplus line is deleted";
    EXPECT_EQ(shifted.linksOnTheirLine, 2);
    EXPECT_EQ(f->count(QStringLiteral("billed_sources")), 2);
}

TEST_F(BillingRunTest, IssuedSourcesAreNeverBilledAgain)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000, 50000), vat);
    f->lesson(enrollment, QDate(2026, 3, 2), 60);
    run(QStringLiteral("2026-03"));
    auto issued = InvoiceService(db(), clock()).issuePeriod(QStringLiteral("2026-03"), QDate(2026, 4, 1));
    ASSERT_TRUE(issued.has_value()) << issued.error().message.toStdString();
    EXPECT_TRUE(run(QStringLiteral("2026-03")).drafts.isEmpty());
    f->lesson(enrollment, QDate(2026, 3, 25), 30); // recorded late
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 1);
    EXPECT_EQ(amounts(r.drafts.first()), (QList<qint64>{5000})); // no second one-off fee, no second lesson
    EXPECT_NE(r.drafts.first().invoiceId, issued->first().meta.id);
}

TEST_F(BillingRunTest, DryRunWritesNothing)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000), vat);
    f->lesson(enrollment, QDate(2026, 3, 2), 60);
    const BillingRunResult preview = run(QStringLiteral("2026-03"), true);
    ASSERT_EQ(preview.drafts.size(), 1);
    EXPECT_TRUE(preview.dryRun);
    EXPECT_EQ(preview.drafts.first().taxes.grandTotal, 11900);
    EXPECT_EQ(f->count(QStringLiteral("invoices")), 0);
    EXPECT_EQ(f->count(QStringLiteral("billed_sources")), 0);
}

TEST_F(BillingRunTest, RefusesABadPeriod)
{
    for (const QString& bad :
         {QStringLiteral("2026-13"), QStringLiteral("March"), QString(), QStringLiteral("2026-3")}) {
        auto r = BillingRun(db(), clock()).run(bad);
        ASSERT_FALSE(r.has_value()) << bad.toStdString();
        EXPECT_EQ(r.error().field, QStringLiteral("period"));
    }
    EXPECT_EQ(f->count(QStringLiteral("invoices")), 0);
}

// PRODUCT.md: 1,000.00/month, 8 h included, overage 120/h, rollover capped at 4 h, from 2026-03-10.
TEST_F(BillingRunTest, SubscriptionFoundingExampleAcrossTwoMonths)
{
    SubscriptionPlan s;
    s.feeMinor = 100000;
    s.includedMinutes = 480;
    s.overageRateMinor = 12000;
    s.rollover = SubscriptionPlan::Rollover::Capped;
    s.rolloverCapMinutes = 240;
    f->plan(enrollment, QDate(2026, 3, 10), s);
    for (int day : {10, 17, 24, 31}) {
        f->lesson(enrollment, QDate(2026, 3, day), 75); // 5 h in March
    }
    for (int day = 1; day <= 10; ++day) {
        f->lesson(enrollment, QDate(2026, 4, day * 2), 60); // 10 h in April
    }
    const BillingRunResult march = run(QStringLiteral("2026-03"));
    ASSERT_EQ(march.drafts.size(), 1);
    EXPECT_EQ(amounts(march.drafts.first()), (QList<qint64>{70968}));
    const BillingRunResult april = run(QStringLiteral("2026-04"));
    ASSERT_EQ(april.drafts.size(), 1);
    EXPECT_EQ(amounts(april.drafts.first()), (QList<qint64>{100000, 15800}));
    EXPECT_EQ(f->count(QStringLiteral("invoices")), 2);
}

TEST_F(BillingRunTest, PackagesAreBoughtWhenLessonsWait)
{
    PackagePlan p;
    p.priceMinor = 90000;
    p.minutes = 600;
    f->plan(enrollment, QDate(2026, 3, 1), p);
    for (int i = 0; i < 8; ++i) {
        f->lesson(enrollment, QDate(2026, 3, 2 + i * 3), 90);
    }
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 1);
    EXPECT_EQ(r.packagesBought.size(), 2);
    EXPECT_EQ(r.drafts.first().taxes.grandTotal, 180000);
    EXPECT_EQ(f->count(QStringLiteral("package_purchases")), 2);
    // Running again keeps the two packages and bills nothing twice.
    const BillingRunResult again = run(QStringLiteral("2026-03"));
    ASSERT_EQ(again.drafts.size(), 1);
    EXPECT_EQ(again.drafts.first().taxes.grandTotal, 180000);
    EXPECT_EQ(f->count(QStringLiteral("package_purchases")), 2);
}

TEST_F(BillingRunTest, GroupLessonBillsEachAttendeeToTheirPayer)
{
    const Id otherPayer = f->payer(QStringLiteral("Chen Jing"), QStringLiteral("zh_CN"));
    const Id otherLearner = f->learner(QStringLiteral("Chen Xiaoming"), otherPayer);
    const Id otherEnrollment = f->enrollment(otherLearner, mentor);
    f->plan(enrollment, QDate(2026, 3, 1), hourly(6000), vat);
    f->plan(otherEnrollment, QDate(2026, 3, 1), hourly(6000), vat);
    f->lesson({enrollment, otherEnrollment}, QDate(2026, 3, 4), 60);
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 2);
    EXPECT_EQ(r.drafts[0].taxes.linesTotal, 6000);
    EXPECT_EQ(r.drafts[1].taxes.linesTotal, 6000);
    const auto zh = std::find_if(r.drafts.cbegin(), r.drafts.cend(),
                                 [](const DraftInvoice& d) { return d.language == QStringLiteral("zh_CN"); });
    ASSERT_NE(zh, r.drafts.cend());
    EXPECT_EQ(zh->lines.first().description, QString::fromUtf8("课程 2026-03-04"));
}

TEST_F(BillingRunTest, LearnerWithoutPayerIsReportedNotBilled)
{
    const Id orphan = f->learner(QStringLiteral("No Payer"), {});
    const Id e = f->enrollment(orphan, mentor);
    f->plan(e, QDate(2026, 3, 1), hourly(6000));
    f->lesson(e, QDate(2026, 3, 4), 60);
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    EXPECT_TRUE(r.drafts.isEmpty());
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings.first().contains(QStringLiteral("No Payer")));
}

TEST_F(BillingRunTest, PayerDiscountIsItsOwnLine)
{
    f->plan(enrollment, QDate(2026, 3, 1), hourly(10000), vat);
    f->lesson(enrollment, QDate(2026, 3, 2), 60);
    auto d = PlanService(db(), clock()).addDiscount(payer, {}, QStringLiteral("Family"), true, 1000);
    ASSERT_TRUE(d.has_value()) << d.error().message.toStdString();
    const BillingRunResult r = run(QStringLiteral("2026-03"));
    ASSERT_EQ(r.drafts.size(), 1);
    EXPECT_EQ(amounts(r.drafts.first()), (QList<qint64>{10000, -1000}));
    EXPECT_EQ(r.drafts.first().lines.last().description, QStringLiteral("Discount: Family"));
    EXPECT_EQ(r.drafts.first().taxes.grandTotal, 10710); // 90.00 + 19 %
}

TEST_F(BillingRunTest, ProjectMilestonesAndModulesAreBilledOnce)
{
    ProjectPlan project;
    project.priceMinor = 300000;
    project.milestones = {{QStringLiteral("m1"), QStringLiteral("Design"), 0, 4000, QDate()},
                          {QStringLiteral("m2"), QStringLiteral("Build"), 0, 6000, QDate(2026, 4, 30)}};
    const Id planId = f->plan(enrollment, QDate(2026, 3, 1), project);
    ASSERT_TRUE(PlanService(db(), clock()).markMilestoneReached(planId, QStringLiteral("m1"), QDate(2026, 3, 15)));
    EXPECT_EQ(amounts(run(QStringLiteral("2026-03")).drafts.value(0)), (QList<qint64>{120000}));
    EXPECT_EQ(amounts(run(QStringLiteral("2026-04")).drafts.value(0)), (QList<qint64>{180000}));
    EXPECT_TRUE(run(QStringLiteral("2026-05")).drafts.isEmpty());
}

} // namespace mentordesk::test
