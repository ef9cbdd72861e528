// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Mentor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace mentordesk {

class Clock;
class Database;
class Formatter;

/// The studio's mentors matching a MentorFilter. A studio has a handful of mentors, so the model reads
/// them all at once (up to 10,000), with the number of active learners of each in one more query.
class MentorListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Learners,
        YearsTeaching,
        DefaultRate,
        Status,
        ColumnCount
    };
    enum ItemRole
    {
        IdRole = Qt::UserRole + 1, ///< the mentor's id
        RawValueRole,              ///< the unformatted value (rate in minor units, years…) for sorting
    };

    MentorListModel(Database& db, const Clock& clock, const Formatter& format, QObject* parent = nullptr);

    void setFilter(const MentorFilter& filter);
    [[nodiscard]] const MentorFilter& filter() const { return m_filter; }
    void reload();
    [[nodiscard]] const Mentor* mentorAt(int row) const;
    [[nodiscard]] int rowOf(const Id& id) const;
    /// Active and paused learners with this primary mentor.
    [[nodiscard]] int learnerCount(const Id& mentorId) const { return m_learnerCounts.value(mentorId); }
    void retranslate();

    /// "Owner", "Mentor", "Front desk" (translated).
    [[nodiscard]] static QString roleText(MentorRole role);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    void load();
    [[nodiscard]] QVariant displayValue(const Mentor& mentor, int column) const;
    [[nodiscard]] QVariant rawValue(const Mentor& mentor, int column) const;

    Database& m_db;
    const Clock& m_clock;
    const Formatter& m_format;
    MentorFilter m_filter;
    QList<Mentor> m_rows;
    QHash<Id, int> m_learnerCounts;
};

} // namespace mentordesk
