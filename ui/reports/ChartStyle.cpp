// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ChartStyle.h"

#include <QChart>
#include <QLegend>

namespace mentordesk {

QColor ChartStyle::palette(int index)
{
    static const QList<QColor> colors = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                         QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                         QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                         QColor(0xba, 0xb0, 0xac)};
    return colors.at(((index % colors.size()) + colors.size()) % colors.size());
}

QColor ChartStyle::mentorColor(const QString& stored, int index)
{
    const QColor c = QColor::fromString(stored);
    return c.isValid() ? c : palette(index);
}

QString ChartStyle::dayLabel(QDate date, const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? locale.toString(date, QStringLiteral("M月d日"))
                                                 : locale.toString(date, QStringLiteral("d MMM"));
}

QString ChartStyle::monthLabel(QDate date, const QLocale& locale)
{
    return locale.toString(date, monthAxisFormat(locale));
}

QString ChartStyle::monthAxisFormat(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy");
}

void ChartStyle::apply(QChart& chart, const QString& title, const QLocale& locale)
{
    chart.setTheme(QChart::ChartThemeLight);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setLocale(locale);
    chart.setLocalizeNumbers(true);
    chart.setTitle(title);
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setVisible(true);
    chart.setMargins(QMargins(8, 8, 8, 8));
}

} // namespace mentordesk
