// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "courses/Topic.h"
#include "courses/TopicGraph.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for topics and their prerequisite graph. Each call validates its input and runs in
/// one transaction; nothing is written when a call fails.
class TopicService final
{
    Q_DECLARE_TR_FUNCTIONS(TopicService)

public:
    TopicService(Database& db, const Clock& clock);

    /// Stores a new topic. Conflict (field "name") when a live topic has the same name, ignoring case.
    [[nodiscard]] Result<Topic> create(const TopicInput& input);
    /// Replaces name, area and description. `expectedVersion` is the version the user edited (0 = don't check).
    [[nodiscard]] Result<Topic> edit(const Id& id, const TopicInput& input, qint64 expectedVersion = 0);
    /// The topic, or NotFound.
    [[nodiscard]] Result<Topic> get(const Id& id);
    /// A topic named by its id or, failing that, by its name (case-insensitive). Invalid naming
    /// `fieldKey` when there is none.
    [[nodiscard]] Result<Topic> resolve(const QString& idOrName, const QString& fieldKey);
    [[nodiscard]] Result<Page<Topic>> list(const TopicFilter& filter, PageRequest page = {});
    /// Tombstones the topic. Refused while a course, learner goal, mentor expertise or prerequisite
    /// edge references it; the message says which. Returns the topic as it was.
    [[nodiscard]] Result<Topic> remove(const Id& id);

    /// Records that `topicId` requires `prerequisiteId`. Refused with Invalid for a self-edge, and
    /// with Conflict (field "prerequisite_id") for a duplicate or an edge that would close a cycle;
    /// the cycle is named topic by topic.
    [[nodiscard]] Result<void> addPrerequisite(const Id& topicId, const Id& prerequisiteId);
    /// Removes the edge; NotFound when `topicId` does not require `prerequisiteId`.
    [[nodiscard]] Result<void> removePrerequisite(const Id& topicId, const Id& prerequisiteId);
    /// The topics `topicId` requires directly, ordered by name.
    [[nodiscard]] Result<QList<Topic>> prerequisites(const Id& topicId);
    /// The whole prerequisite graph of the live topics.
    [[nodiscard]] Result<TopicGraph> graph();

    /// Checks and normalises input without storing anything.
    [[nodiscard]] static Result<TopicInput> validate(const TopicInput& input);

private:
    /// The topic `id` given in the input field `fieldKey`; Invalid naming the field when missing.
    [[nodiscard]] Result<Topic> referenced(const QString& id, const QString& fieldKey);
    /// Conflict when another live topic (not `self`) is called `name`.
    [[nodiscard]] Result<void> requireUniqueName(const QString& name, const Id& self);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
