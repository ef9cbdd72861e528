// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MatchReason.h"

#include <algorithm>

namespace mentordesk {

Explanation Explanation::pick(QList<MatchReason> candidates, int maxReasons, int maxCaveats, double threshold)
{
    Explanation e;
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const MatchReason& a, const MatchReason& b) { return a.contribution > b.contribution; });
    for (const MatchReason& r : std::as_const(candidates)) {
        if (r.contribution > threshold && e.reasons.size() < maxReasons) {
            e.reasons.append(r);
        }
    }
    // Why: a candidate close to the average still gets the one thing that lifts it, however little.
    if (e.reasons.isEmpty() && maxReasons > 0 && !candidates.isEmpty() && candidates.first().contribution > 0.0) {
        e.reasons.append(candidates.first());
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const MatchReason& a, const MatchReason& b) { return a.contribution < b.contribution; });
    for (const MatchReason& r : std::as_const(candidates)) {
        if (r.contribution < -threshold && e.caveats.size() < maxCaveats) {
            e.caveats.append(r);
        }
    }
    return e;
}

} // namespace mentordesk
