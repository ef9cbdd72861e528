// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace mentordesk {

/// One ranked suggestion (a course or a mentor) as the views show it; the reasons are already
/// rendered in the UI language (ReasonText).
struct SuggestionRow
{
    Id id;
    QString name;
    double score = 0.0;
    QString detail;         ///< "12 h" for a course, "6 h a week free" for a mentor
    qint64 detailValue = 0; ///< the detail's raw number (minutes), for sorting
    QStringList reasons;    ///< best first
    QStringList caveats;
};

/// Ranked course or mentor suggestions with their explanations (rank, name, score, detail, why).
/// A plain list: the matcher ranks, this model only shows.
class SuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Name,
        Score,
        Detail,
        Why,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the course's or mentor's id
        RawValueRole,              ///< rank / name / score / minutes / reasons text, for sorting
    };
    /// What the rows are: decides the header texts.
    enum class Kind
    {
        Courses,
        Mentors
    };

    explicit SuggestionModel(Kind kind, QObject* parent = nullptr);

    void setRows(const QList<SuggestionRow>& rows);
    [[nodiscard]] const QList<SuggestionRow>& rows() const { return m_rows; }
    void retranslate();

    /// The explanation in one line: "reason; reason (but: caveat)".
    [[nodiscard]] static QString whyText(const SuggestionRow& row);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString tooltip(const SuggestionRow& row) const;

    Kind m_kind;
    QList<SuggestionRow> m_rows;
};

} // namespace mentordesk
