// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace mentordesk {

/// Learning progress P as an exact fraction numerator / denominator in [0, 1].
/// The progress model is P = min(1, T × E / C) (T held minutes, E efficiency, C content minutes):
/// each studied minute adds E / C. Keeping P as a fraction lets the progress discount split a
/// lesson at the exact minute P reaches P*, which a per-mille value could miss by minutes.
struct ProgressShare
{
    qint64 numerator = 0;
    qint64 denominator = 1; ///< > 0

    /// P = permille / 1000 (e.g. a mentor's assessment).
    [[nodiscard]] static ProgressShare fromPermille(int permille);
    /// P = min(1, heldMinutes × (efficiencyPermille / 1000) / contentMinutes); contentMinutes > 0.
    [[nodiscard]] static ProgressShare fromMinutes(qint64 heldMinutes, int efficiencyPermille, qint64 contentMinutes);

    /// P ≥ thresholdPermille / 1000.
    [[nodiscard]] bool reaches(int thresholdPermille) const;
    /// Minutes of study (at E / C per minute) until P reaches the threshold, rounded up to a whole
    /// minute: ceil((P* − P) × C / E), computed in integers; 0 when P already reaches P*.
    [[nodiscard]] qint64 minutesUntil(int thresholdPermille, int efficiencyPermille, qint64 contentMinutes) const;
    /// P in per-mille, rounded down (for display).
    [[nodiscard]] int permille() const;
};

} // namespace mentordesk
