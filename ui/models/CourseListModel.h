// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Course.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mentordesk {

class Formatter;

/// The course catalog as a table. The page loads the courses through CourseService (filters live in
/// core's CourseFilter) and hands them over; the model never touches the database.
class CourseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Level,
        Hours,
        Quality,
        Practicality,
        Topics,
        Modules,
        ColumnCount
    };
    enum Role
    {
        UnderlyingDataRole = Qt::UserRole + 1, ///< raw value for sorting (minutes, numbers, lower-case text)
        IdRole,                                ///< course id
        ArchivedRole,                          ///< bool
    };

    explicit CourseListModel(const Formatter& format, QObject* parent = nullptr);

    /// Replaces the rows. `topicNames` maps topic ids to names for the Topics column.
    void setCourses(QList<Course> courses, QHash<Id, QString> topicNames);
    [[nodiscard]] const Course* courseAt(int row) const;
    /// Row of the course `id`, or -1.
    [[nodiscard]] int rowOf(const Id& id) const;
    /// Re-emits headers and texts after a language change.
    void retranslate();

    /// "1 · Beginner" … "5 · Expert" (translated).
    [[nodiscard]] static QString levelName(int level);
    /// The course's topic names, alphabetically, joined with ", ".
    [[nodiscard]] QString topicText(const Course& course) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const Course& course, int column) const;
    [[nodiscard]] QVariant underlying(const Course& course, int column) const;

    const Formatter& m_format;
    QList<Course> m_courses;
    QHash<Id, QString> m_topicNames;
};

} // namespace mentordesk
