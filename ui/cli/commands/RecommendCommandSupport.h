// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../CommandContext.h"
#include "matcher/LearnerProfile.h"
#include "matcher/MatchReason.h"
#include "matcher/RecommenderService.h"

namespace mentordesk::cli {

/// Output and option helpers shared by `recommend …`, `path plan` and `recommender train|status`.
class RecommendCommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(RecommendCommandSupport)

public:
    /// A reason with its kind, factor, translated text, contribution and the parameters its kind uses.
    [[nodiscard]] static QJsonObject reasonJson(const MatchReason& reason);
    [[nodiscard]] static QJsonArray reasonsJson(const QList<MatchReason>& reasons);
    /// {"goal": 0.12, …}: each factor's contribution.
    [[nodiscard]] static QJsonObject contributionsJson(const QList<FactorContribution>& contributions);
    /// The learner (or enquiry) with goal names.
    [[nodiscard]] static QJsonObject learnerJson(const LearnerProfile& learner, const QHash<Id, QString>& topicNames);
    /// "missing", "stale", "fresh".
    [[nodiscard]] static QString freshnessKey(ModelFreshness freshness);
    /// Prints the reasons ("+ …") and caveats ("− …") of one suggestion, indented.
    static void printReasons(CommandContext& ctx, const Explanation& explanation);
    /// "Anna Li (level 2, 3 h a week; goals: SQL, Python basics)".
    [[nodiscard]] static QString learnerLine(const LearnerProfile& learner, const QHash<Id, QString>& topicNames);

    /// Reads `--goals`, `--level`, `--weekly-hours` into an enquiry (all three are then required).
    [[nodiscard]] static Result<Enquiry> enquiry(const CommandContext& ctx);
    /// `--weekly-hours H` in minutes (0 when absent).
    [[nodiscard]] static Result<int> weeklyMinutes(const CommandContext& ctx);
};

} // namespace mentordesk::cli
