// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PayerListModel.h"

#include "people/LearnerService.h"
#include "people/PayerService.h"

#include <QGuiApplication>
#include <QPalette>

namespace mentordesk {

PayerListModel::PayerListModel(Database& db, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{}

QString PayerListModel::languageText(const QString& key)
{
    if (key == u"zh_CN") {
        return tr("Chinese (Simplified)");
    }
    return tr("English");
}

void PayerListModel::setFilter(const PayerFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    appendPage(kFetchSize, true);
    finishReset();
}

void PayerListModel::reload()
{
    const int keep = std::max<int>(kFetchSize, static_cast<int>(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_learnerCounts.clear();
    appendPage(keep, true);
    finishReset();
}

void PayerListModel::appendPage(int limit, bool resetting)
{
    const int offset = static_cast<int>(m_rows.size());
    auto page = PayerService(m_db, m_clock).list(m_filter, {offset, limit});
    if (!page) {
        m_total = m_rows.size();
        emit loadFailed(page.error().message);
        return;
    }
    if (page->items.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    QList<Id> ids;
    ids.reserve(page->items.size());
    for (const Payer& payer : std::as_const(page->items)) {
        ids.append(payer.meta.id);
    }
    if (auto counts = LearnerService(m_db, m_clock).activeCountsByPayer(ids); counts) {
        m_learnerCounts.insert(*counts);
    } else {
        emit loadFailed(counts.error().message);
    }
    if (!resetting) {
        beginInsertRows({}, offset, offset + static_cast<int>(page->items.size()) - 1);
    }
    m_rows.append(page->items);
    m_total = std::max<qint64>(page->total, m_rows.size());
    if (!resetting) {
        endInsertRows();
    }
}

const Payer* PayerListModel::payerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PayerListModel::rowOf(const Id& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].meta.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int PayerListModel::fetchUntil(const Id& id)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before) {
            break;
        }
        row = rowOf(id);
    }
    return row;
}

void PayerListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PayerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PayerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayerListModel::displayValue(const Payer& payer, int column) const
{
    switch (column) {
    case Name:
        return payer.name;
    case Email:
        return payer.email;
    case Phone:
        return payer.phone;
    case Learners:
        return QString::number(m_learnerCounts.value(payer.meta.id));
    case InvoiceLanguage:
        return languageText(payer.invoiceLanguage);
    case Status:
        return payer.isArchived() ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant PayerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Payer& payer = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(payer, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Learners) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (payer.isArchived()) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case IdRole:
        return payer.meta.id;
    case RawValueRole:
        if (index.column() == Learners) {
            return m_learnerCounts.value(payer.meta.id);
        }
        if (index.column() == Status) {
            return payer.isArchived() ? 1 : 0;
        }
        if (index.column() == InvoiceLanguage) {
            return payer.invoiceLanguage;
        }
        return displayValue(payer, index.column());
    default:
        return {};
    }
}

QVariant PayerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Learners:
        return tr("Learners");
    case InvoiceLanguage:
        return tr("Invoice language");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void PayerListModel::finishReset()
{
    // Why: slots of modelReset and rowsInserted (QAbstractItemModelTester in Qt 6.4) may call fetchMore()
    // before every receiver has seen the change; inserting rows then would nest one change inside
    // another. Views fetch on their next layout pass anyway. fetchMore() holds back the same way.
    m_changing = true;
    endResetModel();
    m_changing = false;
}

bool PayerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_changing && !parent.isValid() && m_rows.size() < m_total;
}

void PayerListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        m_changing = true;
        appendPage(kFetchSize, false);
        m_changing = false;
    }
}

} // namespace mentordesk
