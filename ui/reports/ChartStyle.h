// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QString>

class QChart;

namespace mentordesk {

/// Shared look of the report charts: colours, labels and the common chart settings.
class ChartStyle final
{
public:
    /// A colour of the palette (colour-blind friendly Tableau 10), cycling.
    [[nodiscard]] static QColor palette(int index);
    /// The mentor's own colour ("#1f77b4") when valid, else palette(index).
    [[nodiscard]] static QColor mentorColor(const QString& stored, int index);
    /// "3 Nov" / "11月3日": a short day label for week categories.
    [[nodiscard]] static QString dayLabel(QDate date, const QLocale& locale);
    /// "Nov 2026" / "2026年11月".
    [[nodiscard]] static QString monthLabel(QDate date, const QLocale& locale);
    /// The date-time axis format for months in `locale`.
    [[nodiscard]] static QString monthAxisFormat(const QLocale& locale);
    /// Light theme, no animation, legend at the bottom, the locale's numbers; takes a title.
    static void apply(QChart& chart, const QString& title, const QLocale& locale);
};

} // namespace mentordesk
