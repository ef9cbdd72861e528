// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// The visible weights of the course blend (docs/matcher.md, "The blend"):
///     score = α·D + β·D·C + γ·F + δ·P
/// with D the content fit, C the course quality, F the collaborative-filtering prediction and P the
/// popularity. The founding Match = α·D·M + β·D·C is the case γ = δ = 0 with the mentor factor M
/// taken as 1 (any mentor); mentors are ranked by MentorMatcher.
struct BlendWeights
{
    double content = 0.4;    ///< α
    double quality = 0.2;    ///< β
    double cf = 0.2;         ///< γ
    double popularity = 0.2; ///< δ

    [[nodiscard]] double sum() const { return content + quality + cf + popularity; }
    friend bool operator==(const BlendWeights&, const BlendWeights&) = default;

    /// Each weight finite and ≥ 0, sum > 0 (field "weights"); scaled to sum 1.
    [[nodiscard]] static Result<BlendWeights> normalised(const BlendWeights& weights);
    /// Parses "name=value" pairs separated by commas (names content, quality, cf, popularity; any
    /// subset, the others keep their value in `base`), then normalises. Field "weights".
    [[nodiscard]] static Result<BlendWeights> parse(const QString& text, const BlendWeights& base);
    /// parse() on top of the default weights.
    [[nodiscard]] static Result<BlendWeights> parse(const QString& text);
    /// "content=0.4,quality=0.2,cf=0.2,popularity=0.2".
    [[nodiscard]] static QString format(const BlendWeights& weights);

    // Why: last, because the macro ends in "private:" (only the static tr() follows it).
    Q_DECLARE_TR_FUNCTIONS(BlendWeights)
};

} // namespace mentordesk
