// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressService.h"

#include "common/Clock.h"
#include "lessons/StudioTimeZone.h"
#include "progress/CompactLessonHistory.h"
#include "progress/ProgressRepository.h"
#include "progress/ProgressSettingsRepository.h"
#include "reports/LocalTimeSql.h"
#include "security/Guard.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

Result<void> checkRange(qint64 value, qint64 min, qint64 max, const QString& key, const QString& message)
{
    if (value < min || value > max) {
        return fail(Error::invalid(key, message));
    }
    return {};
}

} // namespace

ProgressService::ProgressService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ProgressPreferences> ProgressService::preferences()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudio); !allowed) {
        return fail(allowed.error());
    }
    return ProgressSettingsRepository(m_db).load();
}

Result<ProgressPreferences> ProgressService::validate(const ProgressPreferences& p)
{
    const ProgressSettings& m = p.model;
    const QList<Result<void>> checks = {
        checkRange(m.paceWindowWeeks, 1, 104, QStringLiteral("pace_window_weeks"),
                   tr("The pace window must be 1 to 104 weeks (got %1).").arg(m.paceWindowWeeks)),
        checkRange(m.masterySteadyBand, 0, 50, QStringLiteral("mastery_steady_band"),
                   tr("The steady band must be 0 to 50 points (got %1).").arg(m.masterySteadyBand)),
        checkRange(m.calibration.minHeldMinutes, 0, 100000, QStringLiteral("min_held_minutes"),
                   tr("The minimum held minutes for calibration must be 0 to 100000 (got %1).")
                       .arg(m.calibration.minHeldMinutes)),
        checkRange(m.risk.idleDays, 1, 365, QStringLiteral("idle_days"),
                   tr("The idle threshold must be 1 to 365 days (got %1).").arg(m.risk.idleDays)),
        checkRange(m.risk.latePercent, 0, 1000, QStringLiteral("late_percent"),
                   tr("The lateness threshold must be 0 to 1000 % (got %1).").arg(m.risk.latePercent)),
        checkRange(m.risk.masteryDropPoints, 1, 100, QStringLiteral("mastery_drop_points"),
                   tr("The mastery drop threshold must be 1 to 100 points (got %1).").arg(m.risk.masteryDropPoints)),
        checkRange(m.risk.missedInARow, 1, 100, QStringLiteral("missed_in_a_row"),
                   tr("The missed-lessons threshold must be 1 to 100 lessons (got %1).").arg(m.risk.missedInARow)),
    };
    for (const Result<void>& check : checks) {
        if (!check) {
            return fail(check.error());
        }
    }
    const CalibrationSettings& c = m.calibration;
    if (!(c.smoothing > 0.0 && c.smoothing <= 1.0)) {
        return fail(Error::invalid(QStringLiteral("smoothing"),
                                   tr("The smoothing must be more than 0 and at most 1 (got %1).").arg(c.smoothing)));
    }
    if (!(c.minEfficiency >= 0.05 && c.minEfficiency <= 2.0)) {
        return fail(
            Error::invalid(QStringLiteral("min_efficiency"),
                           tr("The lowest calibrated efficiency must be 0.05 to 2 (got %1).").arg(c.minEfficiency)));
    }
    if (!(c.maxEfficiency >= 0.05 && c.maxEfficiency <= 2.0) || c.maxEfficiency <= c.minEfficiency) {
        return fail(Error::invalid(QStringLiteral("max_efficiency"),
                                   tr("The highest calibrated efficiency must be above the lowest (%1) and at most "
                                      "2 (got %2).")
                                       .arg(c.minEfficiency)
                                       .arg(c.maxEfficiency)));
    }
    return p;
}

Result<ProgressPreferences> ProgressService::savePreferences(const ProgressPreferences& preferences)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(preferences);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = ProgressSettingsRepository(m_db).save(*valid); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return valid;
}

Result<QDate> ProgressService::today()
{
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    return zone->toLocal(m_clock.nowUtc()).date;
}

