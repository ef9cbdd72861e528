// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/RatingMatrix.h"
#include "matcher/RatingModel.h"

namespace mentordesk {

/// Mean ranking metrics over the evaluated users.
struct RankingResult
{
    double precision = 0.0; ///< mean precision@k
    double recall = 0.0;    ///< mean recall@k
    double ndcg = 0.0;      ///< mean NDCG@k
    int users = 0;          ///< users with at least one relevant test item
};

/// The top-k protocol of docs/matcher.md: for every user with at least one relevant test rating
/// (rating ≥ threshold), rank all items the user has NOT rated in `train` by the model's
/// scoreItems(), take the top k (ties: lower index first) and compare them with the user's
/// relevant test items. Unrated candidates count as not relevant. `train` and `test` must share
/// one index space (both cut from the same matrix with subset()).
class RankingEvaluator final
{
public:
    [[nodiscard]] static RankingResult evaluate(const RatingModel& model, const RatingMatrix& train,
                                                const RatingMatrix& test, int k, float relevanceThreshold = 4.0F);
};

} // namespace mentordesk
