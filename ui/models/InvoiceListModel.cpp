// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/InvoiceListModel.h"

#include "common/Formatter.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <limits>

namespace mentordesk {

InvoiceListModel::InvoiceListModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void InvoiceListModel::setInvoices(QList<Invoice> invoices)
{
    beginResetModel();
    m_invoices = std::move(invoices);
    endResetModel();
}

const Invoice* InvoiceListModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices[row] : nullptr;
}

int InvoiceListModel::rowOf(const Id& id) const
{
    for (qsizetype i = 0; i < m_invoices.size(); ++i) {
        if (m_invoices[i].meta.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void InvoiceListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_invoices.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString InvoiceListModel::statusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::Issued:
        return tr("Issued");
    case InvoiceStatus::PartlyPaid:
        return tr("Partly paid");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Overdue:
        return tr("Overdue");
    case InvoiceStatus::Credited:
        return tr("Credited");
    }
    return {};
}

QString InvoiceListModel::numberText(const Invoice& invoice)
{
    if (!invoice.issued) {
        return tr("Draft");
    }
    return invoice.kind == InvoiceKind::CreditNote ? tr("%1 (credit note)").arg(invoice.numberText)
                                                   : invoice.numberText;
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_invoices.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::display(const Invoice& inv, int column) const
{
    switch (column) {
    case Number:
        return numberText(inv);
    case Payer:
        return inv.payerName;
    case Period:
        return inv.period;
    case Issued:
        return inv.issueDate.isValid() ? m_format.date(inv.issueDate) : QString();
    case Due:
        return inv.dueDate.isValid() && inv.kind == InvoiceKind::Invoice ? m_format.date(inv.dueDate) : QString();
    case Status:
        return statusName(inv.status);
    case Total:
        return m_format.money(inv.grandTotal);
    case Balance:
        return inv.kind == InvoiceKind::CreditNote ? QString() : m_format.money(inv.balanceMinor());
    default:
        return {};
    }
}

QVariant InvoiceListModel::underlying(const Invoice& inv, int column)
{
    switch (column) {
    case Number:
        // Drafts have no number yet: they sort above the newest invoice.
        return inv.number.value_or(std::numeric_limits<qint64>::max());
    case Payer:
        return inv.payerName.toLower();
    case Period:
        return inv.period;
    case Issued:
        return inv.issueDate.isValid() ? inv.issueDate : QDate(9999, 12, 31);
    case Due:
        return inv.dueDate;
    case Status:
        return static_cast<int>(inv.status);
    case Total:
        return inv.grandTotal;
    case Balance:
        return inv.balanceMinor();
    default:
        return {};
    }
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Invoice& inv = m_invoices[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(inv, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Number && inv.kind == InvoiceKind::CreditNote && !inv.reason.isEmpty()) {
            return inv.reason;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Total || index.column() == Balance ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Status && inv.status == InvoiceStatus::Overdue) {
            return QBrush(QColor(0xb0, 0x20, 0x20));
        }
        if (inv.status == InvoiceStatus::Credited) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (!inv.issued) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case UnderlyingDataRole:
        return underlying(inv, index.column());
    case IdRole:
        return inv.meta.id;
    case StatusRole:
        return Invoice::statusKey(inv.status);
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("Number");
    case Payer:
        return tr("Payer");
    case Period:
        return tr("Period");
    case Issued:
        return tr("Issued");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Balance:
        return tr("Balance");
    default:
        return {};
    }
}

} // namespace mentordesk
