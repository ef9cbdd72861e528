// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportValues.h"

#include <QRegularExpression>

namespace mentordesk {

Result<int> ImportValues::integer(const QString& text, int fallback, int min, int max, const Field& field)
{
    auto value = optionalInteger(text, min, max, field);
    if (!value) {
        return fail(value.error());
    }
    return value->value_or(fallback);
}

Result<std::optional<int>> ImportValues::optionalInteger(const QString& text, int min, int max, const Field& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return std::optional<int>();
    }
    auto value = Validation::parseInteger(t, min, max, field);
    if (!value) {
        return fail(value.error());
    }
    return std::optional<int>(static_cast<int>(*value));
}

Result<bool> ImportValues::boolean(const QString& text, bool fallback, const Field& field)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t.isEmpty()) {
        return fallback;
    }
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("x"),   QStringLiteral("✓"),
                                    QStringLiteral("是"),   QStringLiteral("同意")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("no"), QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("否"), QStringLiteral("不同意")};
    if (yes.contains(t)) {
        return true;
    }
    if (no.contains(t)) {
        return false;
    }
    return fail(Error::invalid(
        field.key, tr("%1 must be yes or no (also 1/0, true/false; got “%2”).").arg(field.label, text.trimmed())));
}

QStringList ImportValues::list(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;；、]"));
    QStringList out;
    for (const QString& item : text.split(separators)) {
        const QString t = item.trimmed();
        if (!t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

QString ImportValues::decimalPoint(const QString& text)
{
    QString t = text.trimmed();
    if (t.count(u',') == 1 && !t.contains(u'.')) {
        t.replace(u',', u'.');
    }
    return t;
}

Error ImportValues::atColumn(Error error, const QHash<QString, QString>& renames, const QString& fallback)
{
    if (error.field.isEmpty()) {
        error.field = fallback;
    } else if (const auto it = renames.constFind(error.field); it != renames.cend()) {
        error.field = *it;
    }
    return error;
}

} // namespace mentordesk
