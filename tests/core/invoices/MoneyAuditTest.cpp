// SPDX-License-Identifier: GPL-3.0-or-later
// Every change to money records writes exactly one audit entry in its own transaction, and a refused
// change writes none (docs/security.md "Audit of money").
#include "BillingFixture.h"
#include "TestStudio.h"
#include "billing/BillingRun.h"
#include "billing/PlanService.h"
#include "invoices/CreditNoteService.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentService.h"
#include "security/AuditLog.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mentordesk::test {

class MoneyAuditTest : public StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        f = std::make_unique<BillingFixture>(db(), clock());
        payer = f->payer(QStringLiteral("Anna Schmidt"));
        mentor = f->mentor(QStringLiteral("Alice Tan"));
        learner = f->learner(QStringLiteral("Ben Schmidt"), payer);
        enrollment = f->enrollment(learner, mentor);
    }

    /// Audit entries with `action`.
    qint64 entries(const QString& action)
    {
        auto s = db().prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        EXPECT_TRUE(s.has_value());
        s->bind(action);
        EXPECT_TRUE(s->exec().has_value());
        return s->next() ? s->integer(0) : -1;
    }

    qint64 allEntries()
    {
        auto s = db().prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
        EXPECT_TRUE(s.has_value() && s->exec().has_value());
        return s->next() ? s->integer(0) : -1;
    }

    QJsonObject lastDetails()
    {
        auto s = db().prepare(QStringLiteral("SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1"));
        EXPECT_TRUE(s.has_value() && s->exec().has_value());
        return s->next() ? QJsonDocument::fromJson(s->text(0).toUtf8()).object() : QJsonObject{};
    }

    PlanInput hourly(const QDate& from, qint64 rate = 10000)
    {
        HourlyPlan h;
        h.rateMinor = rate;
        PlanInput in;
        in.effectiveFrom = from;
        in.label = QStringLiteral("Ben's hourly");
        in.terms = h;
        return in;
    }

    Invoice issueJanuary()
    {
        EXPECT_TRUE(PlanService(db(), clock()).setPlan(enrollment, hourly(QDate(2026, 1, 1))).has_value());
        f->lesson(enrollment, QDate(2026, 1, 5), 60);
        EXPECT_TRUE(BillingRun(db(), clock()).run(QStringLiteral("2026-01")).has_value());
        auto issued = InvoiceService(db(), clock()).issuePeriod(QStringLiteral("2026-01"), QDate(2026, 2, 1));
        EXPECT_TRUE(issued.has_value());
        return issued && !issued->isEmpty() ? issued->first() : Invoice{};
    }

    std::unique_ptr<BillingFixture> f;
    Id payer, mentor, learner, enrollment;
};

TEST_F(MoneyAuditTest, SettingAPlanWritesOneEntryWithoutItsLabel)
{
    auto plan = PlanService(db(), clock()).setPlan(enrollment, hourly(QDate(2026, 1, 1)));
    MD_ASSERT_OK(plan);
    EXPECT_EQ(entries(QStringLiteral("plan.set")), 1);
    EXPECT_EQ(allEntries(), 1);
    const QJsonObject d = lastDetails();
    EXPECT_EQ(d.value(QStringLiteral("enrollment_id")).toString(), enrollment);
    EXPECT_EQ(d.value(QStringLiteral("kind")).toString(), QStringLiteral("hourly"));
    EXPECT_FALSE(QJsonDocument(d).toJson().contains("Ben")); // labels are free text: never in the log
}

TEST_F(MoneyAuditTest, ARefusedPlanWritesNothing)
{
    auto bad = PlanService(db(), clock()).setPlan(enrollment, hourly(QDate()));
    ASSERT_FALSE(bad.has_value());
    auto unknown = PlanService(db(), clock()).setPlan(QStringLiteral("nope"), hourly(QDate(2026, 1, 1)));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(allEntries(), 0);
}

TEST_F(MoneyAuditTest, OfferRemoveDiscountAndPackageAreAudited)
{
    PlanService plans(db(), clock());
    auto offered = plans.offerPlan(hourly(QDate(2026, 1, 1)));
    MD_ASSERT_OK(offered);
    EXPECT_EQ(entries(QStringLiteral("plan.offer")), 1);
    MD_ASSERT_OK(plans.removePlan(offered->meta.id));
    EXPECT_EQ(entries(QStringLiteral("plan.remove")), 1);
    MD_ASSERT_OK(plans.addDiscount(payer, {}, QStringLiteral("Sibling"), true, 1000));
    EXPECT_EQ(entries(QStringLiteral("plan.discount")), 1);
    EXPECT_FALSE(plans.addDiscount(payer, {}, QStringLiteral("Too much"), true, 20000).has_value());
    EXPECT_FALSE(plans.removePlan(QStringLiteral("nope")).has_value());
    EXPECT_EQ(allEntries(), 3);

    PackagePlan pack;
    pack.minutes = 600;
    pack.priceMinor = 50000;
    PlanInput in;
    in.effectiveFrom = QDate(2026, 1, 1);
    in.terms = pack;
    MD_ASSERT_OK(plans.setPlan(enrollment, in));
    MD_ASSERT_OK(plans.buyPackage(enrollment, QDate(2026, 1, 2)));
    EXPECT_EQ(entries(QStringLiteral("plan.package")), 1);
    EXPECT_EQ(lastDetails().value(QStringLiteral("price_minor")).toInteger(), 50000);
    EXPECT_FALSE(plans.buyPackage(enrollment, QDate(2025, 1, 2)).has_value());
    EXPECT_EQ(allEntries(), 5);
}

