// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "courses/Topic.h"

#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `topics` and `topic_prerequisites` tables. Reads skip tombstoned rows.
class TopicRepository final
{
public:
    explicit TopicRepository(Database& db);

    /// Inserts a new topic; `topic.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Topic& topic);
    /// Writes every field and bumps the version; Conflict when the stored version is no longer
    /// `topic.meta.version`, NotFound when the row is gone.
    [[nodiscard]] Result<void> update(const Topic& topic);
    /// Tombstones the topic.
    [[nodiscard]] Result<void> remove(const Id& id, const QDateTime& nowUtc);
    [[nodiscard]] Result<std::optional<Topic>> find(const Id& id);
    /// The live topic whose name equals `name` ignoring case (Unicode-aware), if any.
    [[nodiscard]] Result<std::optional<Topic>> findByName(const QString& name);
    /// Ordered by name (case-insensitive), then id.
    [[nodiscard]] Result<Page<Topic>> list(const TopicFilter& filter, PageRequest page);
    /// What still references the topic.
    [[nodiscard]] Result<TopicUsage> usage(const Id& id);

    /// Inserts the edge "topicId requires prerequisiteId" with fresh sync metadata in `meta`.
    [[nodiscard]] Result<void> insertEdge(const RecordMeta& meta, const TopicEdge& edge);
    /// The id of the live edge, if there is one.
    [[nodiscard]] Result<std::optional<Id>> findEdge(const TopicEdge& edge);
    /// Tombstones the edge row `edgeId`.
    [[nodiscard]] Result<void> removeEdge(const Id& edgeId, const QDateTime& nowUtc);
    /// Every live edge between live topics.
    [[nodiscard]] Result<QList<TopicEdge>> edges();
    /// The topics `topicId` requires directly, ordered by name.
    [[nodiscard]] Result<QList<Topic>> prerequisitesOf(const Id& topicId);

private:
    Database& m_db;
};

} // namespace mentordesk
