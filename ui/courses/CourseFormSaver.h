// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// What the course dialog collects: the course's own fields, its topics and its modules in order.
/// `moduleIds[i]` is the id of an existing module shown in row i, or empty for a new row.
struct CourseForm
{
    CourseInput course;
    QList<Id> topics;
    QList<CourseModuleInput> modules;
    QList<Id> moduleIds;
};

/// Saves a CourseForm through CourseService. Editing combines several service calls (fields, topics,
/// module removals, edits, additions and moves); they run inside one outer Transaction so a failure leaves
/// the course untouched. Error field keys follow CourseService: "title", "content_minutes", "topics",
/// "modules[i].title|minutes|price_minor" with i the form row.
class CourseFormSaver final
{
    Q_DECLARE_TR_FUNCTIONS(CourseFormSaver)

public:
    CourseFormSaver(Database& db, const Clock& clock);

    [[nodiscard]] Result<Course> create(const CourseForm& form);
    /// `current` is the course as the user opened it (its version is checked).
    [[nodiscard]] Result<Course> update(const Course& current, const CourseForm& form);

private:
    [[nodiscard]] Result<void> saveModules(const Course& current, const CourseForm& form);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
