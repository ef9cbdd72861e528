// SPDX-License-Identifier: GPL-3.0-or-later
// `lesson series add|edit|cancel|skip|unskip|show`.
#include "../CommandRegistry.h"
#include "LessonCommandSupport.h"
#include "common/Validation.h"
#include "lessons/LessonService.h"

#include <algorithm>
#include <tuple>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LessonSeriesCommands)
};

using Support = LessonCommandSupport;

const QStringList kWeekdays = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};

QJsonObject seriesJson(const LessonSeries& s, const StudioTimeZone& zone)
{
    const LocalDateTime first = zone.toLocal(s.firstStartsAt);
    QJsonArray skipped;
    for (const QDate& d : s.skippedDates) {
        skipped.append(d.toString(Qt::ISODate));
    }
    return {{QStringLiteral("id"), s.meta.id},
            {QStringLiteral("mentor_id"), s.mentorId},
            {QStringLiteral("first_start"), zone.format(s.firstStartsAt)},
            {QStringLiteral("weekday"), kWeekdays.value(first.date.dayOfWeek() - 1)},
            {QStringLiteral("time"), first.time.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("minutes"), s.plannedMinutes},
            {QStringLiteral("every_weeks"), s.intervalWeeks},
            {QStringLiteral("until"), Support::orNull(s.untilDate.toString(Qt::ISODate))},
            {QStringLiteral("count"), s.occurrenceCount ? QJsonValue(*s.occurrenceCount) : QJsonValue()},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("time_zone"), s.timeZone},
            {QStringLiteral("version"), s.meta.version}};
}

/// Prints the outcome of a series change: the message and the lessons created, or the JSON object.
int emitSchedule(CommandContext& ctx, const Result<SeriesSchedule>& schedule, const QList<Conflict>& conflicts,
                 const QString& message)
{
    auto zone = Support::zone(ctx);
    if (!zone) {
        return ctx.failWith(zone.error());
    }
    if (!schedule) {
        return Support::failScheduling(ctx, schedule.error(), conflicts, *zone);
    }
    Support::warnConflicts(ctx, conflicts);
    QJsonObject o = seriesJson(schedule->series, *zone);
    QJsonArray lessons;
    for (const Lesson& l : schedule->lessons) {
        lessons.append(
            QJsonObject{{QStringLiteral("id"), l.meta.id}, {QStringLiteral("start"), zone->format(l.startsAt)}});
    }
    o.insert(QStringLiteral("lessons"), lessons);
    o.insert(QStringLiteral("removed_lessons"), schedule->removedLessons);
    if (!conflicts.isEmpty()) {
        o.insert(QStringLiteral("conflicts"), Support::conflictsJson(conflicts, *zone));
    }
    if (ctx.json()) {
        return ctx.emitObject(o);
    }
    ctx.out() << message << u'\n';
    for (const Lesson& l : schedule->lessons) {
        ctx.out() << QStringLiteral("  ") << zone->format(l.startsAt) << QStringLiteral("  ") << l.meta.id << u'\n';
    }
    return kExitOk;
}

/// --until / --count, both optional here (the service decides what is required).
Result<void> readEnd(const CommandContext& ctx, QDate& until, std::optional<int>& count)
{
    auto u = ctx.date(QStringLiteral("until"));
    if (!u) {
        return fail(u.error());
    }
    until = *u;
    if (ctx.has(QStringLiteral("count"))) {
        auto c = ctx.integer(QStringLiteral("count"), 1, 1000, 1);
        if (!c) {
            return fail(c.error());
        }
        count = static_cast<int>(*c);
    }
    return {};
}

int runAdd(CommandContext& ctx)
{
    LessonSeriesInput in;
    auto start = Support::startOption(ctx);
    auto minutes = ctx.integer(QStringLiteral("minutes"), 1, 1440, 60);
    auto every = ctx.integer(QStringLiteral("every"), 1, 52, 1);
    auto end = readEnd(ctx, in.untilDate, in.count);
    if (!start || !minutes || !every || !end) {
        return ctx.failWith(!start ? start.error() : !minutes ? minutes.error() : !every ? every.error() : end.error());
    }
    for (const QString& text : ctx.values(QStringLiteral("skip"))) {
        auto d = Validation::parseDate(text, {QStringLiteral("skip"), QStringLiteral("--skip")});
        if (!d) {
            return ctx.failWith(d.error());
        }
        in.skippedDates.append(*d);
    }
    in.mentorId = ctx.value(QStringLiteral("mentor"));
    in.enrollmentIds = ctx.values(QStringLiteral("enrollment"));
    in.firstStart = *start;
    in.plannedMinutes = static_cast<int>(*minutes);
    in.intervalWeeks = static_cast<int>(*every);
    in.location = ctx.value(QStringLiteral("location"));
    in.billable = !ctx.has(QStringLiteral("not-billable"));
    in.allowConflicts = ctx.has(QStringLiteral("allow-conflict"));
    QList<Conflict> conflicts;
    auto created = LessonService(ctx.db(), ctx.clock()).createSeries(in, &conflicts);
    const int n = created ? static_cast<int>(created->lessons.size()) : 0;
    return emitSchedule(
        ctx, created, conflicts,
        Tr::tr("Created series %1 with %n lesson(s):", "", n).arg(created ? created->series.meta.id : QString()));
}

