// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CourseListModel.h"

#include "common/Formatter.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace mentordesk {

CourseListModel::CourseListModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void CourseListModel::setCourses(QList<Course> courses, QHash<Id, QString> topicNames)
{
    beginResetModel();
    m_courses = std::move(courses);
    m_topicNames = std::move(topicNames);
    endResetModel();
}

const Course* CourseListModel::courseAt(int row) const
{
    return row >= 0 && row < m_courses.size() ? &m_courses[row] : nullptr;
}

int CourseListModel::rowOf(const Id& id) const
{
    for (qsizetype i = 0; i < m_courses.size(); ++i) {
        if (m_courses[i].meta.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void CourseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_courses.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString CourseListModel::levelName(int level)
{
    switch (level) {
    case 1:
        return tr("1 · Beginner");
    case 2:
        return tr("2 · Elementary");
    case 3:
        return tr("3 · Intermediate");
    case 4:
        return tr("4 · Advanced");
    case 5:
        return tr("5 · Expert");
    default:
        return QString::number(level);
    }
}

QString CourseListModel::topicText(const Course& course) const
{
    QStringList names;
    for (const Id& id : course.topics) {
        names.append(m_topicNames.value(id, id));
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

int CourseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_courses.size());
}

int CourseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseListModel::display(const Course& c, int column) const
{
    switch (column) {
    case Title:
        return c.isArchived() ? tr("%1 (archived)").arg(c.title) : c.title;
    case Level:
        return levelName(c.level);
    case Hours:
        return m_format.duration(c.contentMinutes);
    case Quality:
        return m_format.locale().toString(c.quality);
    case Practicality:
        return m_format.locale().toString(c.practicality);
    case Topics:
        return topicText(c);
    case Modules:
        return m_format.locale().toString(c.modules.size());
    default:
        return {};
    }
}

QVariant CourseListModel::underlying(const Course& c, int column) const
{
    switch (column) {
    case Title:
        return c.title.toLower();
    case Level:
        return c.level;
    case Hours:
        return c.contentMinutes;
    case Quality:
        return c.quality;
    case Practicality:
        return c.practicality;
    case Topics:
        return topicText(c).toLower();
    case Modules:
        return static_cast<int>(c.modules.size());
    default:
        return {};
    }
}

QVariant CourseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Course& c = m_courses[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title && !c.description.isEmpty()) {
            return c.description.left(400);
        }
        return index.column() == Topics ? display(c, Topics) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Title || index.column() == Topics || index.column() == Level
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (c.isArchived()) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (c.isArchived()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case UnderlyingDataRole:
        return underlying(c, index.column());
    case IdRole:
        return c.meta.id;
    case ArchivedRole:
        return c.isArchived();
    default:
        return {};
    }
}

QVariant CourseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Hours:
            return tr("Content time C: how long the course takes at full speed");
        case Quality:
            return tr("Quality Q, 1–10");
        case Practicality:
            return tr("Practicality U, 1–10: how directly the course applies to real tasks");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Level:
        return tr("Level");
    case Hours:
        return tr("Hours");
    case Quality:
        return tr("Q");
    case Practicality:
        return tr("U");
    case Topics:
        return tr("Topics");
    case Modules:
        return tr("Modules");
    default:
        return {};
    }
}

} // namespace mentordesk
