// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/InvoiceService.h"

#include "BillingFixture.h"
#include "TestStudio.h"
#include "billing/BillingRun.h"
#include "billing/BillingSettingsService.h"
#include "invoices/CreditNoteService.h"
#include "invoices/PaymentService.h"
#include "invoices/ReceivablesService.h"
#include "storage/Statement.h"

namespace mentordesk::test {

namespace {
InvoiceFilter draftsOfJanuary()
{
    InvoiceFilter f;
    f.period = QStringLiteral("2026-01");
    return f;
}
} // namespace

class InvoiceServiceTest : public StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        f = std::make_unique<BillingFixture>(db(), clock());
        vat = f->taxRate(QStringLiteral("VAT 19 %"), 1900);
        reduced = f->taxRate(QStringLiteral("VAT 7 %"), 700);
        payer = f->payer(QStringLiteral("Anna Schmidt"));
        mentor = f->mentor(QStringLiteral("Alice Tan"));
        learner = f->learner(QStringLiteral("Ben Schmidt"), payer);
        enrollment = f->enrollment(learner, mentor);
        HourlyPlan h;
        h.rateMinor = 10000;
        f->plan(enrollment, QDate(2026, 1, 1), h, vat);
    }

    /// Bills `month` ("2026-MM") with `lessons` one-hour lessons and issues it on the 1st of the next month.
    Invoice billAndIssue(int month, int lessons = 1)
    {
        for (int i = 0; i < lessons; ++i) {
            f->lesson(enrollment, QDate(2026, month, 2 + i), 60);
        }
        const QString period = QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'));
        EXPECT_TRUE(BillingRun(db(), clock()).run(period).has_value());
        auto issued = InvoiceService(db(), clock()).issuePeriod(period, QDate(2026, month, 1).addMonths(1));
        EXPECT_TRUE(issued.has_value()) << issued.error().message.toStdString();
        return issued && !issued->isEmpty() ? issued->first() : Invoice{};
    }

    Invoice reload(const Invoice& i)
    {
        auto d = InvoiceService(db(), clock()).get(i.meta.id);
        EXPECT_TRUE(d.has_value());
        return d ? d->invoice : Invoice{};
    }

    std::unique_ptr<BillingFixture> f;
    Id vat, reduced, payer, mentor, learner, enrollment;
};

TEST_F(InvoiceServiceTest, IssueNumbersSequentiallyAndSetsTheDueDate)
{
    const Invoice jan = billAndIssue(1);
    const Invoice feb = billAndIssue(2);
    EXPECT_EQ(jan.numberText, QStringLiteral("INV-0001"));
    EXPECT_EQ(feb.numberText, QStringLiteral("INV-0002"));
    EXPECT_EQ(jan.issueDate, QDate(2026, 2, 1));
    EXPECT_EQ(jan.dueDate, QDate(2026, 2, 15)); // 14 days' terms
    EXPECT_EQ(jan.payerName, QStringLiteral("Anna Schmidt"));
    EXPECT_EQ(jan.grandTotal, 11900);
    EXPECT_EQ(jan.status, InvoiceStatus::Issued); // the clock says 2026-01-15: not due yet
}

TEST_F(InvoiceServiceTest, IssuingTwiceIsRefused)
{
    const Invoice jan = billAndIssue(1);
    auto again = InvoiceService(db(), clock()).issue(jan.meta.id);
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
}

TEST_F(InvoiceServiceTest, AFailedIssueLeavesNoGap)
{
    f->lesson(enrollment, QDate(2026, 1, 5), 60);
    ASSERT_TRUE(BillingRun(db(), clock()).run(QStringLiteral("2026-01")).has_value());
    auto drafts = InvoiceService(db(), clock()).list(draftsOfJanuary());
    ASSERT_TRUE(drafts.has_value());
    ASSERT_EQ(drafts->items.size(), 1);
    // Inject a failure after the number was taken: applying payer credit writes a payment.
    f->exec(QStringLiteral("CREATE TEMP TRIGGER fail_payment BEFORE INSERT ON payments BEGIN SELECT RAISE(ABORT, "
                           "'injected'); END"));
    f->exec(QStringLiteral("INSERT INTO payer_credits (id, created_at, updated_at, updated_by, payer_id, entry_date, "
                           "amount_minor, kind) VALUES ('c1', 'x', 'x', 't', ?, '2026-01-01', 500, 'overpayment')"),
            {payer});
    auto failed = InvoiceService(db(), clock()).issue(drafts->items.first().meta.id, QDate(2026, 2, 1));
    ASSERT_FALSE(failed.has_value());
    f->exec(QStringLiteral("DROP TRIGGER fail_payment"));
    auto ok = InvoiceService(db(), clock()).issue(drafts->items.first().meta.id, QDate(2026, 2, 1));
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->numberText, QStringLiteral("INV-0001"));
    EXPECT_EQ(ok->paidMinor, 500); // the payer's credit was applied
}

