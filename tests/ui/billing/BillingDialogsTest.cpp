// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "billing/BillingRunDialog.h"
#include "billing/CreditNoteDialog.h"
#include "billing/InvoiceActions.h"
#include "billing/PaymentDialog.h"
#include "invoices/InvoiceService.h"
#include "money/Money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTreeWidget>

using namespace mentordesk;

class BillingDialogsTest : public test::UiStudioTest
{
protected:
    Invoice firstWith(InvoiceStatus status)
    {
        InvoiceFilter filter;
        filter.status = status;
        filter.kind = InvoiceKind::Invoice;
        auto page = InvoiceService(session().db(), session().clock()).list(filter, {0, 10000});
        EXPECT_TRUE(page);
        return page && !page->items.isEmpty() ? page->items.first() : Invoice{};
    }
    InvoiceDetail load(const Id& id)
    {
        auto d = InvoiceService(session().db(), session().clock()).get(id);
        EXPECT_TRUE(d) << d.error().message.toStdString();
        return d ? *d : InvoiceDetail{};
    }
};

TEST_F(BillingDialogsTest, PaymentDialogProposesTheBalanceAndRecordsAPartialPayment)
{
    const Invoice open = firstWith(InvoiceStatus::Overdue);
    ASSERT_FALSE(open.meta.id.isEmpty());
    ASSERT_GT(open.balanceMinor(), 100);
    InvoiceActions actions(session());
    PaymentDialog dialog(session(), actions, open);
    EXPECT_EQ(dialog.amountEdit()->text(), Money(open.balanceMinor(), session().format().currency()).toPlainString());
    EXPECT_EQ(dialog.methodCombo()->currentData().toString(), QStringLiteral("bank_transfer"));
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(2026, 11, 20));
    dialog.amountEdit()->setText(QStringLiteral("1.00"));
    dialog.referenceEdit()->setText(QStringLiteral("TRX-1"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.outcome());
    EXPECT_EQ(dialog.outcome()->invoice.balanceMinor(), open.balanceMinor() - 100);
    EXPECT_EQ(load(open.meta.id).invoice.balanceMinor(), open.balanceMinor() - 100);
}

TEST_F(BillingDialogsTest, PaymentDialogRefusesBadAmountsAndWritesNothing)
{
    const Invoice open = firstWith(InvoiceStatus::Overdue);
    ASSERT_FALSE(open.meta.id.isEmpty());
    const qsizetype payments = load(open.meta.id).payments.size();
    InvoiceActions actions(session());
    PaymentDialog dialog(session(), actions, open);
    for (const QString& bad :
         {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("1.234")}) {
        dialog.amountEdit()->setText(bad);
        EXPECT_FALSE(dialog.save()) << bad.toStdString();
        EXPECT_FALSE(dialog.errorText().isEmpty()) << bad.toStdString();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
    }
    EXPECT_FALSE(dialog.outcome());
    EXPECT_EQ(load(open.meta.id).payments.size(), payments);
}

TEST_F(BillingDialogsTest, CreditNoteDialogCreditsTheInvoiceInFull)
{
    const Invoice open = firstWith(InvoiceStatus::Overdue);
    ASSERT_FALSE(open.meta.id.isEmpty());
    InvoiceActions actions(session());
    CreditNoteDialog dialog(actions, load(open.meta.id), session().format());
    dialog.reasonEdit()->setText(QStringLiteral("Lessons billed twice"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.creditNote());
    EXPECT_EQ(dialog.creditNote()->invoice.kind, InvoiceKind::CreditNote);
    EXPECT_EQ(dialog.creditNote()->invoice.grandTotal, -open.grandTotal);
    const InvoiceDetail after = load(open.meta.id);
    EXPECT_EQ(after.invoice.status, InvoiceStatus::Credited);
    EXPECT_EQ(after.invoice.balanceMinor(), 0);

    CreditNoteDialog again(actions, after, session().format());
    EXPECT_FALSE(again.save()) << "a fully credited invoice cannot be credited again";
    EXPECT_FALSE(again.errorText().isEmpty());
    EXPECT_FALSE(again.creditNote());
}

TEST_F(BillingDialogsTest, CreditNoteDialogRefusesAnOverlongReason)
{
    const Invoice open = firstWith(InvoiceStatus::Overdue);
    ASSERT_FALSE(open.meta.id.isEmpty());
    InvoiceActions actions(session());
    CreditNoteDialog dialog(actions, load(open.meta.id), session().format());
    dialog.reasonEdit()->setMaxLength(10000);
    dialog.reasonEdit()->setText(QString(600, u'x'));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(load(open.meta.id).invoice.status, InvoiceStatus::Overdue);
}

TEST_F(BillingDialogsTest, BillingRunDialogPreviewsThenCreatesDrafts)
{
    InvoiceActions actions(session());
    BillingRunDialog dialog(session(), actions);
    EXPECT_EQ(dialog.period(), QStringLiteral("2026-10")) << "the last complete month by default";
    dialog.setPeriod(QStringLiteral("2026-11"));
    EXPECT_EQ(dialog.period(), QStringLiteral("2026-11"));
    ASSERT_TRUE(dialog.preview()) << dialog.summaryText().toStdString();
    ASSERT_TRUE(dialog.runResult());
    EXPECT_TRUE(dialog.runResult()->dryRun);
    EXPECT_EQ(dialog.draftTree()->topLevelItemCount(), dialog.runResult()->drafts.size());
    EXPECT_GT(dialog.draftTree()->topLevelItemCount(), 0);
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Preview")));
    InvoiceFilter drafts;
    drafts.status = InvoiceStatus::Draft;
    EXPECT_EQ(InvoiceService(session().db(), session().clock()).list(drafts)->total, 0) << "a preview stores nothing";
    const qsizetype expected = dialog.runResult()->drafts.size();
    ASSERT_TRUE(dialog.runBilling()) << dialog.summaryText().toStdString();
    EXPECT_FALSE(dialog.runResult()->dryRun);
    EXPECT_EQ(InvoiceService(session().db(), session().clock()).list(drafts)->total, expected);
}

TEST_F(BillingDialogsTest, BillingRunDialogReportsABadPeriod)
{
    InvoiceActions actions(session());
    BillingRunDialog dialog(session(), actions);
    dialog.setPeriod(QStringLiteral("2026-13"));
    EXPECT_FALSE(dialog.preview());
    EXPECT_FALSE(dialog.summaryText().isEmpty());
    EXPECT_EQ(dialog.draftTree()->topLevelItemCount(), 0);
    EXPECT_FALSE(dialog.runBilling());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}
