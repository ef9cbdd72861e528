// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingPage.h"

#include "BillingTestSupport.h"
#include "UiTestSupport.h"
#include "billing/BillingSettingsPanel.h"
#include "billing/InvoiceDetailView.h"
#include "billing/InvoicesPanel.h"
#include "billing/ReceivablesPanel.h"
#include "invoices/ReceivablesService.h"
#include "models/AgingModel.h"
#include "models/InvoiceListModel.h"
#include "shell/PageFactories.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <memory>

using namespace mentordesk;

class BillingPageTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        m_page.reset(static_cast<BillingPage*>(createBillingPage(session(), nullptr)));
        ASSERT_NE(m_page, nullptr);
        m_page->resize(1200, 700);
        m_page->activate();
    }
    void TearDown() override
    {
        m_page.reset();
        test::UiStudioTest::TearDown();
    }
    InvoicesPanel& panel() { return *m_page->invoices(); }
    QList<Invoice> stored(const InvoiceFilter& filter = {}) { return test::storedInvoices(session(), filter); }
    Invoice firstWith(InvoiceStatus status) { return test::firstInvoiceWith(session(), status); }

    std::unique_ptr<BillingPage> m_page;
};

TEST_F(BillingPageTest, FactoryMakesTheBillingPageWithTheDemoInvoices)
{
    EXPECT_EQ(m_page->pageId(), QStringLiteral("billing"));
    EXPECT_EQ(m_page->pageTitle(), QStringLiteral("Billing"));
    EXPECT_EQ(m_page->tabs()->count(), 3); // invoices, receivables, settings
    EXPECT_EQ(m_page->tabs()->widget(2), static_cast<QWidget*>(m_page->settingsPanel()));
    EXPECT_FALSE(panel().isShowingEmptyState());
    EXPECT_EQ(panel().model()->rowCount(), stored().size());
    ASSERT_FALSE(panel().currentInvoiceId().isEmpty()) << "the first row is selected";
    EXPECT_TRUE(panel().detail()->detail().has_value());
}

TEST_F(BillingPageTest, StatusAndPayerFiltersNarrowTheList)
{
    const int all = panel().model()->rowCount();
    panel().setStatusFilter(QStringLiteral("overdue"));
    const int overdue = panel().model()->rowCount();
    ASSERT_GT(overdue, 0) << "the demo leaves overdue invoices";
    EXPECT_LT(overdue, all);
    for (int row = 0; row < overdue; ++row) {
        EXPECT_EQ(panel().model()->index(row, 0).data(InvoiceListModel::StatusRole).toString(),
                  QStringLiteral("overdue"));
    }
    panel().setStatusFilter(QString());
    const Invoice some = panel().model()->invoiceAt(0) ? *panel().model()->invoiceAt(0) : Invoice{};
    panel().setPayerFilter(some.payerId);
    ASSERT_GT(panel().model()->rowCount(), 0);
    EXPECT_LT(panel().model()->rowCount(), all);
    for (int row = 0; row < panel().model()->rowCount(); ++row) {
        EXPECT_EQ(panel().model()->invoiceAt(row)->payerId, some.payerId);
    }
    panel().setPayerFilter(QString());
    EXPECT_EQ(panel().model()->rowCount(), all);
}

TEST_F(BillingPageTest, DetailGroupsLinesByLearnerAndShowsTaxesAndPayments)
{
    const Invoice paid = firstWith(InvoiceStatus::Paid);
    ASSERT_FALSE(paid.meta.id.isEmpty());
    ASSERT_TRUE(m_page->showRecord(QStringLiteral("invoice"), paid.meta.id));
    EXPECT_EQ(panel().currentInvoiceId(), paid.meta.id);
    InvoiceDetailView& view = *panel().detail();
    EXPECT_TRUE(view.titleText().contains(paid.numberText));
    ASSERT_GT(view.lines()->topLevelItemCount(), 0);
    int lines = 0;
    for (int i = 0; i < view.lines()->topLevelItemCount(); ++i) {
        EXPECT_GT(view.lines()->topLevelItem(i)->childCount(), 0) << "each group heads its lines";
        lines += view.lines()->topLevelItem(i)->childCount();
    }
    EXPECT_EQ(lines, view.detail()->lines.size());
    EXPECT_EQ(view.taxes()->topLevelItemCount(), view.detail()->taxes.size());
    EXPECT_GT(view.payments()->topLevelItemCount(), 0);
    EXPECT_TRUE(view.totalsText().contains(session().format().money(paid.grandTotal)));
    EXPECT_TRUE(view.issueButton()->isHidden()) << "issued invoices are not issued again";
    EXPECT_FALSE(m_page->showRecord(QStringLiteral("learner"), paid.meta.id));
    EXPECT_FALSE(m_page->showRecord(QStringLiteral("invoice"), newId()));
}

