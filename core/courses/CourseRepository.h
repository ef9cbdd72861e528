// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "courses/Course.h"

#include <QHash>
#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `courses` and `course_topics` tables. Reads skip tombstoned rows. Course rows are
/// read without topics and modules; CourseService fills those in.
class CourseRepository final
{
public:
    explicit CourseRepository(Database& db);

    /// Inserts the course row (not its topics or modules); `meta` must carry id, timestamps, version 1.
    [[nodiscard]] Result<void> insert(const Course& course);
    /// Writes the course's own fields (and archived_at) and bumps the version; Conflict when the stored
    /// version is no longer `course.meta.version`, NotFound when the row is gone.
    [[nodiscard]] Result<void> update(const Course& course);
    [[nodiscard]] Result<std::optional<Course>> find(const Id& id);
    /// Ordered by title (case-insensitive), then id.
    [[nodiscard]] Result<Page<Course>> list(const CourseFilter& filter, PageRequest page);

    /// The course's topic ids, ordered by topic name.
    [[nodiscard]] Result<QList<Id>> topicsOf(const Id& courseId);
    /// topic id → course_topics row id, for the course's live links.
    [[nodiscard]] Result<QHash<Id, Id>> topicLinks(const Id& courseId);
    [[nodiscard]] Result<void> insertTopicLink(const RecordMeta& meta, const Id& courseId, const Id& topicId);
    [[nodiscard]] Result<void> removeTopicLink(const Id& linkId, const QDateTime& nowUtc);

private:
    Database& m_db;
};

} // namespace mentordesk
