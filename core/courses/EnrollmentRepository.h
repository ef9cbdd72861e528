// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "courses/Enrollment.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `enrollments` table, plus the few reads of learners and mentors that enrolling
/// needs. Reads skip tombstoned rows.
class EnrollmentRepository final
{
public:
    /// A learner or mentor as enrolling sees it.
    struct Person
    {
        QString name;
        bool archived = false;
    };

    explicit EnrollmentRepository(Database& db);

    /// Inserts a new enrollment; `meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Enrollment& enrollment);
    /// Writes every field and bumps the version; Conflict when the stored version is no longer
    /// `enrollment.meta.version`, NotFound when the row is gone.
    [[nodiscard]] Result<void> update(const Enrollment& enrollment);
    [[nodiscard]] Result<std::optional<Enrollment>> find(const Id& id);
    /// Newest start date first, then newest created, then id.
    [[nodiscard]] Result<Page<Enrollment>> list(const EnrollmentFilter& filter, PageRequest page);
    /// Id of a live ACTIVE enrollment of `learnerId` in `courseId` other than `except`, if any.
    [[nodiscard]] Result<std::optional<Id>> activeFor(const Id& learnerId, const Id& courseId, const Id& except = {});

    /// The live learner `id` (archived = status "archived"), if any.
    [[nodiscard]] Result<std::optional<Person>> learner(const Id& id);
    /// The live mentor `id` (archived = archived_at set), if any.
    [[nodiscard]] Result<std::optional<Person>> mentor(const Id& id);

private:
    [[nodiscard]] Result<std::optional<Person>> person(const QString& sql, const Id& id);

    Database& m_db;
};

} // namespace mentordesk