TEST_F(InvoiceServiceTest, DatabaseRefusesChangesToIssuedInvoices)
{
    const Invoice jan = billAndIssue(1);
    ASSERT_TRUE(
        PaymentService(db(), clock()).record(jan.meta.id, {QDate(2026, 2, 2), 100, QStringLiteral("cash"), {}}));
    auto s = db().prepare(QStringLiteral("UPDATE invoices SET grand_total = 1 WHERE id = ?"));
    ASSERT_TRUE(s.has_value());
    s->bind(jan.meta.id);
    EXPECT_FALSE(s->exec().has_value());
    for (const QString& sql : {QStringLiteral("DELETE FROM invoices WHERE id = ?"),
                               QStringLiteral("UPDATE invoice_lines SET amount_minor = 1 WHERE invoice_id = ?"),
                               QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"),
                               QStringLiteral("UPDATE invoice_taxes SET tax = 0 WHERE invoice_id = ?"),
                               QStringLiteral("UPDATE payments SET amount_minor = 1 WHERE invoice_id = ?"),
                               QStringLiteral("DELETE FROM payments WHERE invoice_id = ?")}) {
        auto q = db().prepare(sql);
        ASSERT_TRUE(q.has_value());
        q->bind(jan.meta.id);
        EXPECT_FALSE(q->exec().has_value()) << sql.toStdString();
    }
    EXPECT_EQ(reload(jan).grandTotal, 11900);
}

TEST_F(InvoiceServiceTest, PartialFullAndOverPayments)
{
    const Invoice jan = billAndIssue(1); // 119.00
    PaymentService payments(db(), clock());
    auto part = payments.record(jan.numberText, {QDate(2026, 2, 3), 5000, QStringLiteral("cash"), QString()});
    ASSERT_TRUE(part.has_value()) << part.error().message.toStdString();
    EXPECT_EQ(part->invoice.status, InvoiceStatus::PartlyPaid);
    EXPECT_EQ(part->invoice.balanceMinor(), 6900);
    auto over = payments.record(jan.numberText,
                                {QDate(2026, 2, 4), 10000, QStringLiteral("bank_transfer"), QStringLiteral("REF-1")});
    ASSERT_TRUE(over.has_value());
    EXPECT_EQ(over->toCreditMinor, 3100);
    EXPECT_EQ(over->invoice.status, InvoiceStatus::Paid);
    auto balance = ReceivablesService(db(), clock()).balance(payer, QDate(2026, 2, 5));
    ASSERT_TRUE(balance.has_value());
    EXPECT_EQ(balance->creditMinor, 3100);
    EXPECT_EQ(balance->netMinor(), -3100);
    // The credit goes to the next invoice when it is issued.
    const Invoice feb = billAndIssue(2);
    EXPECT_EQ(feb.paidMinor, 3100);
    EXPECT_EQ(feb.balanceMinor(), 8800);
    EXPECT_EQ(ReceivablesService(db(), clock()).balance(payer, QDate(2026, 3, 2))->creditMinor, 0);
}

TEST_F(InvoiceServiceTest, BadPaymentsAreRefusedAndNothingIsWritten)
{
    const Invoice jan = billAndIssue(1);
    PaymentService payments(db(), clock());
    auto zero = payments.record(jan.meta.id, {QDate(2026, 2, 3), 0, QStringLiteral("cash"), QString()});
    ASSERT_FALSE(zero.has_value());
    EXPECT_EQ(zero.error().field, QStringLiteral("amount"));
    auto method = payments.record(jan.meta.id, {QDate(2026, 2, 3), 100, QStringLiteral("bitcoin"), QString()});
    ASSERT_FALSE(method.has_value());
    EXPECT_EQ(method.error().field, QStringLiteral("method"));
    EXPECT_EQ(f->count(QStringLiteral("payments")), 0);
}

TEST_F(InvoiceServiceTest, FullCreditVoidsAndReleasesTheSources)
{
    const Invoice jan = billAndIssue(1, 2);
    auto note =
        CreditNoteService(db(), clock()).credit(jan.numberText, {{}, QDate(2026, 2, 10), QStringLiteral("Wrong rate")});
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->invoice.kind, InvoiceKind::CreditNote);
    EXPECT_EQ(note->invoice.numberText, QStringLiteral("CN-0001"));
    EXPECT_EQ(note->invoice.grandTotal, -23800);
    EXPECT_EQ(note->lines.size(), 2);
    EXPECT_EQ(note->lines.first().description, QStringLiteral("Credit: Lesson 2026-01-02"));
    EXPECT_EQ(reload(jan).status, InvoiceStatus::Credited);
    // The lessons are free again: a corrected run bills them on a new draft.
    auto rerun = BillingRun(db(), clock()).run(QStringLiteral("2026-01"));
    ASSERT_TRUE(rerun.has_value());
    ASSERT_EQ(rerun->drafts.size(), 1);
    EXPECT_EQ(rerun->drafts.first().taxes.grandTotal, 23800);
    auto again = CreditNoteService(db(), clock()).credit(jan.numberText, {});
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
}

