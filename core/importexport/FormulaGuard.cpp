// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/FormulaGuard.h"

namespace mentordesk {

namespace {
qsizetype leadingApostrophes(QStringView text)
{
    qsizetype k = 0;
    while (k < text.size() && text[k] == u'\'') {
        ++k;
    }
    return k;
}
} // namespace

bool FormulaGuard::isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool FormulaGuard::isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
        ++i;
    }
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
            ++i;
        }
        return i > start;
    };
    if (!digits()) {
        return false;
    }
    if (i < text.size() && text[i] == u'.') {
        ++i;
        if (!digits()) {
            return false;
        }
    }
    return i == text.size();
}

QString FormulaGuard::protect(const QString& cell)
{
    const qsizetype k = leadingApostrophes(cell);
    if (k >= cell.size() || !isTrigger(cell[k])) {
        return cell;
    }
    if (k == 0 && isPlainNumber(cell)) {
        return cell;
    }
    return QStringLiteral("'") + cell;
}

QString FormulaGuard::unprotect(const QString& cell)
{
    const qsizetype k = leadingApostrophes(cell);
    if (k == 0 || k >= cell.size() || !isTrigger(cell[k])) {
        return cell;
    }
    return cell.mid(1);
}

} // namespace mentordesk
