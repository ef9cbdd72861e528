// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressEvaluator.h"

#include "progress/AtRiskRules.h"

#include <algorithm>

namespace mentordesk {

namespace {

/// Held minutes on or before `date`.
qint64 heldUpTo(const QList<LessonEvent>& lessons, QDate date)
{
    qint64 sum = 0;
    for (const LessonEvent& l : lessons) {
        if (l.outcome == LessonOutcome::Held && l.date.isValid() && l.date <= date) {
            sum += l.minutes;
        }
    }
    return sum;
}

} // namespace

Result<ProgressReport> ProgressEvaluator::evaluate(const EnrollmentProgressInput& input,
                                                   const ProgressSettings& settings)
{
    if (!input.asOf.isValid()) {
        return fail(Error::invalid(QStringLiteral("as_of"), tr("The reference date is missing or invalid.")));
    }
    if (input.contentMinutes <= 0) {
        return fail(
            Error::invalid(QStringLiteral("content_minutes"),
                           tr("The course content must be more than 0 minutes (got %1).").arg(input.contentMinutes)));
    }
    if (input.efficiencyPermille < 50 || input.efficiencyPermille > 2000) {
        return fail(Error::invalid(
            QStringLiteral("efficiency_permille"),
            tr("The efficiency must be between 50 and 2000 per mille (got %1).").arg(input.efficiencyPermille)));
    }
    if (settings.paceWindowWeeks < 1 || settings.paceWindowWeeks > 104) {
        return fail(Error::invalid(
            QStringLiteral("pace_window_weeks"),
            tr("The pace window must be between 1 and 104 weeks (got %1).").arg(settings.paceWindowWeeks)));
    }
    for (const LessonEvent& l : input.lessons) {
        if (l.minutes < 0 || l.minutes > 1440) {
            return fail(Error::invalid(QStringLiteral("minutes"),
                                       tr("A lesson on %1 has %2 minutes; a lesson lasts 0 to 1440 minutes.")
                                           .arg(l.date.toString(Qt::ISODate))
                                           .arg(l.minutes)));
        }
    }
    for (const TopicAssessment& a : input.assessments) {
        if (a.masteryPercent < 0 || a.masteryPercent > 100) {
            return fail(
                Error::invalid(QStringLiteral("mastery_percent"), tr("A mastery of %1 % on %2 is outside 0–100 %.")
                                                                      .arg(a.masteryPercent)
                                                                      .arg(a.date.toString(Qt::ISODate))));
        }
    }

    ProgressReport r;
    r.heldMinutes = heldUpTo(input.lessons, input.asOf);
    r.contentMinutes = input.contentMinutes;
    r.efficiencyPermille = input.efficiencyPermille;
    r.progress = ProgressModel::progress(r.heldMinutes, r.efficiencyPermille, r.contentMinutes);
    r.remainingMinutes = ProgressModel::remainingMinutes(r.heldMinutes, r.efficiencyPermille, r.contentMinutes);
    r.pace = PaceEstimator::weeklyPace(input.lessons, input.asOf, settings.paceWindowWeeks, input.startDate);
    r.projectedFinish = PaceEstimator::projectedFinish(r.remainingMinutes, r.pace, input.asOf);
    r.plannedEnd = input.plannedEndDate;
    if (r.projectedFinish && r.plannedEnd.isValid()) {
        r.daysLate = r.plannedEnd.daysTo(*r.projectedFinish);
    }

    QList<EfficiencySample> samples;
    for (const TopicAssessment& a : input.assessments) {
        if (a.date.isValid() && a.date <= input.asOf) {
            samples.append({a.date, a.masteryPercent, heldUpTo(input.lessons, a.date)});
        }
    }
    r.calibration = EfficiencyCalibrator::calibrate(samples, input.contentMinutes, settings.calibration);
    if (r.calibration) {
        r.calibratedProgress = ProgressModel::progress(r.heldMinutes, r.calibration->permille, r.contentMinutes);
    }
    r.topics = MasteryTracker::summarise(input.assessments, settings.masterySteadyBand);
    r.risks = AtRiskRules::evaluate(input, r.projectedFinish, r.topics, settings.risk);
    return r;
}

} // namespace mentordesk
