// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QString>
#include <QStringList>

namespace mentordesk {

/// A skill or knowledge point. Topics form a graph through prerequisite edges.
struct Topic
{
    RecordMeta meta;
    QString name; ///< unique among live topics, compared case-insensitively
    QString area; ///< "programming", "maths", "music", "languages" or any short text
    QString description;
};

/// What a user may set when creating or editing a topic.
struct TopicInput
{
    QString name;
    QString area;
    QString description;
};

/// List filter: `text` searches name and description (case-insensitive); `area` matches exactly
/// (case-insensitive) when not empty.
struct TopicFilter
{
    QString text;
    QString area;
};

/// One prerequisite edge: `topicId` requires `prerequisiteId` (learn the prerequisite first).
struct TopicEdge
{
    Id topicId;
    Id prerequisiteId;

    friend bool operator==(const TopicEdge& a, const TopicEdge& b)
    {
        return a.topicId == b.topicId && a.prerequisiteId == b.prerequisiteId;
    }
};

/// Live records that still point at a topic; a topic can only be removed when all are zero.
struct TopicUsage
{
    int courses = 0;           ///< courses (archived ones included) that cover the topic
    QStringList courseTitles;  ///< up to three of their titles, alphabetically
    int goals = 0;             ///< learner goals naming the topic
    int expertise = 0;         ///< mentor expertise entries for the topic
    int prerequisiteEdges = 0; ///< prerequisite edges from or to the topic

    [[nodiscard]] bool isUnused() const
    {
        return courses == 0 && goals == 0 && expertise == 0 && prerequisiteEdges == 0;
    }
};

} // namespace mentordesk