TEST_F(InvoiceServiceTest, PartialCreditAfterPaymentBecomesPayerCredit)
{
    const Invoice jan = billAndIssue(1, 2); // 2 × 100.00 + 19 % = 238.00
    ASSERT_TRUE(
        PaymentService(db(), clock()).record(jan.meta.id, {QDate(2026, 2, 2), 23800, QStringLiteral("card"), {}}));
    auto detail = InvoiceService(db(), clock()).get(jan.meta.id);
    ASSERT_TRUE(detail.has_value());
    CreditRequest request;
    request.lines = {{detail->lines.first().meta.id, 5000}};
    request.reason = QStringLiteral("Lesson ended early");
    auto note = CreditNoteService(db(), clock()).credit(jan.meta.id, request);
    ASSERT_TRUE(note.has_value()) << note.error().message.toStdString();
    EXPECT_EQ(note->invoice.grandTotal, -5950);
    const Invoice after = reload(jan);
    EXPECT_EQ(after.creditedMinor, 5950);
    EXPECT_EQ(after.status, InvoiceStatus::Paid);
    EXPECT_EQ(ReceivablesService(db(), clock()).balance(payer, QDate(2026, 2, 20))->creditMinor, 5950);
    // Crediting more than what is left on the line is refused, naming the field.
    request.lines = {{detail->lines.first().meta.id, 6000}};
    auto tooMuch = CreditNoteService(db(), clock()).credit(jan.meta.id, request);
    ASSERT_FALSE(tooMuch.has_value());
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("lines[0].amount"));
    // A full credit now takes exactly the rest, per tax rate.
    auto rest = CreditNoteService(db(), clock()).credit(jan.meta.id, {});
    ASSERT_TRUE(rest.has_value());
    EXPECT_EQ(rest->invoice.grandTotal, -(23800 - 5950));
    EXPECT_EQ(reload(jan).status, InvoiceStatus::Credited);
}

TEST_F(InvoiceServiceTest, AgingBucketsAndRemindersInThePayersLanguage)
{
    const Invoice jan = billAndIssue(1); // due 2026-02-15
    f->exec(QStringLiteral("UPDATE payers SET invoice_language = 'zh_CN' WHERE id = ?"), {payer});
    auto aging = ReceivablesService(db(), clock()).aging(QDate(2026, 4, 1)); // 45 days past due
    ASSERT_TRUE(aging.has_value());
    ASSERT_EQ(aging->rows.size(), 1);
    EXPECT_EQ(aging->rows.first().buckets[2], 11900);
    EXPECT_EQ(aging->totals.total(), 11900);
    auto current = ReceivablesService(db(), clock()).aging(QDate(2026, 2, 10));
    ASSERT_TRUE(current.has_value());
    EXPECT_EQ(current->totals.buckets[0], 11900);
    auto overdue = ReceivablesService(db(), clock()).overdue(QDate(2026, 4, 1));
    ASSERT_TRUE(overdue.has_value());
    ASSERT_EQ(overdue->size(), 1);
    EXPECT_EQ(overdue->first().daysOverdue, 45);
    // The invoice was issued in English; its reminder follows the invoice's language.
    EXPECT_TRUE(overdue->first().reminderBody.contains(QStringLiteral("EUR 119.00")))
        << overdue->first().reminderBody.toStdString();
    EXPECT_TRUE(overdue->first().reminderSubject.contains(jan.numberText));
}

TEST_F(InvoiceServiceTest, SeveralTaxRatesAreSummedPerRate)
{
    const Id other = f->enrollment(learner, mentor);
    HourlyPlan h;
    h.rateMinor = 3333;
    f->plan(other, QDate(2026, 1, 1), h, reduced);
    f->lesson(other, QDate(2026, 1, 7), 60);
    f->lesson(other, QDate(2026, 1, 8), 60);
    const Invoice jan = billAndIssue(1); // 100.00 at 19 % + 2 × 33.33 at 7 %
    auto d = InvoiceService(db(), clock()).get(jan.meta.id);
    ASSERT_TRUE(d.has_value());
    ASSERT_EQ(d->taxes.size(), 2);
    EXPECT_EQ(d->taxes[0].tax, 1900);
    EXPECT_EQ(d->taxes[1].linesSubtotal, 6666);
    EXPECT_EQ(d->taxes[1].tax, 467); // 66.66 × 7 % = 4.6662 → 4.67
    EXPECT_EQ(jan.grandTotal, 10000 + 1900 + 6666 + 467);
}

} // namespace mentordesk::test
