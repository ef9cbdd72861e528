// SPDX-License-Identifier: GPL-3.0-or-later
// The billing dialogs' part of DialogUsabilityTest (own file: the billing and progress headers clash).
#include "DialogChecks.h"
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

#include <QCheckBox>

using namespace mentordesk;

namespace {
using BillingDialogUsabilityTest = test::UiStudioTest;
} // namespace

TEST_F(BillingDialogUsabilityTest, InvoiceDialogs)
{
    InvoiceActions actions(session());
    BillingRunDialog run(session(), actions);
    test::expectUsable(&run, "BillingRunDialog");
    IssueDraftsDialog issue(session(), actions);
    test::expectUsable(&issue, "IssueDraftsDialog");
    BillingExportDialog exportDialog(session());
    test::expectUsable(&exportDialog, "BillingExportDialog");

    InvoiceFilter filter;
    filter.status = InvoiceStatus::Overdue;
    filter.kind = InvoiceKind::Invoice;
    auto page = InvoiceService(session().db(), session().clock()).list(filter, {0, 1});
    ASSERT_TRUE(page && !page->items.isEmpty());
    const Invoice open = page->items.first();
    PaymentDialog payment(session(), actions, open);
    test::expectUsable(&payment, "PaymentDialog");
    auto detail = InvoiceService(session().db(), session().clock()).get(open.meta.id);
    ASSERT_TRUE(detail);
    CreditNoteDialog credit(actions, *detail, session().format());
    test::expectUsable(&credit, "CreditNoteDialog (whole invoice)");
    credit.setFullCredit(false);
    test::expectUsable(&credit, "CreditNoteDialog (some lines)");

    BillingSettingsPanel settings(session());
    test::expectUsable(&settings, "BillingSettingsPanel");
}

TEST_F(BillingDialogUsabilityTest, PlanAndEnrollmentDialogs)
{
    const Id enrollment = test::firstLiveId(session().db(), QStringLiteral("enrollments"));
    for (const Id& id : {enrollment, Id()}) {
        PlanEditorDialog plan(session(), id);
        for (PlanKind kind :
             {PlanKind::Hourly, PlanKind::Subscription, PlanKind::Package, PlanKind::Project, PlanKind::Module}) {
            plan.setKind(kind);
            plan.discountBox()->setChecked(true);
            test::expectUsable(&plan, "PlanEditorDialog");
        }
    }
    BuyPackageDialog buy(session(), enrollment);
    test::expectUsable(&buy, "BuyPackageDialog");
    MilestoneReachedDialog milestone(session(), enrollment);
    test::expectUsable(&milestone, "MilestoneReachedDialog");
    ModuleStartedDialog module(session(), enrollment);
    test::expectUsable(&module, "ModuleStartedDialog");
    PayerDiscountDialog discount(session(), test::firstLiveId(session().db(), QStringLiteral("payers")));
    test::expectUsable(&discount, "PayerDiscountDialog");
    QuoteDialog quote(session(), test::firstLiveId(session().db(), QStringLiteral("learners")));
    test::expectUsable(&quote, "QuoteDialog");
}
