// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Expertise.h"

#include <QAbstractTableModel>
#include <QList>

namespace mentordesk {

/// A mentor's expertise (topic and level 1–5) as a table. The level is editable: an edit is not stored
/// here but announced with levelEdited(), so the owner saves it through MentorService and calls
/// setExpertise() with what the service returns.
class ExpertiseModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Topic,
        Level,
        ColumnCount
    };
    enum Role
    {
        TopicIdRole = Qt::UserRole + 1, ///< the topic's id
        RawValueRole,                   ///< topic name / level as an int
    };

    explicit ExpertiseModel(QObject* parent = nullptr);

    void setExpertise(const QList<Expertise>& expertise);
    [[nodiscard]] const QList<Expertise>& expertise() const { return m_rows; }
    void retranslate();

    /// "1 — basics" … "5 — expert" (translated).
    [[nodiscard]] static QString levelText(int level);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// The user set `level` (1–5) for `topicId` in the view.
    void levelEdited(const QString& topicId, int level);

private:
    QList<Expertise> m_rows;
};

} // namespace mentordesk
