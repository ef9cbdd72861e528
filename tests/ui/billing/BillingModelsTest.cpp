// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "invoices/InvoiceService.h"
#include "invoices/ReceivablesService.h"
#include "models/AgingModel.h"
#include "models/InvoiceListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>

using namespace mentordesk;

class BillingModelsTest : public test::UiStudioTest
{
protected:
    QList<Invoice> invoices(const InvoiceFilter& filter = {})
    {
        auto page = InvoiceService(session().db(), session().clock()).list(filter, {0, 10000});
        EXPECT_TRUE(page) << page.error().message.toStdString();
        return page ? page->items : QList<Invoice>{};
    }
};

TEST_F(BillingModelsTest, InvoiceListModelPassesTheTesterAndShowsTheDemoInvoices)
{
    InvoiceListModel model(session().format());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Invoice> all = invoices();
    ASSERT_GT(all.size(), 10) << "the demo studio bills three months";
    model.setInvoices(all);
    ASSERT_EQ(model.rowCount(), all.size());
    EXPECT_EQ(model.columnCount(), InvoiceListModel::ColumnCount);
    const int issuedRow = [&] {
        for (int i = 0; i < all.size(); ++i) {
            if (all[i].issued && all[i].kind == InvoiceKind::Invoice) {
                return i;
            }
        }
        return -1;
    }();
    ASSERT_GE(issuedRow, 0);
    const Invoice& inv = all[issuedRow];
    EXPECT_EQ(model.index(issuedRow, InvoiceListModel::Number).data().toString(), inv.numberText);
    EXPECT_EQ(model.index(issuedRow, InvoiceListModel::Payer).data().toString(), inv.payerName);
    EXPECT_EQ(model.index(issuedRow, InvoiceListModel::Total).data().toString(),
              session().format().money(inv.grandTotal));
    EXPECT_EQ(model.index(issuedRow, InvoiceListModel::Total).data(InvoiceListModel::UnderlyingDataRole).toLongLong(),
              inv.grandTotal);
    EXPECT_EQ(model.index(issuedRow, InvoiceListModel::Balance).data(InvoiceListModel::UnderlyingDataRole).toLongLong(),
              inv.balanceMinor());
    EXPECT_EQ(model.index(issuedRow, InvoiceListModel::Status).data().toString(),
              InvoiceListModel::statusName(inv.status));
    EXPECT_EQ(model.index(issuedRow, 0).data(InvoiceListModel::StatusRole).toString(), Invoice::statusKey(inv.status));
    EXPECT_EQ(model.index(issuedRow, 0).data(InvoiceListModel::IdRole).toString(), inv.meta.id);
    EXPECT_EQ(model.rowOf(inv.meta.id), issuedRow);
    EXPECT_EQ(model.rowOf(newId()), -1);
    EXPECT_EQ(model.invoiceAt(issuedRow)->meta.id, inv.meta.id);
    EXPECT_EQ(model.invoiceAt(all.size()), nullptr);
    EXPECT_EQ(model.headerData(InvoiceListModel::Balance, Qt::Horizontal).toString(), QStringLiteral("Balance"));
    model.setInvoices({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(BillingModelsTest, DraftsShowDraftAndSortAboveIssuedInvoices)
{
    Invoice draft;
    draft.meta.id = newId();
    draft.payerName = QStringLiteral("Zoë");
    draft.grandTotal = 12345;
    Invoice issued = draft;
    issued.meta.id = newId();
    issued.issued = true;
    issued.number = 7;
    issued.numberText = QStringLiteral("INV-0007");
    issued.issueDate = QDate(2026, 10, 1);
    issued.status = InvoiceStatus::Issued;
    Invoice note = issued;
    note.meta.id = newId();
    note.kind = InvoiceKind::CreditNote;
    note.numberText = QStringLiteral("CN-0001");
    note.grandTotal = -12345;
    InvoiceListModel model(session().format());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInvoices({draft, issued, note});
    EXPECT_EQ(model.index(0, InvoiceListModel::Number).data().toString(), QStringLiteral("Draft"));
    EXPECT_TRUE(model.index(0, 0).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_GT(model.index(0, InvoiceListModel::Issued).data(InvoiceListModel::UnderlyingDataRole).toDate(),
              model.index(1, InvoiceListModel::Issued).data(InvoiceListModel::UnderlyingDataRole).toDate());
    EXPECT_GT(model.index(0, InvoiceListModel::Number).data(InvoiceListModel::UnderlyingDataRole).toLongLong(),
              model.index(1, InvoiceListModel::Number).data(InvoiceListModel::UnderlyingDataRole).toLongLong());
    EXPECT_TRUE(model.index(2, InvoiceListModel::Number).data().toString().contains(QStringLiteral("CN-0001")));
    EXPECT_TRUE(model.index(2, InvoiceListModel::Balance).data().toString().isEmpty())
        << "a credit note has no balance of its own";
    EXPECT_TRUE(model.index(2, InvoiceListModel::Due).data().toString().isEmpty());
}

TEST_F(BillingModelsTest, AgingModelPassesTheTesterAndAddsATotalRow)
{
    AgingModel model(session().format());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    auto report = ReceivablesService(session().db(), session().clock()).aging();
    ASSERT_TRUE(report) << report.error().message.toStdString();
    ASSERT_FALSE(report->rows.isEmpty()) << "the demo leaves some invoices open";
    const AgingReport copy = *report;
    model.setReport(*report);
    ASSERT_EQ(model.rowCount(), copy.rows.size() + 1);
    EXPECT_EQ(model.columnCount(), AgingModel::ColumnCount);
    EXPECT_EQ(model.index(0, AgingModel::Payer).data().toString(), copy.rows[0].payerName);
    EXPECT_EQ(model.index(0, AgingModel::Total).data(AgingModel::UnderlyingDataRole).toLongLong(),
              copy.rows[0].total());
    EXPECT_EQ(model.index(0, 0).data(AgingModel::PayerIdRole).toString(), copy.rows[0].payerId);
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.index(last, AgingModel::Payer).data().toString(), QStringLiteral("Total"));
    EXPECT_TRUE(model.index(last, 0).data(AgingModel::PayerIdRole).toString().isEmpty());
    EXPECT_EQ(model.index(last, AgingModel::Total).data(AgingModel::UnderlyingDataRole).toLongLong(),
              copy.totals.total());
    EXPECT_TRUE(model.index(last, AgingModel::Total).data(Qt::FontRole).value<QFont>().bold());
    qint64 sum = 0;
    for (int row = 0; row < last; ++row) {
        sum += model.index(row, AgingModel::Over90).data(AgingModel::UnderlyingDataRole).toLongLong();
    }
    EXPECT_EQ(sum, copy.totals.buckets[4]);
    model.setReport({});
    EXPECT_EQ(model.rowCount(), 0);
}
