// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCharts.h"

#include "common/Formatter.h"
#include "reports/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

QDateTime midMonth(QDate month)
{
    return QDateTime(month.addDays(14), QTime(12, 0), Qt::UTC);
}

void showTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text);
}

QValueAxis* valueAxis(const QString& title, double min, double max, const QString& format)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    return axis;
}

} // namespace

QChart* ReportCharts::hours(const HoursReport& report, const Formatter& format)
{
    auto* chart = new QChart;
    ChartStyle::apply(*chart, tr("Hours taught per week"), format.locale());
    auto* series = new QStackedBarSeries(chart);
    QStringList categories;
    for (const QDate& week : report.weeks) {
        categories.append(ChartStyle::dayLabel(week, format.locale()));
    }
    double maxWeek = 0.0;
    for (qint64 total : report.weekTotals) {
        maxWeek = std::max(maxWeek, total / 60.0);
    }
    int index = 0;
    for (const MentorWeekSeries& m : report.mentors) {
        const int colorIndex = index++;
        if (m.total <= 0) {
            continue;
        }
        auto* set = new QBarSet(m.name, series);
        set->setColor(ChartStyle::mentorColor(m.color, colorIndex));
        for (qint64 minutes : m.minutes) {
            set->append(minutes / 60.0);
        }
        QObject::connect(set, &QBarSet::hovered, chart, [format, m, weeks = report.weeks](bool on, int i) {
            if (on && i >= 0 && i < weeks.size()) {
                showTip(
                    tr("%1, week of %2: %3").arg(m.name, format.date(weeks[i]), format.duration(m.minutes.value(i))));
            }
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setTitleText(tr("Week starting"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("Hours"), 0.0, std::max(1.0, std::ceil(maxWeek * 1.1)), QStringLiteral("%.0f"));
    y->applyNiceNumbers(); // ticks at round hours (0, 5, 10…), not at fifths of the range
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (series->count() == 0) {
        chart->setTitle(tr("Hours taught per week — no lessons were held in this range"));
    }
    return chart;
}

QChart* ReportCharts::utilisation(const UtilisationReport& report, const Formatter& format)
{
    auto* chart = new QChart;
    ChartStyle::apply(*chart, tr("Utilisation against availability"), format.locale());
    auto* series = new QBarSeries(chart);
    auto* held = new QBarSet(tr("Held"), series);
    auto* booked = new QBarSet(tr("Held and scheduled"), series);
    held->setColor(ChartStyle::palette(0));
    booked->setColor(ChartStyle::palette(3));
    QStringList names;
    QList<MentorUtilisation> shown;
    double maxPercent = 100.0;
    for (const MentorUtilisation& m : report.mentors) {
        if (m.availableMinutesPerWeek <= 0) {
            continue;
        }
        qint64 scheduled = 0;
        for (qint64 s : m.scheduledMinutes) {
            scheduled += s;
        }
        const double available = static_cast<double>(m.availableMinutesPerWeek) * report.weeks.size();
        const double heldPercent = 100.0 * m.totalHeld / available;
        const double bookedPercent = 100.0 * (m.totalHeld + scheduled) / available;
        held->append(heldPercent);
        booked->append(bookedPercent);
        maxPercent = std::max(maxPercent, bookedPercent);
        names.append(m.name);
        shown.append(m);
    }
    const auto tip = [format, shown, weeks = report.weeks.size()](bool on, int i, bool withScheduled) {
        if (!on || i < 0 || i >= shown.size()) {
            return;
        }
        const MentorUtilisation& m = shown[i];
        qint64 minutes = m.totalHeld;
        if (withScheduled) {
            for (qint64 s : m.scheduledMinutes) {
                minutes += s;
            }
        }
        const qint64 available = qint64(m.availableMinutesPerWeek) * weeks;
        showTip(tr("%1: %2 of %3 available (%4 %)")
                    .arg(m.name, format.duration(minutes), format.duration(available),
                         format.locale().toString(available > 0 ? 100.0 * minutes / available : 0.0, 'f', 1)));
    };
    QObject::connect(held, &QBarSet::hovered, chart, [tip](bool on, int i) { tip(on, i, false); });
    QObject::connect(booked, &QBarSet::hovered, chart, [tip](bool on, int i) { tip(on, i, true); });
    series->append(held);
    series->append(booked);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(names);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("% of available hours"), 0.0, std::ceil(maxPercent / 10.0) * 10.0, QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (names.isEmpty()) {
        chart->setTitle(tr("Utilisation — no mentor has weekly availability set"));
    }
    return chart;
}

QChart* ReportCharts::ratings(const RatingTrendReport& report, const Formatter& format, bool mentors, int maxSeries)
{
    auto* chart = new QChart;
    ChartStyle::apply(*chart,
                      mentors ? tr("Average stars per month, by mentor") : tr("Average stars per month, by course"),
                      format.locale());
    QList<RatingTrendSeries> lines = mentors ? report.mentors : report.courses;
    if (!mentors) {
        std::stable_sort(lines.begin(), lines.end(), [](const RatingTrendSeries& a, const RatingTrendSeries& b) {
            return a.totalCount > b.totalCount;
        });
    }
    lines = lines.mid(0, std::max(1, maxSeries));
    lines.append(mentors ? report.allMentors : report.allCourses);
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(ChartStyle::monthAxisFormat(format.locale()));
    if (!report.months.isEmpty()) {
        x->setRange(QDateTime(report.months.constFirst(), QTime(0, 0), Qt::UTC),
                    QDateTime(report.months.constLast().addMonths(1), QTime(0, 0), Qt::UTC));
        x->setTickCount(std::clamp(static_cast<int>(report.months.size()) + 1, 2, 13));
    }
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = valueAxis(tr("Stars"), 1.0, 5.0, QStringLiteral("%.0f"));
    y->setTickCount(5); // one tick per star
    chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RatingTrendSeries& s = lines[i];
        const bool overall = i == lines.size() - 1;
        auto* line = new QLineSeries(chart);
        line->setName(s.name);
        line->setPointsVisible(true);
        QPen pen(overall ? QColor(0x55, 0x55, 0x55) : ChartStyle::palette(static_cast<int>(i)));
        pen.setWidthF(overall ? 3.0 : 2.0);
        if (overall) {
            pen.setStyle(Qt::DashLine);
        }
        line->setPen(pen);
        for (qsizetype m = 0; m < report.months.size(); ++m) {
            if (const std::optional<double> avg = s.average(m)) {
                line->append(static_cast<qreal>(midMonth(report.months[m]).toMSecsSinceEpoch()), *avg);
            }
        }
        QObject::connect(line, &QLineSeries::hovered, chart,
                         [format, s, months = report.months](const QPointF& point, bool on) {
                             if (!on) {
                                 return;
                             }
                             const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date();
                             const qsizetype m = months.indexOf(QDate(day.year(), day.month(), 1));
                             if (m < 0 || !s.average(m)) {
                                 return;
                             }
                             showTip(tr("%1, %2: %3 stars from %n rating(s)", "", s.counts[m])
                                         .arg(s.name, ChartStyle::monthLabel(months[m], format.locale()),
                                              format.locale().toString(*s.average(m), 'f', 2)));
                         });
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (report.allCourses.totalCount + report.allMentors.totalCount == 0) {
        chart->setTitle(tr("Rating trends — no ratings in this range"));
    }
    return chart;
}

} // namespace mentordesk
