// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Currency.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace mentordesk {

class Money;
struct StudioSettings;

/// Formats money, dates and durations for the studio's locale and time zone (the UI edge).
class Formatter final
{
public:
    explicit Formatter(const StudioSettings& studio);

    [[nodiscard]] const QLocale& locale() const { return m_locale; }
    [[nodiscard]] const QTimeZone& timeZone() const { return m_zone; }
    [[nodiscard]] const Currency& currency() const { return m_currency; }

    /// "€1,234.50" / "¥1,234.50" / "1.234,50 €" as the locale writes it; exact (no floating point).
    [[nodiscard]] QString money(qint64 minorUnits) const;
    [[nodiscard]] QString money(const Money& amount) const;
    /// Local date and time of a UTC instant in the studio time zone, short format.
    [[nodiscard]] QString dateTime(const QDateTime& utc) const;
    [[nodiscard]] QString date(const QDate& date) const;
    [[nodiscard]] QString time(const QDateTime& utc) const;
    /// "1 h 30 min" style duration.
    [[nodiscard]] QString duration(qint64 minutes) const;
    /// The instant in the studio's time zone.
    [[nodiscard]] QDateTime toLocal(const QDateTime& utc) const;

private:
    QLocale m_locale;
    QTimeZone m_zone;
    Currency m_currency;
};

} // namespace mentordesk
