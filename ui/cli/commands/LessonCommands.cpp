// SPDX-License-Identifier: GPL-3.0-or-later
// `lesson add|reschedule|complete|cancel|no-show|attendance|notes|list|show|conflicts`,
// `lesson series add|edit|cancel|skip|unskip|show` and `lesson ics`.
#include "../CommandRegistry.h"
#include "LessonCommandSupport.h"
#include "lessons/LessonService.h"

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LessonCommands)
};

const QString kId = QStringLiteral("id");
using Support = LessonCommandSupport;

OptionSpec idOption()
{
    return {kId, QStringLiteral("ID"), Tr::tr("lesson id"), true};
}

int runAdd(CommandContext& ctx)
{
    auto start = Support::startOption(ctx);
    auto minutes = ctx.integer(QStringLiteral("minutes"), 1, 1440, 60);
    if (!start || !minutes) {
        return ctx.failWith(!start ? start.error() : minutes.error());
    }
    LessonInput in;
    in.mentorId = ctx.value(QStringLiteral("mentor"));
    in.enrollmentIds = ctx.values(QStringLiteral("enrollment"));
    in.start = *start;
    in.plannedMinutes = static_cast<int>(*minutes);
    in.location = ctx.value(QStringLiteral("location"));
    in.notes = ctx.value(QStringLiteral("notes"));
    in.billable = !ctx.has(QStringLiteral("not-billable"));
    in.allowConflicts = ctx.has(QStringLiteral("allow-conflict"));
    QList<Conflict> conflicts;
    auto created = LessonService(ctx.db(), ctx.clock()).create(in, &conflicts);
    return Support::emitLesson(ctx, created, Tr::tr("Scheduled lesson %1 at %2."), conflicts);
}

int runReschedule(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("start")) && !ctx.has(QStringLiteral("minutes")) &&
        !ctx.has(QStringLiteral("mentor"))) {
        return ctx.usageError(Tr::tr("give --start, --minutes or --mentor"));
    }
    RescheduleInput in;
    if (ctx.has(QStringLiteral("start"))) {
        auto start = Support::startOption(ctx);
        if (!start) {
            return ctx.failWith(start.error());
        }
        in.start = *start;
    }
    if (ctx.has(QStringLiteral("minutes"))) {
        auto minutes = ctx.integer(QStringLiteral("minutes"), 1, 1440, 60);
        if (!minutes) {
            return ctx.failWith(minutes.error());
        }
        in.plannedMinutes = static_cast<int>(*minutes);
    }
    if (ctx.has(QStringLiteral("mentor"))) {
        in.mentorId = ctx.value(QStringLiteral("mentor"));
    }
    in.allowConflicts = ctx.has(QStringLiteral("allow-conflict"));
    QList<Conflict> conflicts;
    auto moved = LessonService(ctx.db(), ctx.clock()).reschedule(ctx.value(kId), in, &conflicts);
    return Support::emitLesson(ctx, moved, Tr::tr("Moved lesson %1 to %2."), conflicts);
}

int runComplete(CommandContext& ctx)
{
    CompletionInput in;
    if (ctx.has(QStringLiteral("minutes"))) {
        auto minutes = ctx.integer(QStringLiteral("minutes"), 0, 1440, 0);
        if (!minutes) {
            return ctx.failWith(minutes.error());
        }
        in.actualMinutes = static_cast<int>(*minutes);
    }
    if (ctx.has(QStringLiteral("notes"))) {
        in.notes = ctx.value(QStringLiteral("notes"));
    }
    if (ctx.has(QStringLiteral("homework"))) {
        in.homework = ctx.value(QStringLiteral("homework"));
    }
    return Support::emitLesson(ctx, LessonService(ctx.db(), ctx.clock()).complete(ctx.value(kId), in),
                               Tr::tr("Recorded lesson %1 at %2 as held."));
}

int runCancel(CommandContext& ctx)
{
    const QString by = ctx.value(QStringLiteral("by")).trimmed().toLower();
    if (by != u"learner" && by != u"mentor") {
        return ctx.failWith(Error::invalid(
            QStringLiteral("by"),
            Tr::tr("--by must be “learner” or “mentor” (got “%1”).").arg(ctx.value(QStringLiteral("by")))));
    }
    auto cancelled = LessonService(ctx.db(), ctx.clock())
                         .cancel(ctx.value(kId), by == u"mentor" ? CancelledBy::Mentor : CancelledBy::Learner,
                                 ctx.has(QStringLiteral("late")));
    return Support::emitLesson(ctx, cancelled, Tr::tr("Cancelled lesson %1 at %2."));
}

int runNoShow(CommandContext& ctx)
{
    return Support::emitLesson(ctx, LessonService(ctx.db(), ctx.clock()).markNoShow(ctx.value(kId)),
                               Tr::tr("Recorded lesson %1 at %2 as a no-show."));
}