TEST_F(BillingPageTest, BillingRunPreviewStoresNothingThenDraftsCanBeIssued)
{
    const int before = static_cast<int>(stored().size());
    auto preview = panel().actions().runBilling(QStringLiteral("2026-11"), true);
    ASSERT_TRUE(preview) << preview.error().message.toStdString();
    ASSERT_FALSE(preview->drafts.isEmpty()) << "November has held lessons to bill";
    EXPECT_EQ(stored().size(), before);
    QSignalSpy changed(&session(), &StudioSession::dataChanged);
    auto run = panel().actions().runBilling(QStringLiteral("2026-11"), false);
    ASSERT_TRUE(run) << run.error().message.toStdString();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(stored().size(), before + run->drafts.size());
    panel().setStatusFilter(QStringLiteral("draft"));
    ASSERT_EQ(panel().model()->rowCount(), run->drafts.size());
    const Id draftId = panel().currentInvoiceId();
    ASSERT_FALSE(panel().detail()->issueButton()->isHidden());
    EXPECT_TRUE(panel().detail()->paymentButton()->isHidden());
    ASSERT_TRUE(panel().issueCurrent(false));
    auto issued = test::loadInvoice(session(), draftId);
    ASSERT_TRUE(issued);
    EXPECT_TRUE(issued->invoice.issued);
    EXPECT_FALSE(issued->invoice.numberText.isEmpty());
    EXPECT_EQ(panel().currentInvoiceId(), draftId) << "the issued invoice stays selected";
    EXPECT_FALSE(panel().issueCurrent(false)) << "nothing to issue twice";
}

TEST_F(BillingPageTest, PdfExportWritesAPdf)
{
    const Invoice inv = firstWith(InvoiceStatus::Paid);
    ASSERT_FALSE(inv.meta.id.isEmpty());
    const QString path = m_dir.filePath(InvoiceActions::suggestedPdfName(inv));
    EXPECT_TRUE(path.endsWith(inv.numberText + QStringLiteral(".pdf")));
    auto pages = panel().actions().exportPdf(inv.meta.id, path);
    ASSERT_TRUE(pages) << pages.error().message.toStdString();
    EXPECT_GE(*pages, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_FALSE(panel().actions().exportPdf(newId(), m_dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_F(BillingPageTest, ReceivablesShowAgingOverdueAndAReminder)
{
    ReceivablesPanel& r = *m_page->receivables();
    auto overdue = ReceivablesService(session().db(), session().clock()).overdue();
    ASSERT_TRUE(overdue);
    ASSERT_FALSE(overdue->isEmpty());
    EXPECT_EQ(r.overdueList()->topLevelItemCount(), overdue->size());
    EXPECT_GT(r.agingModel()->rowCount(), 1);
    EXPECT_TRUE(r.reminderText().contains(overdue->first().reminderSubject));
    EXPECT_TRUE(r.reminderText().contains(overdue->first().invoice.numberText));
    if (overdue->size() > 1) {
        r.selectOverdue(1);
        EXPECT_TRUE(r.reminderText().contains((*overdue)[1].reminderSubject));
    }
    QSignalSpy activated(&r, &ReceivablesPanel::invoiceActivated);
    emit r.overdueList()->itemActivated(r.overdueList()->topLevelItem(0), 0);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(panel().currentInvoiceId(), overdue->first().invoice.meta.id);
    EXPECT_EQ(m_page->tabs()->currentWidget(), m_page->invoices());
}
