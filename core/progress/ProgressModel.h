// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace mentordesk {

/// Learning progress P as an exact fraction numerator/denominator in lowest terms, 0 ≤ P ≤ 1.
struct ProgressFraction
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    /// The nearest double to the exact fraction (one correctly rounded division).
    [[nodiscard]] double toDouble() const { return static_cast<double>(numerator) / static_cast<double>(denominator); }
    /// P × 1,000,000 rounded half up (the stored and compared form).
    [[nodiscard]] qint64 perMillion() const;
    /// P × 1,000 rounded half up: what screens show as a percentage with one decimal (533 → "53.3 %").
    [[nodiscard]] int perMille() const;
    [[nodiscard]] bool isComplete() const { return numerator >= denominator; }
    friend bool operator==(const ProgressFraction&, const ProgressFraction&) = default;
};

/// The progress formulas of PRODUCT.md ("Models"): with T = held minutes, E = efficiency in
/// per-mille (800 = 0.8) and C = content minutes,
///     P = min(1, T·E / (1000·C))          remaining = (1 − P)·C / (E/1000) minutes.
/// All integer arithmetic, so results are exact and the same on every machine.
class ProgressModel final
{
public:
    static constexpr int kDefaultEfficiencyPermille = 800;

    /// P as an exact fraction. Negative T counts as 0; C and E below 1 count as 1 (callers
    /// validate them; the schema guarantees C > 0 and 50 ≤ E ≤ 2000).
    [[nodiscard]] static ProgressFraction progress(qint64 heldMinutes, int efficiencyPermille, qint64 contentMinutes);
    /// Minutes still to hold until P = 1: ceil((1000·C − T·E) / E), 0 once complete.
    [[nodiscard]] static qint64 remainingMinutes(qint64 heldMinutes, int efficiencyPermille, qint64 contentMinutes);
    /// a × b / c rounded half up, for non-negative a, b, positive c and 2·a·b + c < 2⁶³ (content
    /// up to 10⁹ minutes keeps P × 10⁶ well inside).
    [[nodiscard]] static qint64 mulDivRoundHalfUp(qint64 a, qint64 b, qint64 c);
};

} // namespace mentordesk
