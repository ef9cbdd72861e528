// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `course_modules` table. Reads skip tombstoned rows.
class CourseModuleRepository final
{
public:
    explicit CourseModuleRepository(Database& db);

    /// Inserts a module; `meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const CourseModule& module);
    /// Writes title, minutes, price and position and bumps the version; Conflict when the stored
    /// version is no longer `module.meta.version`, NotFound when the row is gone.
    [[nodiscard]] Result<void> update(const CourseModule& module);
    /// Moves a module to `position` (bumping its version) without a version check: renumbering
    /// follows from another change made in the same transaction.
    [[nodiscard]] Result<void> setPosition(const Id& id, int position, const QDateTime& nowUtc);
    [[nodiscard]] Result<void> remove(const Id& id, const QDateTime& nowUtc);
    [[nodiscard]] Result<std::optional<CourseModule>> find(const Id& id);
    /// The course's live modules ordered by position (then creation, then id).
    [[nodiscard]] Result<QList<CourseModule>> listFor(const Id& courseId);

private:
    Database& m_db;
};

} // namespace mentordesk
