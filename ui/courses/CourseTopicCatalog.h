// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Topic.h"
#include "courses/TopicGraph.h"

#include <QHash>

namespace mentordesk {

class Clock;
class Database;

/// Every live topic (ordered by name), the same by id, and the prerequisite graph: what the catalog and
/// the Topics tab show. Topics are few (hundreds), so they are read in full.
struct CourseTopicCatalog
{
    QList<Topic> topics;
    QHash<Id, Topic> byId;
    TopicGraph graph;

    /// Reads the topics page by page and the graph through TopicService.
    [[nodiscard]] static Result<CourseTopicCatalog> load(Database& db, const Clock& clock);
};

} // namespace mentordesk
