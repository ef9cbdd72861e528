// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/SearchHit.h"

#include <QAbstractListModel>
#include <QList>

namespace mentordesk {

/// The hits of the global search, one row each, grouped by kind in the order of each kind's best
/// hit (GlobalSearch lists hits best first). Display: the title; decoration: the kind's icon.
class SearchHitModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< "learner", "payer"…
        IdRole,
        SubtitleRole,
        KindLabelRole, ///< translated kind name ("Learner")
        ArchivedRole,
        FirstOfKindRole, ///< true on the first row of each kind (the delegate draws a group line)
    };

    explicit SearchHitModel(QObject* parent = nullptr);

    /// Replaces the rows by `hits`, regrouped by kind. When `hits` is empty and `emptyText` is not,
    /// the model shows one disabled row with `emptyText` ("No matches…").
    void setHits(const QList<SearchHit>& hits, const QString& emptyText = {});
    void clear();
    /// The hit shown in `row`, or nullptr for the "no matches" row or an invalid row.
    [[nodiscard]] const SearchHit* hit(int row) const;
    [[nodiscard]] qsizetype hitCount() const { return m_hits.size(); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The translated singular name of a kind ("Learner"); the kind itself when unknown.
    [[nodiscard]] static QString kindLabel(const QString& kind);

private:
    QList<SearchHit> m_hits;
    QString m_emptyText;
};

} // namespace mentordesk
