// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Course.h"

#include <QAbstractTableModel>

namespace mentordesk {

class Formatter;

/// A course's modules in teaching order (read-only; the course dialog edits them).
class CourseModuleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Title,
        Duration,
        Price,
        ColumnCount
    };
    enum Role
    {
        UnderlyingDataRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit CourseModuleModel(const Formatter& format, QObject* parent = nullptr);

    void setModules(QList<CourseModule> modules);
    [[nodiscard]] const QList<CourseModule>& modules() const { return m_modules; }
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    const Formatter& m_format;
    QList<CourseModule> m_modules;
};

} // namespace mentordesk
