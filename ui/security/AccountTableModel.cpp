// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountTableModel.h"

#include "common/Formatter.h"

namespace mentordesk {

AccountTableModel::AccountTableModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void AccountTableModel::setAccounts(const QList<Account>& accounts, const QHash<Id, QString>& mentorNames)
{
    beginResetModel();
    m_accounts = accounts;
    m_mentorNames = mentorNames;
    endResetModel();
}

int AccountTableModel::rowOf(const Id& id) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).meta.id == id) {
            return row;
        }
    }
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account& a = m_accounts.at(index.row());
    if (role == Qt::UserRole) {
        return a.meta.id;
    }
    if (role == Qt::ToolTipRole && index.column() == Username && a.mustChangePassword) {
        return tr("Has a temporary password that must be changed at the next sign-in.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Username:
        return a.username;
    case Name:
        return a.displayName;
    case RoleColumn:
        return roleLabel(a.role);
    case MentorColumn:
        return a.mentorId ? m_mentorNames.value(*a.mentorId, *a.mentorId) : QString();
    case LastLogin:
        return a.lastLoginAt.isValid() ? m_format.dateTime(a.lastLoginAt) : tr("never");
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Username:
        return tr("Username");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case MentorColumn:
        return tr("Mentor");
    case LastLogin:
        return tr("Last sign-in");
    default:
        return {};
    }
}

} // namespace mentordesk
