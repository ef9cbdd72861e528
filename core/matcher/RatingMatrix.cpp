// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RatingMatrix.h"

#include <algorithm>

namespace mentordesk {

RatingMatrix RatingMatrix::fromTriples(const QList<RatingTriple>& triples)
{
    RatingMatrix m;
    m.m_users.reserve(triples.size());
    m.m_items.reserve(triples.size());
    m.m_ratings.reserve(triples.size());
    QHash<quint64, int> entryOf;
    entryOf.reserve(triples.size());
    for (const RatingTriple& t : triples) {
        const int u = m.addUser(t.user);
        const int i = m.addItem(t.item);
        const quint64 key = (static_cast<quint64>(u) << 32) | static_cast<quint32>(i);
        if (const auto it = entryOf.constFind(key); it != entryOf.cend()) {
            m.m_ratings[static_cast<std::size_t>(it.value())] = t.rating;
            continue;
        }
        entryOf.insert(key, m.size());
        m.m_users.push_back(u);
        m.m_items.push_back(i);
        m.m_ratings.push_back(t.rating);
    }
    if (!m.m_ratings.empty()) {
        const auto [lo, hi] = std::minmax_element(m.m_ratings.begin(), m.m_ratings.end());
        m.m_minRating = *lo;
        m.m_maxRating = *hi;
    }
    return m;
}

void RatingMatrix::add(const QString& user, const QString& item, float rating)
{
    const int u = addUser(user);
    const int i = addItem(item);
    if (m_ratings.empty()) {
        m_minRating = m_maxRating = rating;
    } else {
        m_minRating = std::min(m_minRating, rating);
        m_maxRating = std::max(m_maxRating, rating);
    }
    m_users.push_back(u);
    m_items.push_back(i);
    m_ratings.push_back(rating);
}

int RatingMatrix::addUser(const QString& id)
{
    const auto it = m_userIndex.constFind(id);
    if (it != m_userIndex.cend()) {
        return it.value();
    }
    const int index = userCount();
    m_userIndex.insert(id, index);
    m_userIds.append(id);
    return index;
}

int RatingMatrix::addItem(const QString& id)
{
    const auto it = m_itemIndex.constFind(id);
    if (it != m_itemIndex.cend()) {
        return it.value();
    }
    const int index = itemCount();
    m_itemIndex.insert(id, index);
    m_itemIds.append(id);
    return index;
}

void RatingMatrix::setRatingScale(float min, float max)
{
    m_minRating = std::min(min, max);
    m_maxRating = std::max(min, max);
}

double RatingMatrix::mean() const
{
    if (m_ratings.empty()) {
        return 0.0;
    }
    double sum = 0.0;
    for (const float r : m_ratings) {
        sum += r;
    }
    return sum / static_cast<double>(m_ratings.size());
}

RatingMatrix RatingMatrix::subset(std::span<const int> entryIndices) const
{
    RatingMatrix m;
    m.m_userIds = m_userIds;
    m.m_itemIds = m_itemIds;
    m.m_userIndex = m_userIndex;
    m.m_itemIndex = m_itemIndex;
    m.m_minRating = m_minRating;
    m.m_maxRating = m_maxRating;
    m.m_users.reserve(entryIndices.size());
    m.m_items.reserve(entryIndices.size());
    m.m_ratings.reserve(entryIndices.size());
    for (const int e : entryIndices) {
        const auto k = static_cast<std::size_t>(e);
        m.m_users.push_back(m_users[k]);
        m.m_items.push_back(m_items[k]);
        m.m_ratings.push_back(m_ratings[k]);
    }
    return m;
}

QList<RatingTriple> RatingMatrix::triples() const
{
    QList<RatingTriple> out;
    out.reserve(size());
    for (std::size_t k = 0; k < m_ratings.size(); ++k) {
        out.append({m_userIds.at(m_users[k]), m_itemIds.at(m_items[k]), m_ratings[k]});
    }
    return out;
}

} // namespace mentordesk
