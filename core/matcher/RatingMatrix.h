// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

namespace mentordesk {

/// One observed rating: who (any string id), what (any string id), how much.
struct RatingTriple
{
    QString user;
    QString item;
    float rating = 0.0F;
};

/// A sparse user × item rating matrix in coordinate form: three parallel flat arrays (user index,
/// item index, rating), plus the maps between string ids and dense indices 0…n−1.
/// Indices are assigned in order of first appearance. `subset()` keeps the id maps, so models
/// trained on a subset (a cross-validation fold) share the index space of the whole matrix.
class RatingMatrix final
{
public:
    RatingMatrix() = default;

    /// Builds a matrix from triples; when a (user, item) pair repeats, the last rating wins.
    [[nodiscard]] static RatingMatrix fromTriples(const QList<RatingTriple>& triples);

    /// Appends one rating (no duplicate check; use fromTriples for untrusted input). Widens the
    /// rating scale to include `rating`.
    void add(const QString& user, const QString& item, float rating);
    /// Index of `id`, adding it when new (a user or item may exist without ratings).
    int addUser(const QString& id);
    int addItem(const QString& id);

    [[nodiscard]] int userCount() const { return static_cast<int>(m_userIds.size()); }
    [[nodiscard]] int itemCount() const { return static_cast<int>(m_itemIds.size()); }
    /// Number of ratings.
    [[nodiscard]] int size() const { return static_cast<int>(m_ratings.size()); }
    [[nodiscard]] bool isEmpty() const { return m_ratings.empty(); }

    /// Dense index of a string id, or −1 when unknown.
    [[nodiscard]] int userIndex(const QString& id) const { return m_userIndex.value(id, -1); }
    [[nodiscard]] int itemIndex(const QString& id) const { return m_itemIndex.value(id, -1); }
    [[nodiscard]] const QString& userId(int index) const { return m_userIds.at(index); }
    [[nodiscard]] const QString& itemId(int index) const { return m_itemIds.at(index); }
    [[nodiscard]] const QStringList& userIds() const { return m_userIds; }
    [[nodiscard]] const QStringList& itemIds() const { return m_itemIds; }

    /// Entry arrays, all of length size().
    [[nodiscard]] std::span<const int> users() const { return m_users; }
    [[nodiscard]] std::span<const int> items() const { return m_items; }
    [[nodiscard]] std::span<const float> ratings() const { return m_ratings; }

    /// The rating scale that predictions are clamped to: the observed minimum and maximum unless
    /// set explicitly (e.g. 1–5 stars). Both 0 for an empty matrix.
    [[nodiscard]] float minRating() const { return m_minRating; }
    [[nodiscard]] float maxRating() const { return m_maxRating; }
    void setRatingScale(float min, float max);

    /// Mean of all ratings (0 for an empty matrix).
    [[nodiscard]] double mean() const;

    /// The entries at `entryIndices`, with the same id maps and rating scale.
    [[nodiscard]] RatingMatrix subset(std::span<const int> entryIndices) const;
    /// The entries as string triples, in entry order.
    [[nodiscard]] QList<RatingTriple> triples() const;

private:
    QStringList m_userIds;
    QStringList m_itemIds;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_itemIndex;
    std::vector<int> m_users;
    std::vector<int> m_items;
    std::vector<float> m_ratings;
    float m_minRating = 0.0F;
    float m_maxRating = 0.0F;
};

} // namespace mentordesk
