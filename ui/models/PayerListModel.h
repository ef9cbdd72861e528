// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Payer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace mentordesk {

class Clock;
class Database;

/// The payers (families) matching a PayerFilter, read page by page through PayerService; the number of
/// learners each pays for is read once per fetched page.
class PayerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Phone,
        Learners,
        InvoiceLanguage,
        Status,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the payer's id
        RawValueRole,              ///< the unformatted value for sorting
    };
    static constexpr int kFetchSize = 200;

    PayerListModel(Database& db, const Clock& clock, QObject* parent = nullptr);

    void setFilter(const PayerFilter& filter);
    [[nodiscard]] const PayerFilter& filter() const { return m_filter; }
    /// Reads the current filter again, keeping at least as many rows loaded as before.
    void reload();
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] const Payer* payerAt(int row) const;
    [[nodiscard]] int rowOf(const Id& id) const;
    /// Fetches further pages until payer `id` is loaded; its row, or -1.
    int fetchUntil(const Id& id);
    void retranslate();

    /// "English" / "Chinese (Simplified)" for an invoice language key, translated.
    [[nodiscard]] static QString languageText(const QString& key);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    /// endResetModel() with fetching held back while the modelReset signal is delivered.
    void finishReset();
    void appendPage(int limit, bool resetting);
    [[nodiscard]] QVariant displayValue(const Payer& payer, int column) const;

    Database& m_db;
    const Clock& m_clock;
    PayerFilter m_filter;
    QList<Payer> m_rows;
    qint64 m_total = 0;
    bool m_changing = false;
    QHash<Id, int> m_learnerCounts;
};

} // namespace mentordesk
