// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Topic.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mentordesk {

class TopicGraph;

/// Every topic with its direct prerequisites and how many topics need it, for the Topics tab.
class CourseTopicListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Area,
        Prerequisites,
        NeededBy,
        ColumnCount
    };
    enum Role
    {
        UnderlyingDataRole = Qt::UserRole + 1,
        IdRole,
    };

    explicit CourseTopicListModel(QObject* parent = nullptr);

    /// Replaces the rows (kept in the given order) and the graph their prerequisites come from.
    void setTopics(QList<Topic> topics, const TopicGraph& graph);
    [[nodiscard]] const Topic* topicAt(int row) const;
    [[nodiscard]] int rowOf(const Id& id) const;
    /// Names of the topics `id` requires directly, alphabetically.
    [[nodiscard]] QStringList prerequisiteNames(const Id& id) const;
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<Topic> m_topics;
    QHash<Id, QString> m_names;
    QHash<Id, QList<Id>> m_prerequisites;
    QHash<Id, int> m_neededBy;
};

} // namespace mentordesk
