// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MentorListModel.h"

#include "common/Formatter.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace mentordesk {

MentorListModel::MentorListModel(Database& db, const Clock& clock, const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_format(format)
{}

QString MentorListModel::roleText(MentorRole role)
{
    switch (role) {
    case MentorRole::Owner:
        return tr("Owner");
    case MentorRole::FrontDesk:
        return tr("Front desk");
    case MentorRole::Mentor:
        break;
    }
    return tr("Mentor");
}

void MentorListModel::setFilter(const MentorFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    load();
    endResetModel();
}

void MentorListModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void MentorListModel::load()
{
    m_rows.clear();
    m_learnerCounts.clear();
    auto mentors = MentorService(m_db, m_clock).list(m_filter, {0, 10000});
    if (!mentors) {
        emit loadFailed(mentors.error().message);
        return;
    }
    m_rows = mentors->items;
    if (auto counts = LearnerService(m_db, m_clock).activeCountsByMentor(); counts) {
        m_learnerCounts = *counts;
    } else {
        emit loadFailed(counts.error().message);
    }
}

const Mentor* MentorListModel::mentorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MentorListModel::rowOf(const Id& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].meta.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void MentorListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int MentorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MentorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentorListModel::displayValue(const Mentor& mentor, int column) const
{
    switch (column) {
    case Name:
        return mentor.name;
    case Role:
        return roleText(mentor.role);
    case Learners:
        return QString::number(learnerCount(mentor.meta.id));
    case YearsTeaching:
        return QString::number(mentor.yearsTeaching);
    case DefaultRate:
        return tr("%1 / h").arg(m_format.money(mentor.defaultRateMinor));
    case Status:
        return mentor.isArchived() ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant MentorListModel::rawValue(const Mentor& mentor, int column) const
{
    switch (column) {
    case Role:
        return static_cast<int>(mentor.role);
    case Learners:
        return learnerCount(mentor.meta.id);
    case YearsTeaching:
        return mentor.yearsTeaching;
    case DefaultRate:
        return mentor.defaultRateMinor;
    case Status:
        return mentor.isArchived() ? 1 : 0;
    default:
        return displayValue(mentor, column);
    }
}

QVariant MentorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Mentor& mentor = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(mentor, index.column());
    case Qt::DecorationRole:
        if (index.column() == Name && !mentor.color.isEmpty()) {
            return QColor::fromString(mentor.color);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Learners || index.column() == YearsTeaching || index.column() == DefaultRate) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (mentor.isArchived()) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case IdRole:
        return mentor.meta.id;
    case RawValueRole:
        return rawValue(mentor, index.column());
    default:
        return {};
    }
}

QVariant MentorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Learners:
        return tr("Learners");
    case YearsTeaching:
        return tr("Years teaching");
    case DefaultRate:
        return tr("Default rate");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace mentordesk
