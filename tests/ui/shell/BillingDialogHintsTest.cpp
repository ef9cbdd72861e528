// SPDX-License-Identifier: GPL-3.0-or-later
// The billing dialogs' part of DialogHintsTest (own file: the billing and progress headers clash).
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
#include "shell/InputHints.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCheckBox>

using namespace mentordesk;

namespace {

class BillingDialogHintsTest : public test::UiStudioTest
{
protected:
    static void expectHints(QWidget* root, const char* name)
    {
        const QStringList missing = test::inputsWithoutHint(root);
        EXPECT_TRUE(missing.isEmpty()) << name << " has fields without a tooltip or placeholder:\n  "
                                       << missing.join(QStringLiteral("\n  ")).toStdString();
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

TEST_F(BillingDialogHintsTest, InvoiceDialogs)
{
    InvoiceActions actions(session());
    BillingRunDialog run(session(), actions);
    expectHints(&run, "BillingRunDialog");
    IssueDraftsDialog issue(session(), actions);
    expectHints(&issue, "IssueDraftsDialog");
    BillingExportDialog exportDialog(session());
    expectHints(&exportDialog, "BillingExportDialog");

    InvoiceFilter filter;
    filter.status = InvoiceStatus::Overdue;
    filter.kind = InvoiceKind::Invoice;
    auto page = InvoiceService(session().db(), session().clock()).list(filter, {0, 1});
    ASSERT_TRUE(page && !page->items.isEmpty());
    const Invoice open = page->items.first();
    PaymentDialog payment(session(), actions, open);
    expectHints(&payment, "PaymentDialog");
    auto detail = InvoiceService(session().db(), session().clock()).get(open.meta.id);
    ASSERT_TRUE(detail);
    CreditNoteDialog credit(actions, *detail, session().format());
    expectHints(&credit, "CreditNoteDialog (whole invoice)");
    credit.setFullCredit(false);
    expectHints(&credit, "CreditNoteDialog (some lines)");

    BillingSettingsPanel settings(session());
    expectHints(&settings, "BillingSettingsPanel");
}

TEST_F(BillingDialogHintsTest, PlanAndEnrollmentDialogs)
{
    const Id enrollment = firstId(QStringLiteral("enrollments"));
    for (const Id& id : {enrollment, Id()}) {
        PlanEditorDialog plan(session(), id);
        for (PlanKind kind :
             {PlanKind::Hourly, PlanKind::Subscription, PlanKind::Package, PlanKind::Project, PlanKind::Module}) {
            plan.setKind(kind);
            plan.discountBox()->setChecked(true);
            expectHints(&plan, "PlanEditorDialog");
        }
    }
    BuyPackageDialog buy(session(), enrollment);
    expectHints(&buy, "BuyPackageDialog");
    MilestoneReachedDialog milestone(session(), enrollment);
    expectHints(&milestone, "MilestoneReachedDialog");
    ModuleStartedDialog module(session(), enrollment);
    expectHints(&module, "ModuleStartedDialog");
    PayerDiscountDialog discount(session(), firstId(QStringLiteral("payers")));
    expectHints(&discount, "PayerDiscountDialog");
    QuoteDialog quote(session(), firstId(QStringLiteral("learners")));
    expectHints(&quote, "QuoteDialog");
}
