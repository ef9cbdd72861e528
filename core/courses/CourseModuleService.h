// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for the ordered modules of a course. Positions stay 1, 2, … without gaps: adding,
/// removing and moving renumber the other modules in the same transaction. Nothing is written when
/// a call fails.
class CourseModuleService final
{
    Q_DECLARE_TR_FUNCTIONS(CourseModuleService)

public:
    CourseModuleService(Database& db, const Clock& clock);

    /// Adds a module at `position` (1 … count + 1; 0 = append) and shifts the later ones down.
    /// Field keys "title", "minutes", "price_minor", "position"; NotFound for an unknown course.
    [[nodiscard]] Result<CourseModule> add(const Id& courseId, const CourseModuleInput& input, int position = 0);
    /// Replaces title, minutes and price. `expectedVersion` is the version the user edited (0 = don't check).
    [[nodiscard]] Result<CourseModule> edit(const Id& moduleId, const CourseModuleInput& input,
                                            qint64 expectedVersion = 0);
    /// Tombstones the module and closes the gap. Returns the course's modules as they are now.
    [[nodiscard]] Result<QList<CourseModule>> remove(const Id& moduleId);
    /// Moves the module to `newPosition` (1 … count; field key "position"), shifting the ones in
    /// between. Returns the course's modules as they are now.
    [[nodiscard]] Result<QList<CourseModule>> move(const Id& moduleId, int newPosition);
    /// The module, or NotFound.
    [[nodiscard]] Result<CourseModule> get(const Id& moduleId);

private:
    /// The live modules of a live course, ordered by position; NotFound for an unknown course.
    [[nodiscard]] Result<QList<CourseModule>> modulesOf(const Id& courseId);
    /// Gives `ordered[i]` position i + 1 wherever that changes (except the module `skip`).
    [[nodiscard]] Result<void> renumber(QList<CourseModule>& ordered, const Id& skip = {});

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
