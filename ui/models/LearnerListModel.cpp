// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LearnerListModel.h"

#include "common/Formatter.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace mentordesk {

LearnerListModel::LearnerListModel(Database& db, const Clock& clock, const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_format(format)
{}

QString LearnerListModel::statusText(LearnerStatus status)
{
    switch (status) {
    case LearnerStatus::Paused:
        return tr("Paused");
    case LearnerStatus::Archived:
        return tr("Archived");
    case LearnerStatus::Active:
        break;
    }
    return tr("Active");
}

void LearnerListModel::setFilter(const LearnerFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    appendPage(kFetchSize, true);
    finishReset();
}

void LearnerListModel::reload()
{
    const int keep = std::max<int>(kFetchSize, static_cast<int>(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_payerNames.clear();
    loadMentorNames();
    appendPage(keep, true);
    finishReset();
}

void LearnerListModel::loadMentorNames()
{
    MentorFilter all;
    all.includeArchived = true;
    auto mentors = MentorService(m_db, m_clock).list(all, {0, 10000});
    if (!mentors) {
        emit loadFailed(mentors.error().message);
        return;
    }
    m_mentorNames.clear();
    for (const mentordesk::Mentor& mentor : std::as_const(mentors->items)) {
        m_mentorNames.insert(mentor.meta.id, mentor.name);
    }
}

void LearnerListModel::appendPage(int limit, bool resetting)
{
    if (m_mentorNames.isEmpty()) {
        loadMentorNames();
    }
    const int offset = static_cast<int>(m_rows.size());
    auto page = LearnerService(m_db, m_clock).list(m_filter, {offset, limit});
    if (!page) {
        m_total = m_rows.size(); // stop fetching; the view shows what it has
        emit loadFailed(page.error().message);
        return;
    }
    QList<Id> unknownPayers;
    QSet<Id> seen;
    for (const Learner& learner : std::as_const(page->items)) {
        if (!learner.payerId.isEmpty() && !m_payerNames.contains(learner.payerId) && !seen.contains(learner.payerId)) {
            seen.insert(learner.payerId);
            unknownPayers.append(learner.payerId);
        }
    }
    if (!unknownPayers.isEmpty()) {
        auto names = PayerService(m_db, m_clock).namesFor(unknownPayers);
        if (names) {
            m_payerNames.insert(*names);
        } else {
            emit loadFailed(names.error().message);
        }
    }
    if (page->items.isEmpty()) {
        m_total = m_rows.size(); // the studio changed under us: nothing more to fetch
        return;
    }
    if (!resetting) {
        beginInsertRows({}, offset, offset + static_cast<int>(page->items.size()) - 1);
    }
    m_rows.append(page->items);
    m_total = std::max<qint64>(page->total, m_rows.size());
    if (!resetting) {
        endInsertRows();
    }
}

const Learner* LearnerListModel::learnerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LearnerListModel::rowOf(const Id& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].meta.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int LearnerListModel::fetchUntil(const Id& id)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before) {
            break;
        }
        for (qsizetype i = before; i < m_rows.size(); ++i) {
            if (m_rows[i].meta.id == id) {
                row = static_cast<int>(i);
                break;
            }
        }
    }
    return row;
}

void LearnerListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int LearnerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LearnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearnerListModel::displayValue(const Learner& learner, int column) const
{
    switch (column) {
    case Name:
        return learner.name;
    case Status:
        return statusText(learner.status);
    case Level:
        return QString::number(learner.level);
    case Mentor:
        return m_mentorNames.value(learner.mentorId);
    case Payer:
        return m_payerNames.value(learner.payerId);
    case WeeklyHours:
        return m_format.duration(learner.weeklyMinutes);
    case Tags:
        return learner.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant LearnerListModel::rawValue(const Learner& learner, int column) const
{
    switch (column) {
    case Status:
        return static_cast<int>(learner.status);
    case Level:
        return learner.level;
    case WeeklyHours:
        return learner.weeklyMinutes;
    default:
        return displayValue(learner, column);
    }
}

QVariant LearnerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Learner& learner = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(learner, index.column());
    case Qt::ToolTipRole:
        // Why: the view elides long names; the tooltip shows them whole.
        return index.column() == Name && !learner.email.isEmpty() ? tr("%1 (%2)").arg(learner.name, learner.email)
                                                                  : displayValue(learner, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Level) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        }
        if (index.column() == WeeklyHours) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (learner.status == LearnerStatus::Archived) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case IdRole:
        return learner.meta.id;
    case RawValueRole:
        return rawValue(learner, index.column());
    default:
        return {};
    }
}

QVariant LearnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Level:
        return tr("Level");
    case Mentor:
        return tr("Mentor");
    case Payer:
        return tr("Payer");
    case WeeklyHours:
        return tr("Weekly time");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

void LearnerListModel::finishReset()
{
    // Why: slots of modelReset and rowsInserted (QAbstractItemModelTester in Qt 6.4) may call fetchMore()
    // before every receiver has seen the change; inserting rows then would nest one change inside
    // another. Views fetch on their next layout pass anyway. fetchMore() holds back the same way.
    m_changing = true;
    endResetModel();
    m_changing = false;
}

bool LearnerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_changing && !parent.isValid() && m_rows.size() < m_total;
}

void LearnerListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        m_changing = true;
        appendPage(kFetchSize, false);
        m_changing = false;
    }
}

} // namespace mentordesk
