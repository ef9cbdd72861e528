// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace mentordesk {

class Formatter;

/// One line of a learner's Feedback list: a rating or an assessment.
struct FeedbackEntry
{
    QDateTime at;            ///< UTC
    bool assessment = false; ///< else a rating
    QString about;           ///< what was rated ("Course: Piano Basics") or the assessed topic
    int value = 0;           ///< stars (1–5) or mastery (0–100 %)
    QString text;            ///< the comment or note
    QString by;              ///< the assessing mentor; empty for ratings
};

/// A learner's recent ratings and assessments, newest first: date, kind, about, stars or mastery,
/// comment or note.
class LearnerFeedbackModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        About,
        Score,
        Text,
        ColumnCount
    };

    explicit LearnerFeedbackModel(const Formatter& format, QObject* parent = nullptr);

    /// Replaces the rows (sorted newest first here).
    void setEntries(QList<FeedbackEntry> entries);
    [[nodiscard]] const QList<FeedbackEntry>& entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    const Formatter& m_format;
    QList<FeedbackEntry> m_entries;
};

} // namespace mentordesk
