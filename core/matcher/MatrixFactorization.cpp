// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MatrixFactorization.h"

#include "matcher/SeededRandom.h"

#include <algorithm>
#include <numeric>

namespace mentordesk {

namespace {

/// Dot product with four independent accumulators. Why: one running sum is a chain of dependent
/// additions; four chains keep the FPU busy (~3× faster) without -ffast-math. Training, predict()
/// and scoreItems() all use this one function, so they agree bit for bit.
inline float dot(const float* a, const float* b, int k)
{
    float s0 = 0.0F;
    float s1 = 0.0F;
    float s2 = 0.0F;
    float s3 = 0.0F;
    int f = 0;
    for (; f + 4 <= k; f += 4) {
        s0 += a[f] * b[f];
        s1 += a[f + 1] * b[f + 1];
        s2 += a[f + 2] * b[f + 2];
        s3 += a[f + 3] * b[f + 3];
    }
    for (; f < k; ++f) {
        s0 += a[f] * b[f];
    }
    return (s0 + s1) + (s2 + s3);
}

/// One SGD step on a user and an item vector: p += lr(err·q − reg·p), q += lr(err·p − reg·q), both
/// from the old values. Why blocks of four with all loads before the stores: GCC then vectorises
/// the block at -O2 even though p and q could alias; each lane computes exactly the scalar formula.
inline void sgdStep(float* p, float* q, int k, float err, float lr, float reg)
{
    int f = 0;
    for (; f + 4 <= k; f += 4) {
        const float p0 = p[f];
        const float p1 = p[f + 1];
        const float p2 = p[f + 2];
        const float p3 = p[f + 3];
        const float q0 = q[f];
        const float q1 = q[f + 1];
        const float q2 = q[f + 2];
        const float q3 = q[f + 3];
        p[f] = p0 + lr * (err * q0 - reg * p0);
        p[f + 1] = p1 + lr * (err * q1 - reg * p1);
        p[f + 2] = p2 + lr * (err * q2 - reg * p2);
        p[f + 3] = p3 + lr * (err * q3 - reg * p3);
        q[f] = q0 + lr * (err * p0 - reg * q0);
        q[f + 1] = q1 + lr * (err * p1 - reg * q1);
        q[f + 2] = q2 + lr * (err * p2 - reg * q2);
        q[f + 3] = q3 + lr * (err * p3 - reg * q3);
    }
    for (; f < k; ++f) {
        const float pf = p[f];
        const float qf = q[f];
        p[f] = pf + lr * (err * qf - reg * pf);
        q[f] = qf + lr * (err * pf - reg * qf);
    }
}

} // namespace

Result<MatrixFactorization> MatrixFactorization::train(const RatingMatrix& ratings, const MfParams& params,
                                                       const EpochCallback& onEpoch)
{
    if (params.factors < 1 || params.factors > 500) {
        return fail(
            Error::invalid(QStringLiteral("factors"),
                           tr("The number of factors must be between 1 and 500 (got %1).").arg(params.factors)));
    }
    if (params.epochs < 1 || params.epochs > 1000) {
        return fail(Error::invalid(QStringLiteral("epochs"),
                                   tr("The number of epochs must be between 1 and 1000 (got %1).").arg(params.epochs)));
    }
    if (!(params.learningRate > 0.0F && params.learningRate <= 1.0F)) {
        return fail(
            Error::invalid(QStringLiteral("learning_rate"),
                           tr("The learning rate must be above 0 and at most 1 (got %1).").arg(params.learningRate)));
    }
    if (!(params.regularization >= 0.0F && params.regularization <= 10.0F)) {
        return fail(
            Error::invalid(QStringLiteral("regularization"),
                           tr("The regularisation must be between 0 and 10 (got %1).").arg(params.regularization)));
    }
    if (!(params.initStd >= 0.0F && params.initStd <= 1.0F)) {
        return fail(Error::invalid(QStringLiteral("init_std"),
                                   tr("The initial spread must be between 0 and 1 (got %1).").arg(params.initStd)));
    }
    if (ratings.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("ratings"), tr("There are no ratings to train on.")));
    }

    MatrixFactorization m;
    m.m_params = params;
    m.m_mean = static_cast<float>(ratings.mean());
    m.m_minRating = ratings.minRating();
    m.m_maxRating = ratings.maxRating();
    m.m_userIds = ratings.userIds();
    m.m_itemIds = ratings.itemIds();
    m.rebuildIndex();

    const int k = params.factors;
    const auto users = static_cast<std::size_t>(ratings.userCount());
    const auto items = static_cast<std::size_t>(ratings.itemCount());
    const auto ku = static_cast<std::size_t>(k);
    m.m_userBias.assign(users, 0.0F);
    m.m_itemBias.assign(items, 0.0F);
    m.m_userFactors.resize(users * ku);
    m.m_itemFactors.resize(items * ku);
    SeededRandom rng(params.seed);
    for (float& v : m.m_userFactors) {
        v = static_cast<float>(rng.normal(0.0, params.initStd));
    }
    for (float& v : m.m_itemFactors) {
        v = static_cast<float>(rng.normal(0.0, params.initStd));
    }

    const std::span<const int> us = ratings.users();
    const std::span<const int> is = ratings.items();
    const std::span<const float> rs = ratings.ratings();
    std::vector<quint32> order(rs.size());
    std::iota(order.begin(), order.end(), 0U);
    const float lr = params.learningRate;
    const float reg = params.regularization;
    const float mean = m.m_mean;
    float* bu = m.m_userBias.data();
    float* bi = m.m_itemBias.data();
    float* pAll = m.m_userFactors.data();
    float* qAll = m.m_itemFactors.data();

    for (int epoch = 1; epoch <= params.epochs; ++epoch) {
        rng.shuffle(std::span<quint32>(order));
        for (const quint32 e : order) {
            const auto u = static_cast<std::size_t>(us[e]);
            const auto i = static_cast<std::size_t>(is[e]);
            float* p = pAll + u * ku;
            float* q = qAll + i * ku;
            const float err = rs[e] - (mean + bu[u] + bi[i] + dot(p, q, k));
            bu[u] += lr * (err - reg * bu[u]);
            bi[i] += lr * (err - reg * bi[i]);
            sgdStep(p, q, k, err, lr, reg);
        }
        if (onEpoch && !onEpoch(epoch)) {
            return fail(Error::refused(tr("Training was cancelled after epoch %1.").arg(epoch)));
        }
    }

    // Why: a user or item without training ratings would keep its random start vector and add
    // noise to every prediction; with zeros it falls back to the biases it does have.
    std::vector<char> userSeen(users, 0);
    std::vector<char> itemSeen(items, 0);
    for (std::size_t e = 0; e < rs.size(); ++e) {
        userSeen[static_cast<std::size_t>(us[e])] = 1;
        itemSeen[static_cast<std::size_t>(is[e])] = 1;
    }
    for (std::size_t u = 0; u < users; ++u) {
        if (userSeen[u] == 0) {
            std::fill_n(pAll + u * ku, ku, 0.0F);
        }
    }
    for (std::size_t i = 0; i < items; ++i) {
        if (itemSeen[i] == 0) {
            std::fill_n(qAll + i * ku, ku, 0.0F);
        }
    }
    return m;
}

