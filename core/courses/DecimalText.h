// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Exact parsing and printing of plain decimals ("0.75", "12", "1.5") as scaled integers, for
/// inputs such as efficiency and hours. No floating point is involved anywhere.
class DecimalText final
{
    Q_DECLARE_TR_FUNCTIONS(DecimalText)

public:
    /// Parses a non-negative decimal written with '.', returning value × 10^`decimals` exactly
    /// ("0.75" with 3 → 750). More than `decimals` digits after the point are refused, as are signs,
    /// exponents, thousands separators and empty text. Errors name `field`.
    [[nodiscard]] static Result<qint64> parseScaled(const QString& text, int decimals, const QString& field);
    /// The shortest decimal text of value / 10^`decimals` (800 with 3 → "0.8", 1000 → "1").
    [[nodiscard]] static QString formatScaled(qint64 value, int decimals);
    /// Efficiency written as a decimal ("0.8") in per mille (800); at most three decimals.
    [[nodiscard]] static Result<int> parsePermille(const QString& text, const QString& field);
    /// Hours written as a decimal ("1.5") in whole minutes (90); refused when the hours are not a
    /// whole number of minutes or exceed 10,000.
    [[nodiscard]] static Result<int> parseHours(const QString& text, const QString& field);
};

} // namespace mentordesk