int runAttendance(CommandContext& ctx)
{
    const QString text = ctx.value(QStringLiteral("status"));
    std::optional<LessonStatus> status;
    if (text.trimmed().toLower() != u"clear") {
        status = lessonStatusFromString(text);
        if (!status) {
            return ctx.failWith(
                Error::invalid(QStringLiteral("status"), Tr::tr("“%1” is not an attendance status (held, no_show, "
                                                                "cancelled_by_learner, late_cancel or clear).")
                                                             .arg(text)));
        }
    }
    auto updated = LessonService(ctx.db(), ctx.clock())
                       .setAttendeeStatus(ctx.value(kId), ctx.value(QStringLiteral("learner")), status);
    return Support::emitLesson(ctx, updated, Tr::tr("Updated attendance of lesson %1 at %2."));
}

int runNotes(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("notes")) && !ctx.has(QStringLiteral("homework"))) {
        return ctx.usageError(Tr::tr("give --notes or --homework"));
    }
    const auto optional = [&](const QString& option) {
        return ctx.has(option) ? std::optional<QString>(ctx.value(option)) : std::nullopt;
    };
    auto updated =
        LessonService(ctx.db(), ctx.clock())
            .editNotes(ctx.value(kId), optional(QStringLiteral("notes")), optional(QStringLiteral("homework")));
    return Support::emitLesson(ctx, updated, Tr::tr("Updated notes of lesson %1 at %2."));
}

int runShow(CommandContext& ctx)
{
    auto zone = Support::zone(ctx);
    if (!zone) {
        return ctx.failWith(zone.error());
    }
    auto l = LessonService(ctx.db(), ctx.clock()).get(ctx.value(kId));
    if (!l) {
        return ctx.failWith(l.error());
    }
    return ctx.emitObject(Support::lessonJson(*l, *zone, ctx.json()));
}

int runList(CommandContext& ctx)
{
    auto zone = Support::zone(ctx);
    auto from = ctx.date(QStringLiteral("from"));
    auto to = ctx.date(QStringLiteral("to"));
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 100);
    auto offset = ctx.integer(QStringLiteral("offset"), 0, 100000000, 0);
    if (!zone || !from || !to || !limit || !offset) {
        return ctx.failWith(!zone    ? zone.error()
                            : !from  ? from.error()
                            : !to    ? to.error()
                            : !limit ? limit.error()
                                     : offset.error());
    }
    LessonFilter filter;
    filter.fromUtc = from->isValid() ? zone->startOfDayUtc(*from) : QDateTime();
    filter.toUtc = to->isValid() ? zone->startOfDayUtc(to->addDays(1)) : QDateTime();
    filter.mentorId = ctx.value(QStringLiteral("mentor")).trimmed().toLower();
    filter.learnerId = ctx.value(QStringLiteral("learner")).trimmed().toLower();
    filter.enrollmentId = ctx.value(QStringLiteral("enrollment")).trimmed().toLower();
    filter.seriesId = ctx.value(QStringLiteral("series")).trimmed().toLower();
    for (const QString& s : ctx.values(QStringLiteral("status"))) {
        const auto status = lessonStatusFromString(s);
        if (!status) {
            return ctx.failWith(Error::invalid(
                QStringLiteral("status"), Tr::tr("“%1” is not a lesson status (scheduled, held, cancelled_by_learner, "
                                                 "late_cancel, no_show, cancelled_by_mentor).")
                                              .arg(s)));
        }
        filter.statuses.append(*status);
    }
    auto page =
        LessonService(ctx.db(), ctx.clock()).list(filter, {static_cast<int>(*offset), static_cast<int>(*limit)});
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Lesson& l : page->items) {
        rows.append(Support::lessonJson(l, *zone, ctx.json()));
    }
    return ctx.emitList(rows,
                        {kId, QStringLiteral("start"), QStringLiteral("minutes"), QStringLiteral("status"),
                         QStringLiteral("mentor"), QStringLiteral("learners")},
                        page->total);
}

int runConflicts(CommandContext& ctx)
{
    auto zone = Support::zone(ctx);
    auto start = Support::startOption(ctx);
    auto minutes = ctx.integer(QStringLiteral("minutes"), 1, 1440, 60);
    if (!zone || !start || !minutes) {
        return ctx.failWith(!zone ? zone.error() : !start ? start.error() : minutes.error());
    }
    auto found = LessonService(ctx.db(), ctx.clock())
                     .checkConflicts(ctx.value(QStringLiteral("mentor")), *start, static_cast<int>(*minutes),
                                     ctx.values(QStringLiteral("enrollment")));
    if (!found) {
        return ctx.failWith(found.error());
    }
    if (!ctx.json() && found->isEmpty()) {
        ctx.out() << Tr::tr("No conflicts.") << u'\n';
        return kExitOk;
    }
    return ctx.emitList(Support::conflictsJson(*found, *zone),
                        {QStringLiteral("kind"), QStringLiteral("who"), QStringLiteral("start"), QStringLiteral("end"),
                         QStringLiteral("lesson_id")});
}

} // namespace

void registerLessonCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("lesson");
    const OptionSpec mentor{QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("mentor who teaches"), true};
    const OptionSpec enrollment{QStringLiteral("enrollment"), QStringLiteral("ID"),
                                Tr::tr("enrollment of an attendee (repeat for a group lesson)"), true};
    const OptionSpec start{QStringLiteral("start"), QStringLiteral("\"YYYY-MM-DD HH:MM\""),
                           Tr::tr("local start time in the studio time zone"), true};
    const OptionSpec minutes{QStringLiteral("minutes"), QStringLiteral("N"),
                             Tr::tr("planned minutes, 1–1440 (default 60)")};
    registry.add({noun,
                  QStringLiteral("add"),
                  Tr::tr("Schedule a one-off or group lesson"),
                  {mentor,
                   enrollment,
                   start,
                   minutes,
                   {QStringLiteral("location"), QStringLiteral("TEXT"), Tr::tr("room or address")},
                   {QStringLiteral("notes"), QStringLiteral("TEXT"), Tr::tr("preparation notes")},
                   {QStringLiteral("not-billable"), QString(), Tr::tr("never bill this lesson")},
                   Support::allowConflictOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson add --mentor M --enrollment E --start \"2026-02-03 17:00\" "
                                 "--minutes 60"),
                  true,
                  false,
                  runAdd});
    registerLessonSeriesCommands(registry);
    registry.add({noun,
                  QStringLiteral("reschedule"),
                  Tr::tr("Move a scheduled lesson (or change its length or mentor)"),
                  {idOption(),
                   {start.name, start.valueName, start.description},
                   {QStringLiteral("minutes"), QStringLiteral("N"), Tr::tr("new planned minutes")},
                   {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("substitute mentor")},
                   Support::allowConflictOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson reschedule --id L --start \"2026-02-05 18:00\""),
                  true,
                  false,
                  runReschedule});
    registry.add({noun,
                  QStringLiteral("complete"),
                  Tr::tr("Record a lesson as held"),
                  {idOption(),
                   {QStringLiteral("minutes"), QStringLiteral("N"), Tr::tr("actual minutes (default: planned)")},
                   {QStringLiteral("notes"), QStringLiteral("TEXT"), Tr::tr("lesson notes")},
                   {QStringLiteral("homework"), QStringLiteral("TEXT"), Tr::tr("homework given")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson complete --id L --minutes 55 --homework \"p. 12\""),
                  true,
                  false,
                  runComplete});
    registry.add({noun,
                  QStringLiteral("cancel"),
                  Tr::tr("Cancel a scheduled lesson"),
                  {idOption(),
                   {QStringLiteral("by"), QStringLiteral("learner|mentor"), Tr::tr("who cancelled"), true},
                   {QStringLiteral("late"), QString(), Tr::tr("the learner cancelled too late")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson cancel --id L --by learner --late"),
                  true,
                  false,
                  runCancel});
    registry.add({noun,
                  QStringLiteral("no-show"),
                  Tr::tr("Record that the learner did not come"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson no-show --id L"),
                  true,
                  false,
                  runNoShow});
    registry.add({noun,
                  QStringLiteral("attendance"),
                  Tr::tr("Set one attendee's status in a group lesson"),
                  {idOption(),
                   {QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("the attendee"), true},
                   {QStringLiteral("status"), QStringLiteral("STATUS"),
                    Tr::tr("held, no_show, cancelled_by_learner, late_cancel or clear"), true}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson attendance --id L --learner P --status no_show"),
                  true,
                  false,
                  runAttendance});
    registry.add({noun,
                  QStringLiteral("notes"),
                  Tr::tr("Edit a lesson's notes or homework (any time)"),
                  {idOption(),
                   {QStringLiteral("notes"), QStringLiteral("TEXT"), Tr::tr("lesson notes")},
                   {QStringLiteral("homework"), QStringLiteral("TEXT"), Tr::tr("homework")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson notes --id L --homework \"scales in G\""),
                  true,
                  false,
                  runNotes});
    registry.add({noun,
                  QStringLiteral("list"),
                  Tr::tr("List lessons in time order"),
                  {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first day (studio time zone)")},
                   {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), Tr::tr("last day, inclusive")},
                   {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("only this mentor's lessons")},
                   {QStringLiteral("learner"), QStringLiteral("ID"), Tr::tr("only lessons this learner attends")},
                   {QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("only lessons of this enrollment")},
                   {QStringLiteral("series"), QStringLiteral("ID"), Tr::tr("only lessons of this series")},
                   {QStringLiteral("status"), QStringLiteral("STATUS"), Tr::tr("only these statuses (repeatable)")},
                   {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("rows per page (default 100)")},
                   {QStringLiteral("offset"), QStringLiteral("N"), Tr::tr("rows to skip")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson list --from 2026-02-01 --to 2026-02-28 --status held"),
                  true,
                  false,
                  runList});
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show one lesson"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson show --id L"),
                  true,
                  false,
                  runShow});
    registry.add(
        {noun,
         QStringLiteral("conflicts"),
         Tr::tr("Check a time slot for clashes without scheduling"),
         {mentor,
          start,
          minutes,
          {QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("attendee to check (repeatable)")}},
         QString(),
         QStringLiteral("  mentordesk-cli lesson conflicts --mentor M --start \"2026-02-03 17:00\" --minutes 60"),
         true,
         false,
         runConflicts});
    registerLessonIcsCommands(registry);
}

} // namespace mentordesk::cli
