// SPDX-License-Identifier: GPL-3.0-or-later
// `enroll`, `enrollment list|show|edit|status`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "courses/DecimalText.h"
#include "courses/EnrollmentService.h"
#include "money/Minutes.h"
#include "storage/Statement.h"

namespace mentordesk::cli {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentCommands)
};

QJsonObject enrollmentJson(const Enrollment& e)
{
    return {
        {u"id"_s, e.meta.id},
        {u"learner_id"_s, e.learnerId},
        {u"mentor_id"_s, e.mentorId},
        {u"course_id"_s, e.isFreeForm() ? QJsonValue() : QJsonValue(e.courseId)},
        {u"title"_s, e.title},
        {u"status"_s, enrollmentStatusName(e.status)},
        {u"efficiency"_s, DecimalText::formatScaled(e.efficiencyPermille, 3)},
        {u"efficiency_permille"_s, e.efficiencyPermille},
        {u"target_minutes"_s, e.targetMinutes},
        {u"target_hours"_s, Minutes::toHoursMinutes(e.targetMinutes)},
        {u"start_date"_s, toSqlDate(e.startDate)},
        {u"planned_end_date"_s, e.plannedEndDate.isValid() ? QJsonValue(toSqlDate(e.plannedEndDate)) : QJsonValue()},
        {u"version"_s, e.meta.version}};
}

/// The plan options given on the command line, on top of `changes`.
Result<EnrollmentChanges> changesFrom(const CommandContext& ctx, EnrollmentChanges changes)
{
    changes.mentorId = ctx.value(u"mentor"_s, changes.mentorId);
    changes.title = ctx.value(u"title"_s, changes.title);
    if (ctx.has(u"efficiency"_s)) {
        auto e = DecimalText::parsePermille(ctx.value(u"efficiency"_s), u"efficiency"_s);
        if (!e) {
            return fail(e.error());
        }
        changes.efficiencyPermille = *e;
    }
    if (ctx.has(u"target-hours"_s)) {
        auto m = DecimalText::parseHours(ctx.value(u"target-hours"_s), u"target-hours"_s);
        if (!m) {
            return fail(m.error());
        }
        changes.targetMinutes = *m;
    }
    auto start = ctx.date(u"start"_s);
    if (!start) {
        return fail(start.error());
    }
    if (start->isValid()) {
        changes.startDate = *start;
    }
    auto end = ctx.date(u"planned-end"_s);
    if (!end) {
        return fail(end.error());
    }
    if (end->isValid() || ctx.has(u"no-planned-end"_s)) {
        changes.plannedEndDate = *end;
    }
    return changes;
}

int runEnroll(CommandContext& ctx)
{
    if (!ctx.has(u"course"_s) && !ctx.has(u"target-hours"_s)) {
        return ctx.usageError(Tr::tr("give --course, or --title and --target-hours for free-form mentoring"));
    }
    auto changes = changesFrom(ctx, {});
    if (!changes) {
        return ctx.failWith(changes.error());
    }
    EnrollmentInput in;
    in.learnerId = ctx.value(u"learner"_s);
    in.mentorId = changes->mentorId;
    in.courseId = ctx.value(u"course"_s);
    in.title = changes->title;
    in.efficiencyPermille = changes->efficiencyPermille;
    in.targetMinutes = changes->targetMinutes;
    in.startDate = changes->startDate;
    in.plannedEndDate = changes->plannedEndDate;
    auto e = EnrollmentService(ctx.db(), ctx.clock()).enroll(in);
    if (!e) {
        return ctx.failWith(e.error());
    }
    return ctx.emitDone(Tr::tr("Enrolled in “%1” (%2).").arg(e->title, e->meta.id), enrollmentJson(*e));
}

int runEdit(CommandContext& ctx)
{
    if (ctx.has(u"planned-end"_s) && ctx.has(u"no-planned-end"_s)) {
        return ctx.usageError(Tr::tr("give either --planned-end or --no-planned-end, not both"));
    }
    EnrollmentService service(ctx.db(), ctx.clock());
    auto current = service.get(ctx.value(u"id"_s));
    if (!current) {
        return ctx.failWith(current.error());
    }
    auto changes = changesFrom(ctx, {current->mentorId, current->title, current->efficiencyPermille,
                                     current->targetMinutes, current->startDate, current->plannedEndDate});
    if (!changes) {
        return ctx.failWith(changes.error());
    }
    auto e = service.edit(current->meta.id, *changes, current->meta.version);
    return e ? ctx.emitObject(enrollmentJson(*e)) : ctx.failWith(e.error());
}

int runShow(CommandContext& ctx)
{
    auto e = EnrollmentService(ctx.db(), ctx.clock()).get(ctx.value(u"id"_s));
    return e ? ctx.emitObject(enrollmentJson(*e)) : ctx.failWith(e.error());
}

Result<EnrollmentStatus> statusFrom(const CommandContext& ctx, const QString& option)
{
    const auto status = enrollmentStatusFromName(ctx.value(option));
    if (!status) {
        return fail(Error::invalid(
            option,
            Tr::tr("“%1” is not a status; use active, paused, completed or cancelled.").arg(ctx.value(option))));
    }
    return *status;
}