Result<QList<EnrollmentProgress>> ProgressService::evaluate(const ProgressScope& scope, bool strict)
{
    auto prefs = preferences();
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!prefs || !zone) {
        return fail(!prefs ? prefs.error() : zone.error());
    }
    const QDate asOf = zone->toLocal(m_clock.nowUtc()).date;
    const QDateTime untilUtc = zone->startOfDayUtc(asOf.addDays(1));
    ProgressRepository repo(m_db);
    auto enrollments = repo.enrollments(scope);
    if (!enrollments) {
        return fail(enrollments.error());
    }
    QList<EnrollmentProgress> out;
    if (enrollments->isEmpty()) {
        return out;
    }
    QDate earliest = asOf;
    for (const EnrollmentSummary& e : std::as_const(*enrollments)) {
        if (e.startDate.isValid()) {
            earliest = std::min(earliest, e.startDate);
        }
    }
    // Why: lessons a little before the start date still get the right local date.
    const LocalTimeSql local(zone->zone(), zone->startOfDayUtc(earliest.addDays(-31)), untilUtc);
    // Why: studio-wide, only the recent lessons are read one by one (the rest is summed in SQL); the
    // calibration that list would give is not exact, so this path runs only when the default E is in use.
    const bool compact =
        scope.kind == ProgressScope::Kind::ActiveStudio && prefs->efficiency == EfficiencySource::Default;
    auto lessons = compact ? CompactLessonHistory::load(repo, scope, *zone, local, asOf, prefs->model.paceWindowWeeks,
                                                        *enrollments)
                           : repo.lessons(scope, local, untilUtc);
    auto assessments = repo.assessments(scope, local, untilUtc);
    if (!lessons || !assessments) {
        return fail(!lessons ? lessons.error() : assessments.error());
    }
    for (const EnrollmentSummary& e : std::as_const(*enrollments)) {
        if (e.contentMinutes <= 0) {
            if (strict) {
                return fail(Error::invalid(
                    QStringLiteral("target_minutes"),
                    tr("The enrollment “%1” has no target hours; set them to see its progress.").arg(e.title)));
            }
            continue;
        }
        EnrollmentProgressInput input;
        input.asOf = asOf;
        input.startDate = e.startDate;
        input.plannedEndDate = e.plannedEndDate;
        input.contentMinutes = e.contentMinutes;
        input.efficiencyPermille = e.efficiencyPermille;
        input.completed = e.status == EnrollmentStatus::Completed;
        input.lessons = lessons->value(e.id);
        input.assessments = assessments->value(e.id);
        auto report = ProgressEvaluator::evaluate(input, prefs->model);
        if (!report) {
            if (strict) {
                return fail(report.error());
            }
            continue;
        }
        EnrollmentProgress p{e, *report, false};
        if (prefs->efficiency == EfficiencySource::Calibrated && report->calibration) {
            input.efficiencyPermille = std::clamp(report->calibration->permille, 50, 2000);
            auto calibrated = ProgressEvaluator::evaluate(input, prefs->model);
            if (calibrated) {
                p.report = *calibrated;
                p.calibratedInUse = true;
            }
        }
        if (compact) {
            p.report.calibration.reset();
            p.report.calibratedProgress.reset();
        }
        if (e.status == EnrollmentStatus::Paused || e.status == EnrollmentStatus::Cancelled) {
            p.report.risks.clear();
        }
        if (p.report.progress.isComplete()) {
            // Why: with the content covered the "projection" is today; a finish already reached is no risk.
            p.report.risks.removeIf([](const RiskFlag& f) { return f.reason == RiskReason::BehindPlan; });
        }
        out.append(p);
    }
    // Why: the rules know a falling topic only by its id; people read its name (Today, reports, the CLI).
    const auto fallingTopic = [](const RiskFlag& f) { return f.reason == RiskReason::FallingMastery; };
    if (std::any_of(out.cbegin(), out.cend(), [&](const EnrollmentProgress& p) {
            return std::any_of(p.report.risks.cbegin(), p.report.risks.cend(), fallingTopic);
        })) {
        auto names = repo.topicNames();
        if (!names) {
            return fail(names.error());
        }
        for (EnrollmentProgress& p : out) {
            for (RiskFlag& f : p.report.risks) {
                if (fallingTopic(f)) {
                    f.parameters.insert(QStringLiteral("topic_name"),
                                        names->value(f.parameters.value(QStringLiteral("topic_id")).toString()));
                }
            }
        }
    }
    return out;
}

Result<EnrollmentProgress> ProgressService::enrollment(const Id& enrollmentId)
{
    if (auto allowed = Guard::enrollment(m_db, Action::ViewLearner, enrollmentId); !allowed) {
        return fail(allowed.error());
    }
    const Id id = enrollmentId.trimmed().toLower();
    if (auto ok = requireRow(m_db, QStringLiteral("enrollments"), id, QStringLiteral("enrollment"), tr("enrollment"));
        !ok) {
        return fail(ok.error());
    }
    auto list = evaluate({ProgressScope::Kind::Enrollment, id}, true);
    if (!list) {
        return fail(list.error());
    }
    if (list->isEmpty()) {
        return fail(Error::notFound(tr("There is no enrollment with id “%1”.").arg(id)));
    }
    return list->constFirst();
}