int runEdit(CommandContext& ctx)
{
    const QStringList changes = {QStringLiteral("start-time"), QStringLiteral("weekday"), QStringLiteral("minutes"),
                                 QStringLiteral("every"),      QStringLiteral("until"),   QStringLiteral("count"),
                                 QStringLiteral("mentor")};
    if (std::none_of(changes.cbegin(), changes.cend(), [&](const QString& o) { return ctx.has(o); })) {
        return ctx.usageError(
            Tr::tr("nothing to change; give at least one of --%1").arg(changes.join(QStringLiteral(", --"))));
    }
    SeriesEditInput in;
    in.fromLessonId = ctx.value(QStringLiteral("from-lesson"));
    in.allowConflicts = ctx.has(QStringLiteral("allow-conflict"));
    if (ctx.has(QStringLiteral("start-time"))) {
        auto t = StudioTimeZone::parseTime(ctx.value(QStringLiteral("start-time")),
                                           {QStringLiteral("start_time"), QStringLiteral("--start-time")});
        if (!t) {
            return ctx.failWith(t.error());
        }
        in.startTime = *t;
    }
    if (ctx.has(QStringLiteral("weekday"))) {
        const QString w = ctx.value(QStringLiteral("weekday")).trimmed().toLower();
        bool numeric = false;
        const int number = w.toInt(&numeric);
        const int index = numeric ? number : static_cast<int>(kWeekdays.indexOf(w.left(3))) + 1;
        if (index < 1 || index > 7 || (!numeric && w.size() < 3)) {
            return ctx.failWith(
                Error::invalid(QStringLiteral("weekday"), Tr::tr("--weekday must be mon … sun or 1 … 7 "
                                                                 "(got “%1”).")
                                                              .arg(ctx.value(QStringLiteral("weekday")))));
        }
        in.weekday = index;
    }
    for (const auto& [option, target, max] : {std::tuple{QStringLiteral("minutes"), &in.plannedMinutes, 1440},
                                              std::tuple{QStringLiteral("every"), &in.intervalWeeks, 52}}) {
        if (ctx.has(option)) {
            auto v = ctx.integer(option, 1, max, 1);
            if (!v) {
                return ctx.failWith(v.error());
            }
            *target = static_cast<int>(*v);
        }
    }
    if (auto end = readEnd(ctx, in.untilDate, in.count); !end) {
        return ctx.failWith(end.error());
    }
    if (ctx.has(QStringLiteral("mentor"))) {
        in.mentorId = ctx.value(QStringLiteral("mentor"));
    }
    QList<Conflict> conflicts;
    auto edited = LessonService(ctx.db(), ctx.clock()).editThisAndFollowing(in, &conflicts);
    return emitSchedule(
        ctx, edited, conflicts,
        edited ? Tr::tr("Replaced %n scheduled lesson(s); new series %1 has these lessons:", "", edited->removedLessons)
                     .arg(edited->series.meta.id)
               : QString());
}

int runCancel(CommandContext& ctx)
{
    auto from = ctx.date(QStringLiteral("from"));
    if (!from) {
        return ctx.failWith(from.error());
    }
    auto done = LessonService(ctx.db(), ctx.clock()).cancelSeriesFrom(ctx.value(QStringLiteral("series")), *from);
    return emitSchedule(
        ctx, done, {},
        done ? Tr::tr("Ended the series before %1 and removed %n scheduled lesson(s).", "", done->removedLessons)
                   .arg(from->toString(Qt::ISODate))
             : QString());
}

int runSkip(CommandContext& ctx, bool skip)
{
    auto date = ctx.date(QStringLiteral("date"));
    if (!date) {
        return ctx.failWith(date.error());
    }
    LessonService service(ctx.db(), ctx.clock());
    const QString series = ctx.value(QStringLiteral("series"));
    QList<Conflict> conflicts;
    auto done = skip ? service.addSkippedDate(series, *date)
                     : service.removeSkippedDate(series, *date, ctx.has(QStringLiteral("allow-conflict")), &conflicts);
    return emitSchedule(ctx, done, conflicts,
                        skip ? Tr::tr("Skipped %1.").arg(date->toString(Qt::ISODate))
                             : Tr::tr("Restored %1:").arg(date->toString(Qt::ISODate)));
}

