// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher/MatchReason.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Renders structured reasons as short phrases in the current UI language ("covers your goal
/// SQL", "rated 4.6 by 23 learners"), and gives the stable machine names used in JSON.
class ReasonText final
{
    Q_DECLARE_TR_FUNCTIONS(ReasonText)

public:
    /// The translated phrase for `reason` (numbers in the default QLocale).
    [[nodiscard]] static QString text(const MatchReason& reason);
    /// "covers_goal", "teaches_prerequisite", … (stable; used in --json output).
    [[nodiscard]] static QString kindKey(ReasonKind kind);
    /// "goal", "level", "time", "quality", "cf", "popularity", "expertise", "ability", "free_time", "load".
    [[nodiscard]] static QString factorKey(MatchFactor factor);
    /// "3 h", "2.5 h".
    [[nodiscard]] static QString hours(qint64 minutes);
};

} // namespace mentordesk
