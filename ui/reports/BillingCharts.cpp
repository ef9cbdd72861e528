// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BillingCharts.h"

#include "common/Formatter.h"
#include "reports/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

namespace mentordesk {

namespace {

/// The column's integer values, one per row (0 when the column is missing).
QList<qint64> column(const ReportTable& table, const QString& name)
{
    const qsizetype c = table.columns.indexOf(name);
    QList<qint64> out;
    for (const QVariantList& row : table.rows) {
        out.append(c >= 0 ? row.value(c).toLongLong() : 0);
    }
    return out;
}

double major(qint64 minor, const Formatter& format)
{
    return static_cast<double>(minor) / static_cast<double>(format.currency().minorPerMajor());
}

QValueAxis* moneyAxis(qint64 maxMinor, const Formatter& format)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(format.currency().code());
    axis->setRange(0.0, std::max(1.0, std::ceil(major(maxMinor, format) * 1.1)));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart* BillingCharts::revenue(const ReportTable& table, const Formatter& format)
{
    auto* chart = new QChart;
    ChartStyle::apply(*chart, tr("Revenue per month"), format.locale());
    auto* series = new QBarSeries(chart);
    auto* issued = new QBarSet(tr("Invoiced"), series);
    auto* paid = new QBarSet(tr("Received"), series);
    issued->setColor(ChartStyle::palette(0));
    paid->setColor(ChartStyle::palette(2));
    const QList<qint64> issuedMinor = column(table, QStringLiteral("issued_minor"));
    const QList<qint64> paidMinor = column(table, QStringLiteral("paid_minor"));
    const qsizetype monthColumn = table.columns.indexOf(QStringLiteral("month"));
    QStringList months;
    qint64 maxMinor = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QDate month =
            QDate::fromString(table.rows[i].value(monthColumn).toString() + QStringLiteral("-01"), Qt::ISODate);
        months.append(ChartStyle::monthLabel(month, format.locale()));
        issued->append(major(issuedMinor[i], format));
        paid->append(major(paidMinor[i], format));
        maxMinor = std::max({maxMinor, issuedMinor[i], paidMinor[i]});
    }
    QObject::connect(issued, &QBarSet::hovered, chart, [format, months, issuedMinor](bool on, int i) {
        if (on && i >= 0 && i < months.size()) {
            QToolTip::showText(QCursor::pos(), tr("%1: %2 invoiced").arg(months[i], format.money(issuedMinor[i])));
        }
    });
    QObject::connect(paid, &QBarSet::hovered, chart, [format, months, paidMinor](bool on, int i) {
        if (on && i >= 0 && i < months.size()) {
            QToolTip::showText(QCursor::pos(), tr("%1: %2 received").arg(months[i], format.money(paidMinor[i])));
        }
    });
    series->append(issued);
    series->append(paid);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = moneyAxis(maxMinor, format);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (maxMinor == 0) {
        chart->setTitle(tr("Revenue per month — nothing invoiced or received in this range"));
    }
    return chart;
}

QChart* BillingCharts::aging(const ReportTable& table, const Formatter& format)
{
    auto* chart = new QChart;
    ChartStyle::apply(*chart, tr("Accounts receivable aging"), format.locale());
    const std::array<QString, 5> columns = {QStringLiteral("current_minor"), QStringLiteral("days_1_30_minor"),
                                            QStringLiteral("days_31_60_minor"), QStringLiteral("days_61_90_minor"),
                                            QStringLiteral("days_over_90_minor")};
    const QStringList buckets = {tr("Not yet due"), tr("1–30 days"), tr("31–60 days"), tr("61–90 days"),
                                 tr("Over 90 days")};
    QList<qint64> totals;
    QList<int> payers;
    for (const QString& c : columns) {
        const QList<qint64> values = column(table, c);
        qint64 sum = 0;
        int open = 0;
        for (qint64 v : values) {
            sum += v;
            open += v > 0 ? 1 : 0;
        }
        totals.append(sum);
        payers.append(open);
    }
    auto* series = new QBarSeries(chart);
    auto* set = new QBarSet(tr("Open balance"), series);
    set->setColor(ChartStyle::palette(1));
    qint64 maxMinor = 0;
    for (qint64 t : totals) {
        set->append(major(t, format));
        maxMinor = std::max(maxMinor, t);
    }
    QObject::connect(set, &QBarSet::hovered, chart, [format, buckets, totals, payers](bool on, int i) {
        if (on && i >= 0 && i < totals.size()) {
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 from %n payer(s)", "", payers[i]).arg(buckets[i], format.money(totals[i])));
        }
    });
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(buckets);
    x->setTitleText(tr("Days past due"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = moneyAxis(maxMinor, format);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (maxMinor == 0) {
        chart->setTitle(tr("Accounts receivable aging — nothing is open"));
    }
    return chart;
}

} // namespace mentordesk