Result<QList<EnrollmentProgress>> ProgressService::learner(const Id& learnerId)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    const Id id = learnerId.trimmed().toLower();
    if (auto ok = requireRow(m_db, QStringLiteral("learners"), id, QStringLiteral("learner"), tr("learner")); !ok) {
        return fail(ok.error());
    }
    auto list = evaluate({ProgressScope::Kind::Learner, id}, false);
    if (list) {
        std::stable_sort(list->begin(), list->end(), [](const EnrollmentProgress& a, const EnrollmentProgress& b) {
            return a.enrollment.startDate < b.enrollment.startDate;
        });
    }
    return list;
}

Result<QList<EnrollmentProgress>> ProgressService::course(const Id& courseId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    const Id id = courseId.trimmed().toLower();
    if (auto ok = requireRow(m_db, QStringLiteral("courses"), id, QStringLiteral("course"), tr("course")); !ok) {
        return fail(ok.error());
    }
    return evaluate({ProgressScope::Kind::Course, id}, false);
}

Result<LearnerMastery> ProgressService::learnerMastery(const Id& learnerId)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    const Id id = learnerId.trimmed().toLower();
    if (auto ok = requireRow(m_db, QStringLiteral("learners"), id, QStringLiteral("learner"), tr("learner")); !ok) {
        return fail(ok.error());
    }
    auto prefs = preferences();
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!prefs || !zone) {
        return fail(!prefs ? prefs.error() : zone.error());
    }
    const QDate asOf = zone->toLocal(m_clock.nowUtc()).date;
    const QDateTime untilUtc = zone->startOfDayUtc(asOf.addDays(1));
    const LocalTimeSql local(zone->zone(), zone->startOfDayUtc(asOf.addYears(-20)), untilUtc);
    ProgressRepository repo(m_db);
    auto assessments = repo.learnerAssessments(id, local, untilUtc);
    auto names = repo.topicNames();
    auto courseTopics = repo.courseTopicsOfLearner(id);
    auto enrollments = repo.enrollments({ProgressScope::Kind::Learner, id});
    if (!assessments || !names || !courseTopics || !enrollments) {
        return fail(!assessments    ? assessments.error()
                    : !names        ? names.error()
                    : !courseTopics ? courseTopics.error()
                                    : enrollments.error());
    }
    LearnerMastery out;
    out.topics = MasteryTracker::summarise(*assessments, prefs->model.masterySteadyBand);
    QHash<Id, int> latest;
    for (const TopicMastery& t : std::as_const(out.topics)) {
        latest.insert(t.topicId, t.latestPercent);
        out.topicNames.insert(t.topicId, names->value(t.topicId));
    }
    QStringList seen;
    for (const EnrollmentSummary& e : std::as_const(*enrollments)) {
        if (e.courseId.isEmpty() || seen.contains(e.courseId)) {
            continue;
        }
        seen.append(e.courseId);
        CourseMastery c;
        c.courseId = e.courseId;
        c.title = e.title;
        const QStringList topics = courseTopics->value(e.courseId);
        c.topicCount = static_cast<int>(topics.size());
        qint64 sum = 0;
        for (const Id& topic : topics) {
            if (latest.contains(topic)) {
                ++c.assessedCount;
                sum += latest.value(topic);
            }
            out.topicNames.insert(topic, names->value(topic));
        }
        c.averagePercent = c.topicCount > 0 ? static_cast<int>((2 * sum + c.topicCount) / (2 * c.topicCount)) : 0;
        out.courses.append(c);
    }
    return out;
}

Result<QList<AtRiskEntry>> ProgressService::atRisk()
{
    auto scope = Guard::listScope(m_db, Action::ViewLearner);
    if (!scope) {
        return fail(scope.error());
    }
    auto list = evaluate({ProgressScope::Kind::ActiveStudio, {}}, false);
    if (!list) {
        return fail(list.error());
    }
    QList<AtRiskEntry> out;
    for (const EnrollmentProgress& p : std::as_const(*list)) {
        // Why: a mentor account sees its own enrollments' risks only (the studio-wide evaluation is
        // one computation, so its result is narrowed rather than the query).
        if (!scope->isEmpty() && p.enrollment.mentorId != *scope) {
            continue;
        }
        if (!p.report.risks.isEmpty()) {
            out.append({p.enrollment, p.report.risks, p.report.progress.perMille()});
        }
    }
    return out;
}

} // namespace mentordesk
