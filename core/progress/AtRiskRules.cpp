// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/AtRiskRules.h"

#include "progress/ProgressModel.h"

#include <algorithm>

namespace mentordesk {

namespace {

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool isLearnerMiss(LessonOutcome o)
{
    return o == LessonOutcome::CancelledByLearner || o == LessonOutcome::LateCancel || o == LessonOutcome::NoShow;
}

} // namespace

std::optional<RiskFlag> AtRiskRules::noRecentLesson(QDate asOf, QDate startDate, std::optional<QDate> lastHeld,
                                                    int idleDays)
{
    const QDate reference = lastHeld && lastHeld->isValid() ? *lastHeld : startDate;
    if (!asOf.isValid() || !reference.isValid()) {
        return std::nullopt;
    }
    const qint64 days = reference.daysTo(asOf);
    if (days < idleDays) {
        return std::nullopt;
    }
    return RiskFlag{RiskReason::NoRecentLesson,
                    {{QStringLiteral("days_since"), days},
                     {QStringLiteral("threshold_days"), idleDays},
                     {QStringLiteral("last_held"), lastHeld ? isoDate(*lastHeld) : QString()}}};
}

std::optional<RiskFlag> AtRiskRules::behindPlan(QDate startDate, QDate plannedEnd, std::optional<QDate> projectedFinish,
                                                int latePercent)
{
    if (!startDate.isValid() || !plannedEnd.isValid() || !projectedFinish || !projectedFinish->isValid()) {
        return std::nullopt;
    }
    const qint64 plannedDays = std::max<qint64>(1, startDate.daysTo(plannedEnd));
    const qint64 daysLate = plannedEnd.daysTo(*projectedFinish);
    if (daysLate <= 0 || daysLate * 100 <= static_cast<qint64>(latePercent) * plannedDays) {
        return std::nullopt;
    }
    const qint64 tenths = ProgressModel::mulDivRoundHalfUp(daysLate, 1000, plannedDays);
    return RiskFlag{RiskReason::BehindPlan,
                    {{QStringLiteral("projected_finish"), isoDate(*projectedFinish)},
                     {QStringLiteral("planned_end"), isoDate(plannedEnd)},
                     {QStringLiteral("days_late"), daysLate},
                     {QStringLiteral("percent_late"), static_cast<double>(tenths) / 10.0},
                     {QStringLiteral("threshold_percent"), latePercent}}};
}

QList<RiskFlag> AtRiskRules::fallingMastery(const QList<TopicMastery>& topics, int dropPoints)
{
    QList<RiskFlag> flags;
    for (const TopicMastery& t : topics) {
        if (!t.previousPercent) {
            continue;
        }
        const int drop = *t.previousPercent - t.latestPercent;
        if (drop >= dropPoints && drop > 0) {
            flags.append({RiskReason::FallingMastery,
                          {{QStringLiteral("topic_id"), t.topicId},
                           {QStringLiteral("previous"), *t.previousPercent},
                           {QStringLiteral("latest"), t.latestPercent},
                           {QStringLiteral("drop"), drop},
                           {QStringLiteral("threshold_points"), dropPoints}}});
        }
    }
    return flags;
}

std::optional<RiskFlag> AtRiskRules::missedInARow(QList<LessonEvent> lessons, QDate asOf, int count)
{
    std::stable_sort(lessons.begin(), lessons.end(),
                     [](const LessonEvent& a, const LessonEvent& b) { return a.date < b.date; });
    int run = 0;
    for (auto it = lessons.crbegin(); it != lessons.crend(); ++it) {
        if (!it->date.isValid() || (asOf.isValid() && it->date > asOf)) {
            continue;
        }
        if (it->outcome == LessonOutcome::Held) {
            break;
        }
        if (isLearnerMiss(it->outcome)) {
            ++run;
        }
    }
    if (count < 1 || run < count) {
        return std::nullopt;
    }
    return RiskFlag{RiskReason::MissedLessons,
                    {{QStringLiteral("in_a_row"), run}, {QStringLiteral("threshold"), count}}};
}

QList<RiskFlag> AtRiskRules::evaluate(const EnrollmentProgressInput& input, std::optional<QDate> projectedFinish,
                                      const QList<TopicMastery>& topics, const RiskSettings& settings)
{
    QList<RiskFlag> flags;
    if (input.completed) {
        return flags;
    }
    std::optional<QDate> lastHeld;
    for (const LessonEvent& l : input.lessons) {
        if (l.outcome == LessonOutcome::Held && l.date.isValid() && l.date <= input.asOf &&
            (!lastHeld || l.date > *lastHeld)) {
            lastHeld = l.date;
        }
    }
    if (auto f = noRecentLesson(input.asOf, input.startDate, lastHeld, settings.idleDays)) {
        flags.append(*f);
    }
    if (auto f = behindPlan(input.startDate, input.plannedEndDate, projectedFinish, settings.latePercent)) {
        flags.append(*f);
    }
    flags.append(fallingMastery(topics, settings.masteryDropPoints));
    if (auto f = missedInARow(input.lessons, input.asOf, settings.missedInARow)) {
        flags.append(*f);
    }
    return flags;
}

QString AtRiskRules::code(RiskReason reason)
{
    switch (reason) {
    case RiskReason::NoRecentLesson:
        return QStringLiteral("no_recent_lesson");
    case RiskReason::BehindPlan:
        return QStringLiteral("behind_plan");
    case RiskReason::FallingMastery:
        return QStringLiteral("falling_mastery");
    case RiskReason::MissedLessons:
        return QStringLiteral("missed_lessons");
    }
    return QString();
}

QString AtRiskRules::describe(const RiskFlag& flag)
{
    const QVariantMap& p = flag.parameters;
    switch (flag.reason) {
    case RiskReason::NoRecentLesson:
        return tr("No lesson held for %n day(s) (threshold %1).", nullptr,
                  p.value(QStringLiteral("days_since")).toInt())
            .arg(p.value(QStringLiteral("threshold_days")).toInt());
    case RiskReason::BehindPlan:
        return tr("Projected to finish on %1, %n day(s) after the planned end %2 (%3 % late; threshold %4 %).", nullptr,
                  p.value(QStringLiteral("days_late")).toInt())
            .arg(p.value(QStringLiteral("projected_finish")).toString(),
                 p.value(QStringLiteral("planned_end")).toString())
            .arg(p.value(QStringLiteral("percent_late")).toDouble(), 0, 'f', 1)
            .arg(p.value(QStringLiteral("threshold_percent")).toInt());
    case RiskReason::FallingMastery: {
        // The topic's name when the caller added it (ProgressService does), else its id.
        const QString name = p.value(QStringLiteral("topic_name")).toString();
        return tr("Mastery of “%1” fell from %2 % to %3 % (threshold %4 points).")
            .arg(name.isEmpty() ? p.value(QStringLiteral("topic_id")).toString() : name)
            .arg(p.value(QStringLiteral("previous")).toInt())
            .arg(p.value(QStringLiteral("latest")).toInt())
            .arg(p.value(QStringLiteral("threshold_points")).toInt());
    }
    case RiskReason::MissedLessons:
        return tr("%n lesson(s) in a row cancelled or missed by the learner (threshold %1).", nullptr,
                  p.value(QStringLiteral("in_a_row")).toInt())
            .arg(p.value(QStringLiteral("threshold")).toInt());
    }
    return QString();
}

} // namespace mentordesk
