// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/RoundingRule.h"

#include <array>

namespace mentordesk {

qint64 RoundingRule::apply(qint64 minutes) const
{
    const qint64 step = incrementMinutes;
    const qint64 below = minutes / step * step;
    const qint64 rest = minutes - below;
    if (rest == 0) {
        return minutes;
    }
    switch (direction) {
    case RoundingDirection::Up:
        return below + step;
    case RoundingDirection::Down:
        return below;
    case RoundingDirection::Nearest:
        return rest * 2 >= step ? below + step : below;
    }
    return minutes;
}

Result<void> RoundingRule::validate() const
{
    static constexpr std::array<int, 6> allowed{1, 5, 10, 15, 30, 60};
    for (const int a : allowed) {
        if (a == incrementMinutes) {
            return {};
        }
    }
    return fail(Error::invalid(
        QStringLiteral("increment_minutes"),
        tr("The rounding increment must be 1, 5, 10, 15, 30 or 60 minutes (got %1).").arg(incrementMinutes)));
}

QString RoundingRule::directionKey(RoundingDirection direction)
{
    switch (direction) {
    case RoundingDirection::Up:
        return QStringLiteral("up");
    case RoundingDirection::Nearest:
        return QStringLiteral("nearest");
    case RoundingDirection::Down:
        return QStringLiteral("down");
    }
    return QStringLiteral("up");
}

Result<RoundingDirection> RoundingRule::parseDirection(const QString& text, const QString& field)
{
    const QString t = text.trimmed().toLower();
    for (const auto d : {RoundingDirection::Up, RoundingDirection::Nearest, RoundingDirection::Down}) {
        if (t == directionKey(d)) {
            return d;
        }
    }
    return fail(Error::invalid(field, tr("“%1” is not a rounding direction; use up, nearest or down.").arg(text)));
}

} // namespace mentordesk
