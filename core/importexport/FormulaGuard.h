// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace mentordesk {

/// Formula-injection neutralisation for CSV cells (spreadsheets run cells that start with
/// `=`, `+`, `-`, `@`, TAB or CR as formulas).
///
/// protect(): a cell whose text — after any leading apostrophes — starts with one of those
/// characters gets one more leading `'`. Exception: a cell that is a plain signed decimal
/// number ("-12.50", "+3") is left alone so amounts stay numbers.
/// unprotect(): the exact inverse, applied by the importer: one leading `'` is dropped when
/// the text after the apostrophes starts with a trigger character.
/// So protect() then unprotect() returns the original text for every string.
class FormulaGuard final
{
public:
    [[nodiscard]] static QString protect(const QString& cell);
    [[nodiscard]] static QString unprotect(const QString& cell);
    /// True for `[+-]?digits[.digits]` (ASCII digits, dot as decimal separator).
    [[nodiscard]] static bool isPlainNumber(QStringView text);
    /// True when `c` makes a spreadsheet treat the cell as a formula.
    [[nodiscard]] static bool isTrigger(QChar c);
};

} // namespace mentordesk
