// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/LearnerFeedbackModel.h"

#include "common/Formatter.h"
#include "feedback/RecordRatingDialog.h"

#include <algorithm>

namespace mentordesk {

LearnerFeedbackModel::LearnerFeedbackModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void LearnerFeedbackModel::setEntries(QList<FeedbackEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const FeedbackEntry& a, const FeedbackEntry& b) { return a.at > b.at; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int LearnerFeedbackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LearnerFeedbackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearnerFeedbackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FeedbackEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return m_format.date(m_format.toLocal(e.at).date());
        case Kind:
            return e.assessment ? tr("Assessment") : tr("Rating");
        case About:
            return e.assessment && !e.by.isEmpty() ? tr("%1 (by %2)").arg(e.about, e.by) : e.about;
        case Score:
            return e.assessment ? tr("%1 %").arg(e.value) : RecordRatingDialog::starText(e.value);
        case Text:
            return QString(e.text).replace(u'\n', u' ');
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Score) {
            return e.assessment ? tr("Mastery %1 %").arg(e.value) : tr("%n star(s) of 5", "", e.value);
        }
        if (index.column() == Text && !e.text.isEmpty()) {
            return e.text;
        }
        return {};
    }
    if (role == Qt::UserRole) {
        return e.value;
    }
    return {};
}

QVariant LearnerFeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case About:
        return tr("About");
    case Score:
        return tr("Stars / mastery");
    case Text:
        return tr("Comment / note");
    default:
        return {};
    }
}

} // namespace mentordesk
