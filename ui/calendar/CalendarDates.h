// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace mentordesk {

/// Date display rules shared by the calendar's widgets.
class CalendarDates final
{
public:
    /// The locale's short date format with a four-digit year ("dd/MM/yyyy" rather than "dd/MM/yy"), for
    /// date fields where a two-digit year would be ambiguous.
    [[nodiscard]] static QString editFormat(const QLocale& locale)
    {
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy"))) {
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        }
        return format;
    }
};

} // namespace mentordesk
