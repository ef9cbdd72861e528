// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace mentordesk {

class Formatter;

/// The studio's accounts for the Security settings: username, name, role, mentor record and last login.
/// Qt::UserRole on any column gives the account id.
class AccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Username,
        Name,
        RoleColumn,
        MentorColumn,
        LastLogin,
        ColumnCount
    };

    explicit AccountTableModel(const Formatter& format, QObject* parent = nullptr);

    /// Replaces the rows; `mentorNames` maps mentor ids to names.
    void setAccounts(const QList<Account>& accounts, const QHash<Id, QString>& mentorNames);
    [[nodiscard]] const Account& account(int row) const { return m_accounts.at(row); }
    /// The row of `id`, or -1.
    [[nodiscard]] int rowOf(const Id& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    const Formatter& m_format;
    QList<Account> m_accounts;
    QHash<Id, QString> m_mentorNames;
};

} // namespace mentordesk
