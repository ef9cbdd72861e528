// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Validation.h"

#include "common/Id.h"

#include <QRegularExpression>

namespace mentordesk {

Result<QString> Validation::requiredText(const QString& value, const Field& field, int maxLength)
{
    const QString t = value.trimmed();
    if (t.isEmpty()) {
        return fail(Error::invalid(field.key, tr("%1 must not be empty.").arg(field.label)));
    }
    if (t.size() > maxLength) {
        return fail(Error::invalid(
            field.key,
            tr("%1 is too long (%2 characters; at most %3).").arg(field.label).arg(t.size()).arg(maxLength)));
    }
    return t;
}

Result<QString> Validation::optionalText(const QString& value, const Field& field, int maxLength)
{
    const QString t = value.trimmed();
    if (t.size() > maxLength) {
        return fail(Error::invalid(
            field.key,
            tr("%1 is too long (%2 characters; at most %3).").arg(field.label).arg(t.size()).arg(maxLength)));
    }
    return t;
}

Result<QString> Validation::optionalEmail(const QString& value, const Field& field)
{
    const QString t = value.trimmed();
    if (t.isEmpty()) {
        return t;
    }
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!re.match(t).hasMatch() || t.size() > 254) {
        return fail(
            Error::invalid(field.key, tr("“%1” is not an e-mail address (expected name@example.com).").arg(value)));
    }
    return t;
}

Result<qint64> Validation::inRange(qint64 value, qint64 min, qint64 max, const Field& field)
{
    if (value < min || value > max) {
        return fail(Error::invalid(
            field.key, tr("%1 must be between %2 and %3 (got %4).").arg(field.label).arg(min).arg(max).arg(value)));
    }
    return value;
}

Result<qint64> Validation::parseInteger(const QString& text, qint64 min, qint64 max, const Field& field)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok) {
        return fail(Error::invalid(field.key, tr("%1 must be a whole number (got “%2”).").arg(field.label, text)));
    }
    return inRange(v, min, max, field);
}

Result<QDate> Validation::parseDate(const QString& text, const Field& field)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() || text.trimmed().size() != 10) {
        return fail(
            Error::invalid(field.key, tr("%1 must be a date written YYYY-MM-DD (got “%2”).").arg(field.label, text)));
    }
    return d;
}

Result<QString> Validation::requiredId(const QString& value, const Field& field)
{
    const QString t = value.trimmed().toLower();
    if (t.isEmpty()) {
        return fail(Error::invalid(field.key, tr("%1 must not be empty.").arg(field.label)));
    }
    if (!isWellFormedId(t)) {
        return fail(Error::invalid(field.key, tr("“%1” is not a record id (expected a UUID such as "
                                                 "3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f).")
                                                  .arg(value)));
    }
    return t;
}

} // namespace mentordesk
