// SPDX-License-Identifier: GPL-3.0-or-later
// `progress show|at-risk|settings` (`progress report` is in ProgressReportCommands.cpp): the progress model on the
// studio's data.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "ReportOutput.h"
#include "progress/AtRiskRules.h"
#include "progress/ProgressService.h"
#include "reports/ReportService.h"

#include <QJsonArray>
#include <QLocale>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProgressCommands)
};

QJsonValue optionalDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue fraction(const ProgressFraction& p, bool json)
{
    return json ? QJsonValue(p.perMille() / 1000.0) : QJsonValue(ReportOutput::percent(p.perMille()));
}

QJsonValue risksJson(const QList<RiskFlag>& flags, bool json)
{
    if (!json) {
        QStringList parts;
        for (const RiskFlag& f : flags) {
            parts.append(AtRiskRules::describe(f));
        }
        return parts.join(u' ');
    }
    QJsonArray out;
    for (const RiskFlag& f : flags) {
        out.append(QJsonObject{{QStringLiteral("reason"), AtRiskRules::code(f.reason)},
                               {QStringLiteral("detail"), AtRiskRules::describe(f)},
                               {QStringLiteral("parameters"), QJsonObject::fromVariantMap(f.parameters)}});
    }
    return out;
}

QJsonObject progressJson(const EnrollmentProgress& p, const QHash<Id, QString>& topicNames, bool json)
{
    const ProgressReport& r = p.report;
    const EnrollmentSummary& e = p.enrollment;
    QJsonObject o{{QStringLiteral("enrollment_id"), e.id},
                  {QStringLiteral("learner"), e.learnerName},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("mentor"), e.mentorName},
                  {QStringLiteral("status"), enrollmentStatusName(e.status)},
                  {QStringLiteral("held_minutes"), r.heldMinutes},
                  {QStringLiteral("content_minutes"), r.contentMinutes},
                  {QStringLiteral("efficiency"), r.efficiencyPermille / 1000.0},
                  {QStringLiteral("efficiency_source"),
                   p.calibratedInUse ? QStringLiteral("calibrated") : QStringLiteral("default")},
                  {QStringLiteral("default_efficiency"), e.efficiencyPermille / 1000.0},
                  {QStringLiteral("calibrated_efficiency"),
                   r.calibration ? QJsonValue(r.calibration->permille / 1000.0) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("progress"), fraction(r.progress, json)},
                  {QStringLiteral("remaining_minutes"), r.remainingMinutes},
                  {QStringLiteral("pace_minutes_per_week"), r.pace.displayMinutesPerWeek()},
                  {QStringLiteral("projected_finish"), optionalDate(r.projectedFinish)},
                  {QStringLiteral("planned_end"), optionalDate(r.plannedEnd)},
                  {QStringLiteral("days_late"), r.daysLate ? QJsonValue(*r.daysLate) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("risks"), risksJson(r.risks, json)}};
    if (json) {
        QJsonArray topics;
        for (const TopicMastery& t : r.topics) {
            topics.append(QJsonObject{{QStringLiteral("topic_id"), t.topicId},
                                      {QStringLiteral("topic"), topicNames.value(t.topicId)},
                                      {QStringLiteral("latest"), t.latestPercent},
                                      {QStringLiteral("trend"), MasteryTracker::trendCode(t.trend)}});
        }
        o.insert(QStringLiteral("mastery"), topics);
    } else {
        QStringList parts;
        for (const TopicMastery& t : r.topics) {
            parts.append(QStringLiteral("%1 %2 % (%3)")
                             .arg(topicNames.value(t.topicId, t.topicId))
                             .arg(t.latestPercent)
                             .arg(MasteryTracker::trendCode(t.trend)));
        }
        o.insert(QStringLiteral("mastery"), parts.join(QStringLiteral(", ")));
    }
    return o;
}

