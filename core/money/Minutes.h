// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Durations are whole minutes. Helpers to parse and show them ("1:30", "90", "1h30m", "2h").
class Minutes final
{
    Q_DECLARE_TR_FUNCTIONS(Minutes)

public:
    /// Parses "90", "1:30", "1h30m", "1h", "45m". Negative and absurd (> 10,000 h) values are refused.
    [[nodiscard]] static Result<int> parse(const QString& text, const QString& field = QStringLiteral("minutes"));
    /// "1:30" for 90 minutes; "0:05" for 5.
    [[nodiscard]] static QString toHoursMinutes(qint64 minutes);
};

} // namespace mentordesk
