// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/MasteryTracker.h"

#include <QMap>
#include <algorithm>

namespace mentordesk {

namespace {

double slopePerMonth(const QList<MasteryPoint>& history)
{
    if (history.size() < 2) {
        return 0.0;
    }
    const QDate origin = history.first().date;
    double meanX = 0.0;
    double meanY = 0.0;
    for (const MasteryPoint& p : history) {
        meanX += static_cast<double>(origin.daysTo(p.date));
        meanY += p.percent;
    }
    meanX /= static_cast<double>(history.size());
    meanY /= static_cast<double>(history.size());
    double sxy = 0.0;
    double sxx = 0.0;
    for (const MasteryPoint& p : history) {
        const double dx = static_cast<double>(origin.daysTo(p.date)) - meanX;
        sxy += dx * (p.percent - meanY);
        sxx += dx * dx;
    }
    return sxx > 0.0 ? 30.0 * sxy / sxx : 0.0;
}

} // namespace

QList<TopicMastery> MasteryTracker::summarise(const QList<TopicAssessment>& assessments, int steadyBand)
{
    QMap<QString, QList<MasteryPoint>> byTopic;
    for (const TopicAssessment& a : assessments) {
        if (a.date.isValid()) {
            byTopic[a.topicId].append({a.date, std::clamp(a.masteryPercent, 0, 100)});
        }
    }
    QList<TopicMastery> out;
    for (auto it = byTopic.begin(); it != byTopic.end(); ++it) {
        QList<MasteryPoint> history = it.value();
        std::stable_sort(history.begin(), history.end(),
                         [](const MasteryPoint& a, const MasteryPoint& b) { return a.date < b.date; });
        TopicMastery t;
        t.topicId = it.key();
        t.latestPercent = history.constLast().percent;
        t.latestDate = history.constLast().date;
        if (history.size() >= 2) {
            t.previousPercent = history.at(history.size() - 2).percent;
            t.change = t.latestPercent - *t.previousPercent;
            const int band = std::max(0, steadyBand);
            t.trend = t.change > band ? MasteryTrend::Rising
                                      : (t.change < -band ? MasteryTrend::Falling : MasteryTrend::Steady);
        }
        t.slopePerMonth = slopePerMonth(history);
        t.history = std::move(history);
        out.append(std::move(t));
    }
    return out;
}

QString MasteryTracker::trendCode(MasteryTrend trend)
{
    switch (trend) {
    case MasteryTrend::Single:
        return QStringLiteral("single");
    case MasteryTrend::Rising:
        return QStringLiteral("rising");
    case MasteryTrend::Steady:
        return QStringLiteral("steady");
    case MasteryTrend::Falling:
        return QStringLiteral("falling");
    }
    return QStringLiteral("single");
}

} // namespace mentordesk
