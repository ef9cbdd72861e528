// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Learner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace mentordesk {

class Clock;
class Database;
class Formatter;

/// The learners matching a LearnerFilter, read page by page through LearnerService (never the whole
/// table): the view asks for more rows with fetchMore() as it scrolls. Mentor names are read once per
/// reload, payer names once per fetched page, so no row costs a query of its own.
class LearnerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Level,
        Mentor,
        Payer,
        WeeklyHours,
        Tags,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the learner's id
        RawValueRole,              ///< the unformatted value (minutes, level, status as int…) for sorting
    };
    /// Rows read per fetchMore().
    static constexpr int kFetchSize = 200;

    LearnerListModel(Database& db, const Clock& clock, const Formatter& format, QObject* parent = nullptr);

    /// Shows the learners matching `filter`, starting again from the first page.
    void setFilter(const LearnerFilter& filter);
    [[nodiscard]] const LearnerFilter& filter() const { return m_filter; }
    /// Reads the current filter again (after a change in the studio), keeping at least as many rows
    /// loaded as before so the view does not jump.
    void reload();
    /// Number of learners matching the filter (loaded or not).
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    /// The learner in `row`, or nullptr.
    [[nodiscard]] const Learner* learnerAt(int row) const;
    /// The row of learner `id` among the loaded rows, or -1.
    [[nodiscard]] int rowOf(const Id& id) const;
    /// Fetches further pages until learner `id` is loaded; its row, or -1 when it does not match.
    int fetchUntil(const Id& id);
    /// The primary mentor's name as shown in the list ("" when none).
    [[nodiscard]] QString mentorName(const Id& mentorId) const { return m_mentorNames.value(mentorId); }
    /// Re-reads translated texts (headers, statuses) after a language change.
    void retranslate();

    /// "Active", "Paused", "Archived" (translated).
    [[nodiscard]] static QString statusText(LearnerStatus status);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// Reading from the studio failed; `message` says why (translated).
    void loadFailed(const QString& message);

private:
    /// endResetModel() with fetching held back while the modelReset signal is delivered.
    void finishReset();
    void loadMentorNames();
    /// Reads `limit` rows after the loaded ones and appends them (inside begin/endInsertRows unless
    /// `resetting`).
    void appendPage(int limit, bool resetting);
    [[nodiscard]] QVariant displayValue(const Learner& learner, int column) const;
    [[nodiscard]] QVariant rawValue(const Learner& learner, int column) const;

    Database& m_db;
    const Clock& m_clock;
    const Formatter& m_format;
    LearnerFilter m_filter;
    QList<Learner> m_rows;
    qint64 m_total = 0;
    bool m_changing = false;
    QHash<Id, QString> m_mentorNames;
    QHash<Id, QString> m_payerNames;
};

} // namespace mentordesk
