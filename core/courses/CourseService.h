// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "courses/Course.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for courses, their topics and their ordered modules. Each call validates its input
/// and runs in one transaction; nothing is written when a call fails.
class CourseService final
{
    Q_DECLARE_TR_FUNCTIONS(CourseService)

public:
    CourseService(Database& db, const Clock& clock);

    /// Stores a course with its topics and modules (positions 1, 2, … in the given order). When
    /// `input.contentMinutes` is 0 it becomes the sum of the modules' minutes. Field keys:
    /// CourseValidator's, "topics" and "modules[i].title|minutes|price_minor" (i from 0).
    [[nodiscard]] Result<Course> create(const CourseInput& input, const QList<Id>& topics = {},
                                        const QList<CourseModuleInput>& modules = {});
    /// Replaces the course's own fields (not topics or modules). Content minutes 0 = sum of the
    /// current modules. `expectedVersion` is the version the user edited (0 = don't check).
    [[nodiscard]] Result<Course> edit(const Id& id, const CourseInput& input, qint64 expectedVersion = 0);
    /// Archived courses stay readable but take no new enrollments.
    [[nodiscard]] Result<Course> archive(const Id& id);
    [[nodiscard]] Result<Course> restore(const Id& id);
    /// The course with its topics and its modules ordered by position, or NotFound.
    [[nodiscard]] Result<Course> get(const Id& id);
    /// A page of courses, each with topics and modules.
    [[nodiscard]] Result<Page<Course>> list(const CourseFilter& filter, PageRequest page = {});
    /// Makes `topics` (duplicates dropped) the course's topics; field key "topics".
    [[nodiscard]] Result<Course> setTopics(const Id& courseId, const QList<Id>& topics);

    /// The module calls of CourseModuleService, offered here too so callers need one service.
    [[nodiscard]] Result<CourseModule> addModule(const Id& courseId, const CourseModuleInput& input, int position = 0);
    [[nodiscard]] Result<CourseModule> editModule(const Id& moduleId, const CourseModuleInput& input,
                                                  qint64 expectedVersion = 0);
    [[nodiscard]] Result<QList<CourseModule>> removeModule(const Id& moduleId);
    [[nodiscard]] Result<QList<CourseModule>> moveModule(const Id& moduleId, int newPosition);

private:
    [[nodiscard]] Result<Course> setArchived(const Id& id, bool archived);
    /// Course row only (no topics/modules), or NotFound.
    [[nodiscard]] Result<Course> row(const Id& id);
    [[nodiscard]] Result<void> fill(Course& course);
    /// Valid, existing, de-duplicated topic ids.
    [[nodiscard]] Result<QList<Id>> checkTopics(const QList<Id>& topics);
    [[nodiscard]] RecordMeta freshMeta() const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
