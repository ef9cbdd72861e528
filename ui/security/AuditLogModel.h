// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/Actor.h"
#include "security/AuditEntry.h"
#include "security/AuditFilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace mentordesk {

class Clock;
class Database;
class Formatter;

/// Audit log entries matching a filter, newest first, fetched a page at a time as the view scrolls
/// (AuditLog::browse, owner only). Qt::UserRole on any column gives the entry's sequence number.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Seq,
        At,
        ActorColumn,
        Action,
        Entity,
        Details,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    AuditLogModel(Database& db, const Clock& clock, const Formatter& format, QObject* parent = nullptr);

    /// Starts over with `filter` for `actor`; returns false (see error()) when the log cannot be read.
    bool load(const Actor& actor, const AuditFilter& filter);
    /// Empties the model (an actor who may not read the log).
    void clear();
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const AuditEntry& entry(int row) const { return m_entries.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    bool fetchPage();

    Database& m_db;
    const Clock& m_clock;
    const Formatter& m_format;
    Actor m_actor;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    QString m_error;
    bool m_atEnd = true;
    bool m_resetting = false;
};

} // namespace mentordesk