float MatrixFactorization::rawScore(int user, int item) const
{
    const bool knownUser = user >= 0 && user < userCount();
    const bool knownItem = item >= 0 && item < itemCount();
    float s = m_mean;
    if (knownUser) {
        s += m_userBias[static_cast<std::size_t>(user)];
    }
    if (knownItem) {
        s += m_itemBias[static_cast<std::size_t>(item)];
    }
    if (knownUser && knownItem) {
        const auto ku = static_cast<std::size_t>(m_params.factors);
        s += dot(m_userFactors.data() + static_cast<std::size_t>(user) * ku,
                 m_itemFactors.data() + static_cast<std::size_t>(item) * ku, m_params.factors);
    }
    return s;
}

float MatrixFactorization::predict(int user, int item) const
{
    return std::clamp(rawScore(user, item), m_minRating, m_maxRating);
}

float MatrixFactorization::predict(const QString& user, const QString& item) const
{
    return predict(m_userIndex.value(user, -1), m_itemIndex.value(item, -1));
}

void MatrixFactorization::scoreItems(int user, std::span<float> scores) const
{
    const int k = m_params.factors;
    const auto ku = static_cast<std::size_t>(k);
    const std::size_t n = std::min(scores.size(), m_itemBias.size());
    if (user < 0 || user >= userCount()) {
        for (std::size_t i = 0; i < n; ++i) {
            scores[i] = m_mean + m_itemBias[i];
        }
        return;
    }
    const float base = m_mean + m_userBias[static_cast<std::size_t>(user)];
    const float* p = m_userFactors.data() + static_cast<std::size_t>(user) * ku;
    const float* q = m_itemFactors.data();
    for (std::size_t i = 0; i < n; ++i, q += ku) {
        scores[i] = base + m_itemBias[i] + dot(p, q, k);
    }
}

