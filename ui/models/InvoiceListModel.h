// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/Invoice.h"

#include <QAbstractTableModel>

namespace mentordesk {

class Formatter;

/// Invoices and credit notes as a table. The page loads them through InvoiceService (filters live in
/// core's InvoiceFilter) and hands them over; the model never touches the database.
class InvoiceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Payer,
        Period,
        Issued,
        Due,
        Status,
        Total,
        Balance,
        ColumnCount
    };
    enum Role
    {
        UnderlyingDataRole = Qt::UserRole + 1, ///< raw value for sorting (minor units, dates, lower-case text)
        IdRole,                                ///< invoice id
        StatusRole,                            ///< status key ("draft", "overdue"…)
    };

    explicit InvoiceListModel(const Formatter& format, QObject* parent = nullptr);

    void setInvoices(QList<Invoice> invoices);
    [[nodiscard]] const Invoice* invoiceAt(int row) const;
    /// Row of the invoice `id`, or -1.
    [[nodiscard]] int rowOf(const Id& id) const;
    void retranslate();

    /// "Draft", "Issued", "Partly paid", "Paid", "Overdue", "Credited" (translated).
    [[nodiscard]] static QString statusName(InvoiceStatus status);
    /// "INV-0042", "Draft" for drafts; credit notes get a "Credit note" suffix.
    [[nodiscard]] static QString numberText(const Invoice& invoice);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const Invoice& invoice, int column) const;
    [[nodiscard]] static QVariant underlying(const Invoice& invoice, int column);

    const Formatter& m_format;
    QList<Invoice> m_invoices;
};

} // namespace mentordesk