int runShow(CommandContext& ctx)
{
    auto zone = Support::zone(ctx);
    if (!zone) {
        return ctx.failWith(zone.error());
    }
    auto s = LessonService(ctx.db(), ctx.clock()).getSeries(ctx.value(QStringLiteral("series")));
    if (!s) {
        return ctx.failWith(s.error());
    }
    return ctx.emitObject(seriesJson(*s, *zone));
}

} // namespace

void registerLessonSeriesCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("lesson");
    const OptionSpec series{QStringLiteral("series"), QStringLiteral("ID"), Tr::tr("series id"), true};
    const OptionSpec until{QStringLiteral("until"), QStringLiteral("YYYY-MM-DD"),
                           Tr::tr("last possible date (inclusive)")};
    const OptionSpec count{QStringLiteral("count"), QStringLiteral("N"), Tr::tr("number of weekly dates, 1–1000")};
    registry.add(
        {noun,
         QStringLiteral("series add"),
         Tr::tr("Schedule a weekly series of lessons"),
         {{QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("mentor who teaches"), true},
          {QStringLiteral("enrollment"), QStringLiteral("ID"), Tr::tr("enrollment of an attendee (repeatable)"), true},
          {QStringLiteral("start"), QStringLiteral("\"YYYY-MM-DD HH:MM\""), Tr::tr("first lesson, studio time zone"),
           true},
          {QStringLiteral("minutes"), QStringLiteral("N"), Tr::tr("planned minutes (default 60)")},
          {QStringLiteral("every"), QStringLiteral("N"), Tr::tr("every N weeks, 1–52 (default 1)")},
          until,
          count,
          {QStringLiteral("skip"), QStringLiteral("YYYY-MM-DD"), Tr::tr("leave out this date (repeatable)")},
          {QStringLiteral("location"), QStringLiteral("TEXT"), Tr::tr("room or address")},
          {QStringLiteral("not-billable"), QString(), Tr::tr("never bill these lessons")},
          Support::allowConflictOption()},
         QString(),
         QStringLiteral("  mentordesk-cli lesson series add --mentor M --enrollment E --start \"2026-02-03 17:00\" "
                        "--until 2026-06-30 --skip 2026-04-07"),
         true,
         false,
         runAdd});
    registry.add(
        {noun,
         QStringLiteral("series edit"),
         Tr::tr("Change a series from one lesson on (this and following)"),
         {{QStringLiteral("from-lesson"), QStringLiteral("ID"), Tr::tr("first lesson to change"), true},
          {QStringLiteral("start-time"), QStringLiteral("HH:MM"), Tr::tr("new local start time")},
          {QStringLiteral("weekday"), QStringLiteral("mon…sun"), Tr::tr("new weekday")},
          {QStringLiteral("minutes"), QStringLiteral("N"), Tr::tr("new planned minutes")},
          {QStringLiteral("every"), QStringLiteral("N"), Tr::tr("new interval in weeks")},
          until,
          count,
          {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("new mentor")},
          Support::allowConflictOption()},
         QString(),
         QStringLiteral("  mentordesk-cli lesson series edit --from-lesson L --start-time 18:00 --weekday thu"),
         true,
         false,
         runEdit});
    registry.add(
        {noun,
         QStringLiteral("series cancel"),
         Tr::tr("End a series and remove its scheduled lessons from a date"),
         {series, {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), Tr::tr("first date to remove"), true}},
         QString(),
         QStringLiteral("  mentordesk-cli lesson series cancel --series S --from 2026-05-01"),
         true,
         false,
         runCancel});
    registry.add({noun,
                  QStringLiteral("series skip"),
                  Tr::tr("Leave one date out of a series"),
                  {series, {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), Tr::tr("date to skip"), true}},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson series skip --series S --date 2026-04-07"),
                  true,
                  false,
                  [](CommandContext& ctx) { return runSkip(ctx, true); }});
    registry.add({noun,
                  QStringLiteral("series unskip"),
                  Tr::tr("Put a skipped date back into a series"),
                  {series,
                   {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), Tr::tr("skipped date"), true},
                   Support::allowConflictOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson series unskip --series S --date 2026-04-07"),
                  true,
                  false,
                  [](CommandContext& ctx) { return runSkip(ctx, false); }});
    registry.add({noun,
                  QStringLiteral("series show"),
                  Tr::tr("Show a series' rule"),
                  {series},
                  QString(),
                  QStringLiteral("  mentordesk-cli lesson series show --series S"),
                  true,
                  false,
                  runShow});
}

} // namespace mentordesk::cli