std::vector<ScoredItem> MatrixFactorization::recommend(int user, int n, std::span<const int> excludeItems) const
{
    std::vector<float> scores(static_cast<std::size_t>(itemCount()));
    scoreItems(user, scores);
    std::vector<std::uint8_t> mask;
    if (!excludeItems.empty()) {
        mask.assign(scores.size(), 0);
        for (const int i : excludeItems) {
            if (i >= 0 && i < itemCount()) {
                mask[static_cast<std::size_t>(i)] = 1;
            }
        }
    }
    return TopN::select(scores, n, mask);
}

std::vector<ScoredItem> MatrixFactorization::recommend(const QString& user, int n, const QSet<QString>& exclude) const
{
    std::vector<int> excluded;
    excluded.reserve(static_cast<std::size_t>(exclude.size()));
    for (const QString& id : exclude) {
        if (const int i = m_itemIndex.value(id, -1); i >= 0) {
            excluded.push_back(i);
        }
    }
    return recommend(m_userIndex.value(user, -1), n, excluded);
}

float MatrixFactorization::userBias(int user) const
{
    return user >= 0 && user < userCount() ? m_userBias[static_cast<std::size_t>(user)] : 0.0F;
}

float MatrixFactorization::itemBias(int item) const
{
    return item >= 0 && item < itemCount() ? m_itemBias[static_cast<std::size_t>(item)] : 0.0F;
}

std::span<const float> MatrixFactorization::userFactors(int user) const
{
    if (user < 0 || user >= userCount()) {
        return {};
    }
    const auto ku = static_cast<std::size_t>(m_params.factors);
    return std::span<const float>(m_userFactors).subspan(static_cast<std::size_t>(user) * ku, ku);
}

std::span<const float> MatrixFactorization::itemFactors(int item) const
{
    if (item < 0 || item >= itemCount()) {
        return {};
    }
    const auto ku = static_cast<std::size_t>(m_params.factors);
    return std::span<const float>(m_itemFactors).subspan(static_cast<std::size_t>(item) * ku, ku);
}

void MatrixFactorization::rebuildIndex()
{
    m_userIndex.clear();
    m_itemIndex.clear();
    m_userIndex.reserve(m_userIds.size());
    m_itemIndex.reserve(m_itemIds.size());
    for (int u = 0; u < userCount(); ++u) {
        m_userIndex.insert(m_userIds.at(u), u);
    }
    for (int i = 0; i < itemCount(); ++i) {
        m_itemIndex.insert(m_itemIds.at(i), i);
    }
}

} // namespace mentordesk
