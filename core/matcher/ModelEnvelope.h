// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "matcher/MatrixFactorization.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mentordesk {

/// A trained model as kept in the studio's `meta` table, with what it was trained on.
struct StoredModel
{
    MatrixFactorization model;
    QString fingerprint; ///< of the ratings and parameters it was trained on
    int ratings = 0;
    QDateTime trainedAt; ///< UTC
};

/// The `meta` row that holds the course recommender's matrix-factorisation model: key
/// "recommender.mf_model", value a compact JSON object
///     {"format": 1, "fingerprint": "<sha1 hex>", "ratings": N, "trained_at": "…Z",
///      "model": "<base64 of MatrixFactorization::save()>"}
/// No schema change: the row is a cache; a missing, unreadable or newer-format row just means
/// "train again".
class ModelEnvelope final
{
    Q_DECLARE_TR_FUNCTIONS(ModelEnvelope)

public:
    static constexpr int kFormat = 1;
    [[nodiscard]] static QString key() { return QStringLiteral("recommender.mf_model"); }

    /// SHA-1 (hex) over the parameters and the ratings in the given order ("learner|course|stars"
    /// lines); callers pass them sorted (RecommenderRepository does), so the same ratings give the
    /// same fingerprint and any change of a rating, a learner or a course gives another.
    [[nodiscard]] static QString fingerprint(const QList<RatingTriple>& ratings, const MfParams& params);
    [[nodiscard]] static QString encode(const StoredModel& stored);
    /// Fails (Invalid, field "model") on text that is not such an object, a newer format, or a
    /// model blob MatrixFactorization::load() refuses.
    [[nodiscard]] static Result<StoredModel> decode(const QString& text);
};

} // namespace mentordesk