TEST_F(MoneyAuditTest, IssuingWritesOneEntryPerInvoice)
{
    const Invoice jan = issueJanuary();
    EXPECT_EQ(entries(QStringLiteral("invoice.issue")), 1);
    const QJsonObject d = lastDetails();
    EXPECT_EQ(d.value(QStringLiteral("number")).toString(), jan.numberText);
    EXPECT_EQ(d.value(QStringLiteral("grand_total")).toInteger(), jan.grandTotal);
    EXPECT_FALSE(QJsonDocument(d).toJson().contains("Schmidt"));
    const qint64 before = allEntries();
    EXPECT_FALSE(InvoiceService(db(), clock()).issue(jan.meta.id).has_value()); // already issued
    EXPECT_FALSE(InvoiceService(db(), clock()).issuePeriod(QStringLiteral("2026-05")).has_value());
    EXPECT_EQ(allEntries(), before);
}

TEST_F(MoneyAuditTest, PaymentsWriteOneEntryAndRefusedOnesNone)
{
    const Invoice jan = issueJanuary();
    const qint64 before = allEntries();
    PaymentService payments(db(), clock());
    MD_ASSERT_OK(
        payments.record(jan.meta.id, {QDate(2026, 2, 2), 500, QStringLiteral("cash"), QStringLiteral("Anna")}));
    EXPECT_EQ(entries(QStringLiteral("payment.record")), 1);
    EXPECT_EQ(lastDetails().value(QStringLiteral("amount_minor")).toInteger(), 500);
    EXPECT_FALSE(QJsonDocument(lastDetails()).toJson().contains("Anna")); // the reference stays out
    EXPECT_FALSE(payments.record(jan.meta.id, {QDate(2026, 2, 2), 0, QStringLiteral("cash"), {}}).has_value());
    EXPECT_FALSE(payments.record(jan.meta.id, {QDate(2026, 2, 2), 5, QStringLiteral("gold"), {}}).has_value());
    EXPECT_FALSE(
        payments.record(QStringLiteral("INV-9999"), {QDate(2026, 2, 2), 5, QStringLiteral("cash"), {}}).has_value());
    EXPECT_EQ(allEntries(), before + 1);
}

TEST_F(MoneyAuditTest, CreditNotesWriteOneEntryAndRefusedOnesNone)
{
    const Invoice jan = issueJanuary();
    const qint64 before = allEntries();
    auto note =
        CreditNoteService(db(), clock()).credit(jan.numberText, {{}, QDate(2026, 2, 10), QStringLiteral("Wrong")});
    MD_ASSERT_OK(note);
    EXPECT_EQ(entries(QStringLiteral("invoice.credit")), 1);
    EXPECT_EQ(lastDetails().value(QStringLiteral("credits")).toString(), jan.numberText);
    EXPECT_EQ(lastDetails().value(QStringLiteral("grand_total")).toInteger(), -jan.grandTotal);
    EXPECT_FALSE(CreditNoteService(db(), clock()).credit(jan.numberText, {}).has_value()); // fully credited
    EXPECT_EQ(allEntries(), before + 1);
}

TEST_F(MoneyAuditTest, TheChainVerifiesAfterABillingHistoryAndNamesTheActor)
{
    Actor desk;
    desk.username = QStringLiteral("desk");
    desk.role = Role::FrontDesk;
    const Invoice jan = issueJanuary();
    MD_ASSERT_OK(
        PaymentService(db(), clock(), desk).record(jan.meta.id, {QDate(2026, 2, 2), 100, QStringLiteral("cash"), {}}));
    auto actor = db().prepare(QStringLiteral("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1"));
    ASSERT_TRUE(actor && actor->exec() && actor->next());
    EXPECT_EQ(actor->text(0), QStringLiteral("desk"));
    auto verified = AuditLog(db(), clock()).verify();
    MD_ASSERT_OK(verified);
    EXPECT_TRUE(verified->intact());
    EXPECT_EQ(verified->entries, 3); // plan.set, invoice.issue, payment.record
}

} // namespace mentordesk::test
