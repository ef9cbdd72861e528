// SPDX-License-Identifier: GPL-3.0-or-later
// The billing dialogs' part of DialogTabOrderTest (own file: the billing and progress headers clash).
#include "UiTestSupport.h"
#include "billing/BillingExportDialog.h"
#include "billing/BillingRunDialog.h"
#include "billing/BillingSettingsPanel.h"
#include "billing/BuyPackageDialog.h"
#include "billing/CreditNoteDialog.h"
#include "billing/InvoiceActions.h"
#include "billing/IssueDraftsDialog.h"
#include "billing/MilestoneReachedDialog.h"
#include "billing/ModuleStartedDialog.h"
#include "billing/PayerDiscountDialog.h"
#include "billing/PaymentDialog.h"
#include "billing/PlanEditorDialog.h"
#include "billing/QuoteDialog.h"
#include "invoices/InvoiceService.h"
#include "shell/TabOrder.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCheckBox>

using namespace mentordesk;

namespace {

class BillingDialogTabOrderTest : public test::UiStudioTest
{
protected:
    static void expectKeyboard(QWidget* root, const char* name)
    {
        const QStringList problems = test::tabOrderProblems(root);
        EXPECT_TRUE(problems.isEmpty()) << name << " has a wrong tab order:\n  "
                                        << problems.join(QStringLiteral("\n  ")).toStdString();
        const QStringList clashes = test::mnemonicClashes(root);
        EXPECT_TRUE(clashes.isEmpty()) << name << " has clashing mnemonics:\n  "
                                       << clashes.join(QStringLiteral("\n  ")).toStdString();
        root->hide();
    }

    Id firstId(const QString& table)
    {
        auto s = session().db().prepare(QStringLiteral("SELECT id FROM ") + table +
                                        QStringLiteral(" WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : Id();
    }
};

} // namespace

TEST_F(BillingDialogTabOrderTest, InvoiceDialogs)
{
    InvoiceActions actions(session());
    BillingRunDialog run(session(), actions);
    expectKeyboard(&run, "BillingRunDialog");
    IssueDraftsDialog issue(session(), actions);
    expectKeyboard(&issue, "IssueDraftsDialog");
    BillingExportDialog exportDialog(session());
    expectKeyboard(&exportDialog, "BillingExportDialog");

    InvoiceFilter filter;
    filter.status = InvoiceStatus::Overdue;
    filter.kind = InvoiceKind::Invoice;
    auto page = InvoiceService(session().db(), session().clock()).list(filter, {0, 1});
    ASSERT_TRUE(page && !page->items.isEmpty());
    const Invoice open = page->items.first();
    PaymentDialog payment(session(), actions, open);
    expectKeyboard(&payment, "PaymentDialog");
    auto detail = InvoiceService(session().db(), session().clock()).get(open.meta.id);
    ASSERT_TRUE(detail);
    CreditNoteDialog credit(actions, *detail, session().format());
    expectKeyboard(&credit, "CreditNoteDialog (whole invoice)");
    credit.setFullCredit(false);
    expectKeyboard(&credit, "CreditNoteDialog (some lines)");

    BillingSettingsPanel settings(session());
    expectKeyboard(&settings, "BillingSettingsPanel");
}

TEST_F(BillingDialogTabOrderTest, PlanAndEnrollmentDialogs)
{
    const Id enrollment = firstId(QStringLiteral("enrollments"));
    for (const Id& id : {enrollment, Id()}) {
        PlanEditorDialog plan(session(), id);
        for (PlanKind kind :
             {PlanKind::Hourly, PlanKind::Subscription, PlanKind::Package, PlanKind::Project, PlanKind::Module}) {
            plan.setKind(kind);
            plan.discountBox()->setChecked(true);
            expectKeyboard(&plan, "PlanEditorDialog");
        }
    }
    BuyPackageDialog buy(session(), enrollment);
    expectKeyboard(&buy, "BuyPackageDialog");
    MilestoneReachedDialog milestone(session(), enrollment);
    expectKeyboard(&milestone, "MilestoneReachedDialog");
    ModuleStartedDialog module(session(), enrollment);
    expectKeyboard(&module, "ModuleStartedDialog");
    PayerDiscountDialog discount(session(), firstId(QStringLiteral("payers")));
    expectKeyboard(&discount, "PayerDiscountDialog");
    QuoteDialog quote(session(), firstId(QStringLiteral("learners")));
    expectKeyboard(&quote, "QuoteDialog");
}