int runShow(CommandContext& ctx)
{
    const bool byEnrollment = ctx.has(QStringLiteral("enrollment"));
    if (byEnrollment == ctx.has(QStringLiteral("learner"))) {
        return ctx.usageError(Tr::tr("give exactly one of --enrollment and --learner"));
    }
    ProgressService service(ctx.db(), ctx.clock());
    if (byEnrollment) {
        auto p = service.enrollment(ctx.value(QStringLiteral("enrollment")));
        if (!p) {
            return ctx.failWith(p.error());
        }
        auto mastery = service.learnerMastery(p->enrollment.learnerId);
        if (!mastery) {
            return ctx.failWith(mastery.error());
        }
        return ctx.emitObject(progressJson(*p, mastery->topicNames, ctx.json()));
    }
    const Id learner = ctx.value(QStringLiteral("learner"));
    auto list = service.learner(learner);
    if (!list) {
        return ctx.failWith(list.error());
    }
    auto mastery = service.learnerMastery(learner);
    if (!mastery) {
        return ctx.failWith(mastery.error());
    }
    QJsonArray rows;
    for (const EnrollmentProgress& p : std::as_const(*list)) {
        rows.append(progressJson(p, mastery->topicNames, ctx.json()));
    }
    return ctx.emitList(rows, {QStringLiteral("enrollment_id"), QStringLiteral("title"), QStringLiteral("mentor"),
                               QStringLiteral("status"), QStringLiteral("held_minutes"), QStringLiteral("progress"),
                               QStringLiteral("remaining_minutes"), QStringLiteral("projected_finish"),
                               QStringLiteral("risks")});
}

int runAtRisk(CommandContext& ctx)
{
    if (ctx.has(QStringLiteral("csv")) || ctx.has(QStringLiteral("out"))) {
        auto table = ReportService(ctx.db(), ctx.clock()).atRisk();
        if (!table) {
            return ctx.failWith(table.error());
        }
        return ReportOutput::print(ctx, *table, QStringLiteral("at_risk"));
    }
    auto list = ProgressService(ctx.db(), ctx.clock()).atRisk();
    if (!list) {
        return ctx.failWith(list.error());
    }
    QJsonArray rows;
    for (const AtRiskEntry& e : std::as_const(*list)) {
        rows.append(QJsonObject{
            {QStringLiteral("learner_id"), e.enrollment.learnerId},
            {QStringLiteral("learner"), e.enrollment.learnerName},
            {QStringLiteral("enrollment_id"), e.enrollment.id},
            {QStringLiteral("title"), e.enrollment.title},
            {QStringLiteral("mentor"), e.enrollment.mentorName},
            {QStringLiteral("progress"), ctx.json() ? QJsonValue(e.progressPerMille / 1000.0)
                                                    : QJsonValue(ReportOutput::percent(e.progressPerMille))},
            {QStringLiteral("risks"), risksJson(e.flags, ctx.json())}});
    }
    if (!ctx.json() && rows.isEmpty()) {
        ctx.out() << Tr::tr("No learner is at risk.") << u'\n';
        return kExitOk;
    }
    return ctx.emitList(rows, {QStringLiteral("learner"), QStringLiteral("title"), QStringLiteral("mentor"),
                               QStringLiteral("progress"), QStringLiteral("risks")});
}

Result<double> decimalOption(CommandContext& ctx, const QString& option, double fallback)
{
    if (!ctx.has(option)) {
        return fallback;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(ctx.value(option).trimmed(), &ok);
    if (!ok) {
        return fail(Error::invalid(
            QString(option).replace(u'-', u'_'),
            Tr::tr("--%1 must be a decimal number such as 0.5 (got “%2”).").arg(option, ctx.value(option))));
    }
    return v;
}

int runSettings(CommandContext& ctx)
{
    ProgressService service(ctx.db(), ctx.clock());
    auto current = service.preferences();
    if (!current) {
        return ctx.failWith(current.error());
    }
    ProgressPreferences p = *current;
    bool changed = false;
    if (ctx.has(QStringLiteral("efficiency"))) {
        auto source = efficiencySourceFromName(ctx.value(QStringLiteral("efficiency")));
        if (!source) {
            return ctx.failWith(Error::invalid(QStringLiteral("efficiency"),
                                               Tr::tr("--efficiency must be “default” or “calibrated”.")));
        }
        p.efficiency = *source;
        changed = true;
    }
    const QList<std::pair<QString, int*>> integers = {
        {QStringLiteral("pace-window-weeks"), &p.model.paceWindowWeeks},
        {QStringLiteral("steady-band"), &p.model.masterySteadyBand},
        {QStringLiteral("min-held-minutes"), &p.model.calibration.minHeldMinutes},
        {QStringLiteral("idle-days"), &p.model.risk.idleDays},
        {QStringLiteral("late-percent"), &p.model.risk.latePercent},
        {QStringLiteral("mastery-drop-points"), &p.model.risk.masteryDropPoints},
        {QStringLiteral("missed-in-a-row"), &p.model.risk.missedInARow}};
    for (const auto& [option, target] : integers) {
        auto v = ctx.integer(option, -1000000, 1000000, *target);
        if (!v) {
            return ctx.failWith(v.error());
        }
        changed = changed || ctx.has(option);
        *target = static_cast<int>(*v);
    }
    const QList<std::pair<QString, double*>> decimals = {
        {QStringLiteral("smoothing"), &p.model.calibration.smoothing},
        {QStringLiteral("min-efficiency"), &p.model.calibration.minEfficiency},
        {QStringLiteral("max-efficiency"), &p.model.calibration.maxEfficiency}};
    for (const auto& [option, target] : decimals) {
        auto v = decimalOption(ctx, option, *target);
        if (!v) {
            return ctx.failWith(v.error());
        }
        changed = changed || ctx.has(option);
        *target = *v;
    }
    if (changed) {
        auto saved = service.savePreferences(p);
        if (!saved) {
            return ctx.failWith(saved.error());
        }
        p = *saved;
    }
    const ProgressSettings& m = p.model;
    return ctx.emitObject({{QStringLiteral("efficiency"), efficiencySourceName(p.efficiency)},
                           {QStringLiteral("pace_window_weeks"), m.paceWindowWeeks},
                           {QStringLiteral("steady_band"), m.masterySteadyBand},
                           {QStringLiteral("smoothing"), m.calibration.smoothing},
                           {QStringLiteral("min_efficiency"), m.calibration.minEfficiency},
                           {QStringLiteral("max_efficiency"), m.calibration.maxEfficiency},
                           {QStringLiteral("min_held_minutes"), m.calibration.minHeldMinutes},
                           {QStringLiteral("idle_days"), m.risk.idleDays},
                           {QStringLiteral("late_percent"), m.risk.latePercent},
                           {QStringLiteral("mastery_drop_points"), m.risk.masteryDropPoints},
                           {QStringLiteral("missed_in_a_row"), m.risk.missedInARow}});
}

} // namespace

