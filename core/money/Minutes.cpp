// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Minutes.h"

#include <QRegularExpression>

namespace mentordesk {

namespace {
constexpr qint64 kMaxMinutes = 10000LL * 60;
}

Result<int> Minutes::parse(const QString& text, const QString& field)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression plain(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression colon(QStringLiteral("^(\\d{1,6}):([0-5]\\d)$"));
    static const QRegularExpression units(QStringLiteral("^(?:(\\d{1,6})h)?\\s*(?:(\\d{1,9})m(?:in)?)?$"));
    qint64 minutes = -1;
    if (plain.match(t).hasMatch()) {
        minutes = t.toLongLong();
    } else if (const auto m = colon.match(t); m.hasMatch()) {
        minutes = m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    } else if (const auto u = units.match(t); u.hasMatch() && !t.isEmpty()) {
        minutes = u.captured(1).toLongLong() * 60 + u.captured(2).toLongLong();
    }
    if (minutes < 0) {
        return fail(Error::invalid(field, tr("“%1” is not a duration; write minutes (90), hours:minutes (1:30) or "
                                             "1h30m.")
                                              .arg(text)));
    }
    if (minutes > kMaxMinutes) {
        return fail(Error::invalid(field, tr("%1 minutes is longer than the 10,000 hours allowed.").arg(minutes)));
    }
    return static_cast<int>(minutes);
}

QString Minutes::toHoursMinutes(qint64 minutes)
{
    const bool negative = minutes < 0;
    const qint64 m = negative ? -minutes : minutes;
    const QString s = QStringLiteral("%1:%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
    return negative ? u'-' + s : s;
}

} // namespace mentordesk