int runList(CommandContext& ctx)
{
    EnrollmentFilter filter;
    filter.learnerId = ctx.value(u"learner"_s).trimmed().toLower();
    filter.courseId = ctx.value(u"course"_s).trimmed().toLower();
    filter.mentorId = ctx.value(u"mentor"_s).trimmed().toLower();
    if (ctx.has(u"status"_s)) {
        auto status = statusFrom(ctx, u"status"_s);
        if (!status) {
            return ctx.failWith(status.error());
        }
        filter.status = *status;
    }
    auto limit = ctx.integer(u"limit"_s, 1, 10000, 100);
    auto offset = ctx.integer(u"offset"_s, 0, 100000000, 0);
    if (!limit || !offset) {
        return ctx.failWith(!limit ? limit.error() : offset.error());
    }
    auto page =
        EnrollmentService(ctx.db(), ctx.clock()).list(filter, {static_cast<int>(*offset), static_cast<int>(*limit)});
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Enrollment& e : std::as_const(page->items)) {
        rows.append(enrollmentJson(e));
    }
    return ctx.emitList(
        rows, {u"id"_s, u"title"_s, u"status"_s, u"start_date"_s, u"target_hours"_s, u"efficiency"_s, u"learner_id"_s},
        page->total);
}

int runStatus(CommandContext& ctx)
{
    auto status = statusFrom(ctx, u"to"_s);
    if (!status) {
        return ctx.failWith(status.error());
    }
    auto e = EnrollmentService(ctx.db(), ctx.clock()).setStatus(ctx.value(u"id"_s), *status);
    if (!e) {
        return ctx.failWith(e.error());
    }
    return ctx.emitDone(Tr::tr("The enrollment “%1” is now %2.").arg(e->title, enrollmentStatusName(e->status)),
                        enrollmentJson(*e));
}

CommandSpec command(const QString& noun, const QString& verb, const QString& summary, QList<OptionSpec> options,
                    const QString& examples, std::function<int(CommandContext&)> run)
{
    return {noun, verb, summary, std::move(options), QString(), examples, true, false, std::move(run)};
}

QList<OptionSpec> planOptions()
{
    return {{u"title"_s, u"TEXT"_s, Tr::tr("title (default: the course title; required without a course)")},
            {u"efficiency"_s, u"E"_s, Tr::tr("efficiency as a decimal, 0.05–2.0 (default 0.8)")},
            {u"target-hours"_s, u"H"_s, Tr::tr("target hours (default: the course's content hours)")},
            {u"start"_s, u"YYYY-MM-DD"_s, Tr::tr("start date (default: today)")},
            {u"planned-end"_s, u"YYYY-MM-DD"_s, Tr::tr("planned end date")}};
}

} // namespace

void registerEnrollmentCommands(CommandRegistry& registry)
{
    const OptionSpec id{u"id"_s, u"ID"_s, Tr::tr("enrollment id"), true};
    QList<OptionSpec> enrollOptions{{u"learner"_s, u"ID"_s, Tr::tr("learner id"), true},
                                    {u"mentor"_s, u"ID"_s, Tr::tr("mentor id"), true},
                                    {u"course"_s, u"ID"_s, Tr::tr("course id (omit for free-form mentoring)")}};
    registry.add(command(u"enroll"_s, QString(), Tr::tr("Enroll a learner in a course or in free-form mentoring"),
                         enrollOptions + planOptions(),
                         u"  mentordesk-cli enroll --learner L --mentor M --course C --efficiency 0.75\n"
                         "  mentordesk-cli enroll --learner L --mentor M --title \"Exam coaching\" --target-hours 20"_s,
                         runEnroll));
    const QString noun = u"enrollment"_s;
    registry.add(command(noun, u"list"_s, Tr::tr("List enrollments"),
                         {{u"learner"_s, u"ID"_s, Tr::tr("only this learner's")},
                          {u"course"_s, u"ID"_s, Tr::tr("only this course's")},
                          {u"mentor"_s, u"ID"_s, Tr::tr("only this mentor's")},
                          {u"status"_s, u"STATUS"_s, Tr::tr("active, paused, completed or cancelled")},
                          {u"limit"_s, u"N"_s, Tr::tr("rows per page (default 100)")},
                          {u"offset"_s, u"N"_s, Tr::tr("rows to skip")}},
                         u"  mentordesk-cli enrollment list --learner L --status active"_s, runList));
    registry.add(command(noun, u"show"_s, Tr::tr("Show one enrollment"), {id},
                         u"  mentordesk-cli enrollment show --id E"_s, runShow));
    QList<OptionSpec> editOptions{id, {u"mentor"_s, u"ID"_s, Tr::tr("hand over to this mentor")}};
    editOptions << planOptions() << OptionSpec{u"no-planned-end"_s, QString(), Tr::tr("clear the planned end date")};
    registry.add(command(noun, u"edit"_s, Tr::tr("Change an enrollment's plan (only the options given)"), editOptions,
                         u"  mentordesk-cli enrollment edit --id E --efficiency 0.9 --planned-end 2026-06-30"_s,
                         runEdit));
    registry.add(command(noun, u"status"_s, Tr::tr("Pause, complete, cancel or re-activate an enrollment"),
                         {id, {u"to"_s, u"STATUS"_s, Tr::tr("active, paused, completed or cancelled"), true}},
                         u"  mentordesk-cli enrollment status --id E --to paused"_s, runStatus));
}

} // namespace mentordesk::cli
