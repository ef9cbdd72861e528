// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingTestSupport.h"
#include "UiTestSupport.h"
#include "billing/CreditNoteDialog.h"
#include "billing/InvoiceActions.h"
#include "billing/IssueDraftsDialog.h"
#include "shell/StudioSession.h"

#include <QLineEdit>
#include <QProgressBar>
#include <QTableWidget>

using namespace mentordesk;

class CreditAndIssueTest : public test::UiStudioTest
{
protected:
    InvoiceDetail load(const Id& id)
    {
        auto d = test::loadInvoice(session(), id);
        EXPECT_TRUE(d);
        return d ? *d : InvoiceDetail{};
    }
};

TEST_F(CreditAndIssueTest, CreditsPartOfOneLine)
{
    const Invoice paid = test::firstInvoiceWith(session(), InvoiceStatus::Overdue);
    ASSERT_FALSE(paid.meta.id.isEmpty());
    const InvoiceDetail before = load(paid.meta.id);
    InvoiceActions actions(session());
    CreditNoteDialog dialog(actions, before, session().format());
    ASSERT_GE(dialog.linesTable()->rowCount(), 1);
    dialog.chooseLine(0, QStringLiteral("1.00"));
    if (const QString dir = qEnvironmentVariable("MENTORDESK_SHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        dialog.grab().save(dir + QStringLiteral("/credit-note-dialog.png"));
    }
    dialog.reasonEdit()->setText(QStringLiteral("Lesson shortened"));
    ASSERT_TRUE(dialog.save()) << dialog.errorText().toStdString();
    ASSERT_TRUE(dialog.creditNote());
    ASSERT_EQ(dialog.creditNote()->lines.size(), 1);
    EXPECT_EQ(dialog.creditNote()->lines.first().amountMinor, -100);
    const InvoiceDetail after = load(paid.meta.id);
    EXPECT_NE(after.invoice.status, InvoiceStatus::Credited);
    EXPECT_EQ(after.creditNotes.size(), before.creditNotes.size() + 1);
}

TEST_F(CreditAndIssueTest, RefusesMoreThanTheLineAndNoLinesWritingNothing)
{
    const Invoice open = test::firstInvoiceWith(session(), InvoiceStatus::Overdue);
    const InvoiceDetail before = load(open.meta.id);
    InvoiceActions actions(session());
    CreditNoteDialog dialog(actions, before, session().format());
    dialog.reasonEdit()->setText(QStringLiteral("Too much"));
    dialog.setFullCredit(false);
    EXPECT_FALSE(dialog.save()); // nothing ticked
    EXPECT_FALSE(dialog.errorText().isEmpty());
    dialog.chooseLine(0, QStringLiteral("99999999"));
    EXPECT_FALSE(dialog.save()); // beyond what the line has left (the core's "lines[0].amount")
    EXPECT_EQ(dialog.linesTable()->currentRow(), 0);
    dialog.chooseLine(0, QStringLiteral("1.234"));
    EXPECT_FALSE(dialog.save()); // too many decimals
    EXPECT_EQ(load(open.meta.id).creditNotes.size(), before.creditNotes.size());
}

TEST_F(CreditAndIssueTest, IssuesEveryDraftOfAMonthWithProgress)
{
    InvoiceActions actions(session());
    auto run = actions.runBilling(QStringLiteral("2026-10"), false);
    ASSERT_TRUE(run) << run.error().message.toStdString();
    ASSERT_FALSE(run->drafts.isEmpty());
    IssueDraftsDialog dialog(session(), actions);
    ASSERT_TRUE(dialog.setPeriod(QStringLiteral("2026-10")));
    EXPECT_EQ(dialog.draftCount(), run->drafts.size());
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("2026-10")));
    if (const QString dir = qEnvironmentVariable("MENTORDESK_SHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        dialog.grab().save(dir + QStringLiteral("/issue-drafts-dialog.png"));
    }
    ASSERT_TRUE(dialog.issueAll()) << dialog.errorText().toStdString();
    EXPECT_EQ(dialog.issued().size(), run->drafts.size());
    EXPECT_EQ(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    InvoiceFilter drafts;
    drafts.status = InvoiceStatus::Draft;
    drafts.period = QStringLiteral("2026-10");
    EXPECT_TRUE(test::storedInvoices(session(), drafts).isEmpty());
    // Numbers follow one another without gaps.
    for (qsizetype i = 1; i < dialog.issued().size(); ++i) {
        EXPECT_EQ(*dialog.issued().at(i).number, *dialog.issued().at(i - 1).number + 1);
    }
}

TEST_F(CreditAndIssueTest, OffersNothingWhenThereAreNoDrafts)
{
    InvoiceFilter drafts;
    drafts.status = InvoiceStatus::Draft;
    InvoiceActions actions(session());
    IssueDraftsDialog dialog(session(), actions);
    if (test::storedInvoices(session(), drafts).isEmpty()) {
        EXPECT_EQ(dialog.draftCount(), 0);
        EXPECT_FALSE(dialog.issueAll());
    }
    EXPECT_FALSE(dialog.setPeriod(QStringLiteral("1999-01")));
}
