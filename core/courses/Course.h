// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// One part of a course, taught in order.
struct CourseModule
{
    RecordMeta meta;
    Id courseId;
    int position = 1; ///< 1, 2, … without gaps among the course's live modules
    QString title;
    int minutes = 0;                  ///< > 0
    std::optional<qint64> priceMinor; ///< price in minor units of the studio currency (>= 0), when sold per module
};

/// A course: content hours C, quality Q, practicality U, topics and ordered modules.
struct Course
{
    RecordMeta meta;
    QString title;
    QString description;
    int level = 1;               ///< 1 (beginner) … 5 (expert)
    int contentMinutes = 0;      ///< C, in minutes (> 0)
    int quality = 7;             ///< Q, 1–10
    int practicality = 7;        ///< U, 1–10
    QDateTime archivedAt;        ///< invalid while active
    QList<Id> topics;            ///< ordered by topic name
    QList<CourseModule> modules; ///< ordered by position

    [[nodiscard]] bool isArchived() const { return archivedAt.isValid(); }
};

/// What a user may set on a course itself (topics and modules have their own calls).
struct CourseInput
{
    QString title;
    QString description;
    int level = 1;
    int contentMinutes = 0; ///< 0 = the sum of the modules' minutes (there must be modules then)
    int quality = 7;
    int practicality = 7;
};

/// What a user may set on a module.
struct CourseModuleInput
{
    QString title;
    int minutes = 0;
    std::optional<qint64> priceMinor;
};

/// List filter. `text` searches title and description (case-insensitive); `level` 0 = any;
/// `topicId` empty = any.
struct CourseFilter
{
    QString text;
    int level = 0;
    Id topicId;
    bool includeArchived = false;
    bool archivedOnly = false;
};

} // namespace mentordesk
