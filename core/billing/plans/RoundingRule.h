// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace mentordesk {

/// Which way a lesson's minutes move to a multiple of the increment.
enum class RoundingDirection
{
    Up,      ///< 31 min in 15-min steps → 45
    Nearest, ///< 37 → 30, 38 → 45; exactly half-way goes up (37.5 cannot occur, 7.5 of 15 → 15)
    Down,    ///< 44 → 30
};

/// How a lesson's duration is rounded before it is priced (once per lesson, before any split).
struct RoundingRule
{
    Q_DECLARE_TR_FUNCTIONS(RoundingRule)

public:
    int incrementMinutes = 1; ///< one of 1, 5, 10, 15, 30, 60
    RoundingDirection direction = RoundingDirection::Up;

    /// `minutes` (≥ 0) rounded to a multiple of the increment.
    [[nodiscard]] qint64 apply(qint64 minutes) const;
    /// Fails with field "increment_minutes" for an unsupported increment.
    [[nodiscard]] Result<void> validate() const;

    [[nodiscard]] static QString directionKey(RoundingDirection direction);
    /// Parses "up", "nearest" or "down"; fails naming `field`.
    [[nodiscard]] static Result<RoundingDirection> parseDirection(const QString& text, const QString& field);

    friend bool operator==(const RoundingRule&, const RoundingRule&) = default;
};

} // namespace mentordesk
