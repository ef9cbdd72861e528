// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/DecimalText.h"

#include <QRegularExpression>

namespace mentordesk {

namespace {
constexpr int kMaxIntegerDigits = 12;
constexpr qint64 kMaxHours = 10000;
} // namespace

Result<qint64> DecimalText::parseScaled(const QString& text, int decimals, const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]*)(?:\\.([0-9]*))?$"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    const QString whole = m.captured(1);
    const QString fraction = m.captured(2);
    if (!m.hasMatch() || (whole.isEmpty() && fraction.isEmpty()) || whole.size() > kMaxIntegerDigits) {
        return fail(Error::invalid(field, tr("“%1” is not a plain decimal number (write it like 0.75).").arg(text)));
    }
    if (fraction.size() > decimals) {
        return fail(Error::invalid(field, tr("“%1” has more than %n decimal(s).", nullptr, decimals).arg(text)));
    }
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < decimals; ++i) {
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    }
    return value;
}

QString DecimalText::formatScaled(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    const bool negative = value < 0;
    const qint64 magnitude = negative ? -value : value;
    QString out = QString::number(magnitude / scale);
    QString fraction = QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    if (!fraction.isEmpty()) {
        out += u'.' + fraction;
    }
    return negative ? u'-' + out : out;
}

Result<int> DecimalText::parsePermille(const QString& text, const QString& field)
{
    auto value = parseScaled(text, 3, field);
    if (!value) {
        return fail(value.error());
    }
    if (*value > 1'000'000) {
        return fail(Error::invalid(field, tr("“%1” is far too large for an efficiency.").arg(text)));
    }
    return static_cast<int>(*value);
}

Result<int> DecimalText::parseHours(const QString& text, const QString& field)
{
    auto value = parseScaled(text, 4, field);
    if (!value) {
        return fail(value.error());
    }
    if (*value > kMaxHours * 10000) {
        return fail(Error::invalid(field, tr("“%1” hours is more than the 10,000 hours allowed.").arg(text)));
    }
    const qint64 scaledMinutes = *value * 60;
    if (scaledMinutes % 10000 != 0) {
        return fail(Error::invalid(field, tr("%1 hours is not a whole number of minutes.").arg(text)));
    }
    return static_cast<int>(scaledMinutes / 10000);
}

} // namespace mentordesk
