// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace mentordesk {

/// Reading CSV cells into typed values, shared by the importers. Pure. Every error names the
/// column key given in `field`.
class ImportValues final
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    /// Empty → `fallback`; otherwise a whole number in [min, max].
    [[nodiscard]] static Result<int> integer(const QString& text, int fallback, int min, int max, const Field& field);
    /// Empty → nullopt; otherwise a whole number in [min, max].
    [[nodiscard]] static Result<std::optional<int>> optionalInteger(const QString& text, int min, int max,
                                                                    const Field& field);
    /// Empty → `fallback`. Yes: 1, yes, y, true, x, ✓, 是, 同意. No: 0, no, n, false, 否, 不同意
    /// (any letter case).
    [[nodiscard]] static Result<bool> boolean(const QString& text, bool fallback, const Field& field);
    /// Items separated by ';' (also the full-width '；' and '、'), trimmed; empty items dropped.
    [[nodiscard]] static QStringList list(const QString& text);
    /// A decimal as '.'-text: "1,5" (one comma, no point, as written with a decimal comma) becomes
    /// "1.5"; anything else is returned trimmed and unchanged.
    [[nodiscard]] static QString decimalPoint(const QString& text);
    /// `error` moved to the importer's column: a field found in `renames` gets the mapped column key,
    /// an empty field gets `fallback`. Other fields stay as they are.
    [[nodiscard]] static Error atColumn(Error error, const QHash<QString, QString>& renames,
                                        const QString& fallback = QString());
};

} // namespace mentordesk
