// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SuggestionModel.h"

namespace mentordesk {

SuggestionModel::SuggestionModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void SuggestionModel::setRows(const QList<SuggestionRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SuggestionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString SuggestionModel::whyText(const SuggestionRow& row)
{
    const QString reasons = row.reasons.join(QStringLiteral("; "));
    if (row.caveats.isEmpty()) {
        return reasons;
    }
    if (reasons.isEmpty()) {
        return tr("but %1").arg(row.caveats.join(QStringLiteral("; ")));
    }
    return tr("%1 (but: %2)").arg(reasons, row.caveats.join(QStringLiteral("; ")));
}

QString SuggestionModel::tooltip(const SuggestionRow& row) const
{
    QStringList lines{row.name};
    for (const QString& reason : row.reasons) {
        lines << tr("+ %1").arg(reason);
    }
    for (const QString& caveat : row.caveats) {
        lines << tr("− %1").arg(caveat);
    }
    return lines.join(u'\n');
}

int SuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SuggestionRow& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Name:
            return r.name;
        case Score:
            return QString::number(r.score, 'f', 2);
        case Detail:
            return r.detail;
        case Why:
            return whyText(r);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tooltip(r);
    case Qt::TextAlignmentRole:
        return index.column() == Rank || index.column() == Score || index.column() == Detail
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole:
        return r.id;
    case RawValueRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Name:
            return r.name;
        case Score:
            return r.score;
        case Detail:
            return r.detailValue;
        case Why:
            return whyText(r);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const bool courses = m_kind == Kind::Courses;
    switch (section) {
    case Rank:
        return tr("#");
    case Name:
        return courses ? tr("Course") : tr("Mentor");
    case Score:
        return tr("Score");
    case Detail:
        return courses ? tr("Hours") : tr("Free a week");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace mentordesk
