// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Formatter.h"

#include "money/Money.h"
#include "studio/StudioSettings.h"

#include <QCoreApplication>

namespace mentordesk {

namespace {
Currency currencyOf(const StudioSettings& studio)
{
    auto c = Currency::fromCode(studio.currency);
    return c ? *c : *Currency::fromCode(QStringLiteral("EUR"));
}
} // namespace

Formatter::Formatter(const StudioSettings& studio)
    : m_locale(studio.locale)
    , m_zone(studio.timeZone.toUtf8())
    , m_currency(currencyOf(studio))
{
    if (!m_zone.isValid()) {
        m_zone = QTimeZone::utc();
    }
}

QString Formatter::money(qint64 minorUnits) const
{
    // Why: integer part and fraction are formatted separately so no amount ever passes through a double.
    const int digits = m_currency.minorDigits();
    const qint64 per = m_currency.minorPerMajor();
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? 0ULL - static_cast<quint64>(minorUnits) : static_cast<quint64>(minorUnits);
    QString number = m_locale.toString(static_cast<qulonglong>(magnitude / static_cast<quint64>(per)));
    if (digits > 0) {
        number += m_locale.decimalPoint() +
                  QStringLiteral("%1").arg(magnitude % static_cast<quint64>(per), digits, 10, QLatin1Char('0'));
    }
    QString symbol = m_locale.currencySymbol(QLocale::CurrencySymbol);
    if (m_locale.currencySymbol(QLocale::CurrencyIsoCode) != m_currency.code()) {
        symbol = m_currency.code() + u' ';
    }
    // Why: QLocale::toCurrencyString(double) would round through floating point; keep the locale's
    // symbol placement by formatting 0 and substituting our exact digits.
    const QString zero = m_locale.toCurrencyString(qlonglong(0), symbol);
    const QString zeroDigits = m_locale.toString(0);
    QString out = zero;
    const qsizetype at = out.lastIndexOf(zeroDigits);
    if (at >= 0) {
        out.replace(at, zeroDigits.size(), number);
    } else {
        out = symbol + number;
    }
    return negative ? m_locale.negativeSign() + out : out;
}

QString Formatter::money(const Money& amount) const
{
    return money(amount.minorUnits());
}

QDateTime Formatter::toLocal(const QDateTime& utc) const
{
    return utc.toTimeZone(m_zone);
}

QString Formatter::dateTime(const QDateTime& utc) const
{
    return m_locale.toString(toLocal(utc), QLocale::ShortFormat);
}

QString Formatter::date(const QDate& date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString Formatter::time(const QDateTime& utc) const
{
    return m_locale.toString(toLocal(utc).time(), QLocale::ShortFormat);
}

QString Formatter::duration(qint64 minutes) const
{
    const qint64 h = minutes / 60;
    const qint64 m = minutes % 60;
    if (h == 0) {
        return QCoreApplication::translate("Formatter", "%1 min").arg(m);
    }
    if (m == 0) {
        return QCoreApplication::translate("Formatter", "%1 h").arg(h);
    }
    return QCoreApplication::translate("Formatter", "%1 h %2 min").arg(h).arg(m);
}

} // namespace mentordesk