void registerProgressReportCommand(CommandRegistry& registry);

void registerProgressCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("progress");
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show learning progress of an enrollment or of all a learner's enrollments"),
                  {{QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("one enrollment")},
                   {QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("every enrollment of this learner")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli progress show --enrollment E\n"
                                 "  mentordesk-cli --json progress show --learner L"),
                  true,
                  false,
                  runShow});
    registry.add({noun,
                  QStringLiteral("at-risk"),
                  Tr::tr("List learners at risk, with the reasons"),
                  {{QStringLiteral("csv"), QString(), Tr::tr("write CSV (one row per reason)")},
                   {QStringLiteral("out"), QStringLiteral("FILE"), Tr::tr("write the CSV to FILE")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli progress at-risk\n  mentordesk-cli progress at-risk --csv"),
                  true,
                  false,
                  runAtRisk});
    registry.add(
        {noun,
         QStringLiteral("settings"),
         Tr::tr("Show or change the progress settings (pace window, calibration, at-risk thresholds)"),
         {{QStringLiteral("efficiency"), QStringLiteral("default|calibrated"), Tr::tr("which efficiency E is used")},
          {QStringLiteral("pace-window-weeks"), QStringLiteral("N"), Tr::tr("recent pace over N weeks (1-104)")},
          {QStringLiteral("steady-band"), QStringLiteral("N"), Tr::tr("mastery change counted as steady (0-50)")},
          {QStringLiteral("smoothing"), QStringLiteral("X"), Tr::tr("calibration smoothing, >0 to 1")},
          {QStringLiteral("min-efficiency"), QStringLiteral("X"), Tr::tr("lowest calibrated E")},
          {QStringLiteral("max-efficiency"), QStringLiteral("X"), Tr::tr("highest calibrated E")},
          {QStringLiteral("min-held-minutes"), QStringLiteral("N"),
           Tr::tr("assessments before N held minutes are "
                  "not used for calibration")},
          {QStringLiteral("idle-days"), QStringLiteral("N"), Tr::tr("at risk after N days without a held lesson")},
          {QStringLiteral("late-percent"), QStringLiteral("N"),
           Tr::tr("at risk when the projection is N % of the "
                  "planned duration late")},
          {QStringLiteral("mastery-drop-points"), QStringLiteral("N"), Tr::tr("at risk when mastery drops N points")},
          {QStringLiteral("missed-in-a-row"), QStringLiteral("N"), Tr::tr("at risk after N missed lessons in a row")}},
         QString(),
         QStringLiteral("  mentordesk-cli progress settings\n"
                        "  mentordesk-cli progress settings --efficiency calibrated --idle-days 14"),
         true,
         false,
         runSettings});
    registerProgressReportCommand(registry);
}

} // namespace mentordesk::cli
