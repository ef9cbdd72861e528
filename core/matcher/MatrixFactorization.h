// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/RatingMatrix.h"
#include "matcher/RatingModel.h"
#include "matcher/TopN.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <vector>

namespace mentordesk {

/// Hyper-parameters of MatrixFactorization. Defaults: see docs/matcher.md (tuned on the
/// MovieLens-shaped synthetic set; close to Surprise's SVD).
struct MfParams
{
    int factors = 50;             ///< latent dimensions, 1–500
    int epochs = 25;              ///< passes over the ratings, 1–1000
    float learningRate = 0.007F;  ///< SGD step, (0, 1]
    float regularization = 0.06F; ///< L2 weight on biases and factors, [0, 10]
    float initStd = 0.1F;         ///< factors start as N(0, initStd²), [0, 1]
    std::uint64_t seed = 42;      ///< initialisation and shuffling
};

/// Biased matrix factorisation r̂(u, i) = μ + b_u + b_i + p_uᵀq_i, trained by stochastic gradient
/// descent on squared error with L2 regularisation, visiting the ratings in a freshly shuffled
/// order each epoch. Deterministic: the same matrix, parameters and seed give bit-identical models
/// on the same build. Storage is flat float arrays (users × factors, items × factors).
class MatrixFactorization final : public RatingModel
{
    Q_DECLARE_TR_FUNCTIONS(MatrixFactorization)

public:
    /// Called after each epoch with its number (1-based); return false to cancel training.
    using EpochCallback = std::function<bool(int epoch)>;
    /// Current version of the save() format.
    static constexpr quint32 kFormatVersion = 1;

    MatrixFactorization() = default;

    /// Trains on `ratings`. Fails with Invalid naming the parameter ("factors", "epochs",
    /// "learning_rate", "regularization", "init_std") or "ratings" when there is nothing to learn
    /// from; with Refused when `onEpoch` cancels. Users and items without a rating in `ratings`
    /// keep zero bias and zero factors.
    [[nodiscard]] static Result<MatrixFactorization> train(const RatingMatrix& ratings, const MfParams& params = {},
                                                           const EpochCallback& onEpoch = {});

    [[nodiscard]] QString name() const override { return QStringLiteral("mf"); }
    [[nodiscard]] float predict(int user, int item) const override;
    void scoreItems(int user, std::span<float> scores) const override;

    /// Prediction by string id. An unknown user gives μ + b_i, an unknown item μ + b_u, both μ.
    [[nodiscard]] float predict(const QString& user, const QString& item) const;
    /// The prediction before clamping to the rating scale (what scoreItems() ranks by). Out-of-range
    /// indices fall back as in predict().
    [[nodiscard]] float unclampedPredict(int user, int item) const { return rawScore(user, item); }
    /// Dense index of a user or item id, or −1 when the model does not know it.
    [[nodiscard]] int userIndex(const QString& id) const { return m_userIndex.value(id, -1); }
    [[nodiscard]] int itemIndex(const QString& id) const { return m_itemIndex.value(id, -1); }
    /// The rating scale predictions are clamped to.
    [[nodiscard]] float minRating() const { return m_minRating; }
    [[nodiscard]] float maxRating() const { return m_maxRating; }
    /// The `n` best items for `user` (indices of itemIds()), best first, skipping `excludeItems`
    /// (e.g. what the user has already rated). An unknown user (−1) is ranked by μ + b_i.
    [[nodiscard]] std::vector<ScoredItem> recommend(int user, int n, std::span<const int> excludeItems = {}) const;
    /// The same by string ids; unknown ids in `exclude` are ignored.
    [[nodiscard]] std::vector<ScoredItem> recommend(const QString& user, int n,
                                                    const QSet<QString>& exclude = {}) const;

    [[nodiscard]] const MfParams& params() const { return m_params; }
    [[nodiscard]] int userCount() const { return static_cast<int>(m_userIds.size()); }
    [[nodiscard]] int itemCount() const { return static_cast<int>(m_itemIds.size()); }
    [[nodiscard]] const QStringList& userIds() const { return m_userIds; }
    [[nodiscard]] const QStringList& itemIds() const { return m_itemIds; }
    [[nodiscard]] float globalMean() const { return m_mean; }
    [[nodiscard]] float userBias(int user) const;
    [[nodiscard]] float itemBias(int item) const;
    /// Factor vector of a user or item (empty span for an out-of-range index).
    [[nodiscard]] std::span<const float> userFactors(int user) const;
    [[nodiscard]] std::span<const float> itemFactors(int item) const;

    /// Compact little-endian binary blob: magic "MDMF", format version, parameters, scale, ids,
    /// biases, factors and a CRC-16 of everything before it.
    [[nodiscard]] QByteArray save() const;
    /// Reads save() output. Fails (Invalid, field "model") on a wrong magic, a newer format
    /// version, a truncated or corrupted blob.
    [[nodiscard]] static Result<MatrixFactorization> load(const QByteArray& blob);

private:
    [[nodiscard]] float rawScore(int user, int item) const;
    void rebuildIndex();

    MfParams m_params;
    float m_mean = 0.0F;
    float m_minRating = 0.0F;
    float m_maxRating = 0.0F;
    QStringList m_userIds;
    QStringList m_itemIds;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_itemIndex;
    std::vector<float> m_userBias;
    std::vector<float> m_itemBias;
    std::vector<float> m_userFactors; ///< users × factors, row-major
    std::vector<float> m_itemFactors; ///< items × factors, row-major
};

} // namespace mentordesk
