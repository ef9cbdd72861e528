// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AuditLogModel.h"

#include "common/Formatter.h"
#include "security/AuditLog.h"

namespace mentordesk {

AuditLogModel::AuditLogModel(Database& db, const Clock& clock, const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_format(format)
{}

bool AuditLogModel::load(const Actor& actor, const AuditFilter& filter)
{
    // Why the first page inside the reset: views and testers fetch more while they handle modelReset.
    beginResetModel();
    m_actor = actor;
    m_filter = filter;
    m_filter.limit = kPageSize;
    m_filter.offset = 0;
    m_entries.clear();
    m_error.clear();
    auto first = AuditLog(m_db, m_clock).browse(m_actor, m_filter);
    if (first) {
        m_entries = *first;
        m_atEnd = first->size() < kPageSize;
    } else {
        m_error = first.error().message;
        m_atEnd = true;
    }
    m_resetting = true; // no fetching from slots connected to modelReset
    endResetModel();
    m_resetting = false;
    return first.has_value();
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

bool AuditLogModel::fetchPage()
{
    AuditFilter page = m_filter;
    page.offset = static_cast<int>(m_entries.size());
    auto entries = AuditLog(m_db, m_clock).browse(m_actor, page);
    if (!entries) {
        m_error = entries.error().message;
        m_atEnd = true;
        return false;
    }
    m_atEnd = entries->size() < kPageSize;
    if (!entries->isEmpty()) {
        const int first = static_cast<int>(m_entries.size());
        beginInsertRows({}, first, first + static_cast<int>(entries->size()) - 1);
        m_entries += *entries;
        endInsertRows();
    }
    return true;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        (void)fetchPage();
    }
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::UserRole) {
        return e.seq;
    }
    if (role == Qt::ToolTipRole && index.column() == Entity) {
        return e.entityId;
    }
    if (role == Qt::ToolTipRole && index.column() == Details) {
        return e.details;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Seq:
        return e.seq;
    case At:
        return m_format.dateTime(e.at);
    case ActorColumn:
        return e.actor;
    case Action:
        return e.action;
    case Entity:
        return e.entity;
    case Details:
        return e.details;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Seq:
        return tr("#");
    case At:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace mentordesk
