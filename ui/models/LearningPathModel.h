// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace mentordesk {

/// One course of a learning path, in study order, as the timeline shows it.
struct PathRow
{
    Id courseId;
    QString title;
    qint64 minutes = 0; ///< learner minutes to finish it
    QString hours;      ///< minutes as text ("12 h")
    QDate start;
    QDate finish;
    QString startText; ///< the dates in the studio's format
    QString finishText;
    QString topics; ///< the goal-path topics it teaches, comma-separated
    bool prerequisitesMet = true;
};

/// A planned learning path as an ordered timeline: step, course, hours, start, finish, topics.
class LearningPathModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Step,
        Course,
        Hours,
        Start,
        Finish,
        Topics,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the course's id
        RawValueRole,              ///< step / title / minutes / QDate / topics, for sorting
    };

    explicit LearningPathModel(QObject* parent = nullptr);

    void setRows(const QList<PathRow>& rows);
    [[nodiscard]] const QList<PathRow>& rows() const { return m_rows; }
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<PathRow> m_rows;
};

} // namespace mentordesk
