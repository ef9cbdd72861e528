// SPDX-License-Identifier: GPL-3.0-or-later
// `mentor add|edit|show|list|archive|restore`, `mentor expertise set|remove`, `mentor availability set`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "money/Money.h"
#include "people/MentorService.h"
#include "people/WeeklyAvailability.h"
#include "studio/StudioService.h"

#include <limits>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MentorCommands)
};

constexpr qint64 kAnyInt = std::numeric_limits<int>::max();

Result<Currency> studioCurrency(CommandContext& ctx)
{
    auto settings = StudioService(ctx.db(), ctx.clock()).settings();
    if (!settings) {
        return fail(settings.error());
    }
    return Currency::fromCode(settings->currency);
}

QJsonObject mentorJson(const Mentor& m, const Currency& currency)
{
    return {{QStringLiteral("id"), m.meta.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("role"), mentorRoleKey(m.role)},
            {QStringLiteral("years_teaching"), m.yearsTeaching},
            {QStringLiteral("default_rate"), Money(m.defaultRateMinor, currency).toPlainString()},
            {QStringLiteral("default_rate_minor"), m.defaultRateMinor},
            {QStringLiteral("currency"), currency.code()},
            {QStringLiteral("bio"), m.bio},
            {QStringLiteral("color"), m.color},
            {QStringLiteral("archived"), m.isArchived()},
            {QStringLiteral("version"), m.meta.version}};
}

QJsonArray availabilityJson(const QList<AvailabilitySlot>& weekSlots, bool json)
{
    QJsonArray out;
    for (const AvailabilitySlot& s : weekSlots) {
        if (!json) {
            out.append(WeeklyAvailability::format(s));
            continue;
        }
        out.append(QJsonObject{{QStringLiteral("weekday"), s.weekday},
                               {QStringLiteral("day"), WeeklyAvailability::weekdayKey(s.weekday)},
                               {QStringLiteral("start"), WeeklyAvailability::timeText(s.startMinute)},
                               {QStringLiteral("end"), WeeklyAvailability::timeText(s.endMinute)},
                               {QStringLiteral("start_minute"), s.startMinute},
                               {QStringLiteral("end_minute"), s.endMinute}});
    }
    return out;
}

QJsonValue expertiseJson(const Expertise& e, bool json)
{
    if (!json) {
        return Tr::tr("%1 (level %2)").arg(e.topicName).arg(e.level);
    }
    return QJsonObject{{QStringLiteral("topic_id"), e.topicId},
                       {QStringLiteral("topic"), e.topicName},
                       {QStringLiteral("level"), e.level},
                       {QStringLiteral("version"), e.meta.version}};
}

QList<OptionSpec> fieldOptions(bool nameRequired)
{
    return {{QStringLiteral("name"), QStringLiteral("TEXT"), Tr::tr("full name"), nameRequired},
            {QStringLiteral("email"), QStringLiteral("ADDRESS"), Tr::tr("e-mail address")},
            {QStringLiteral("phone"), QStringLiteral("TEXT"), Tr::tr("phone number")},
            {QStringLiteral("role"), QStringLiteral("owner|mentor|front_desk"),
             Tr::tr("role in the studio (default mentor)")},
            {QStringLiteral("years-teaching"), QStringLiteral("N"), Tr::tr("years of teaching experience, 0-80")},
            {QStringLiteral("rate"), QStringLiteral("AMOUNT"),
             Tr::tr("default hourly rate in the studio currency, e.g. 45.00")},
            {QStringLiteral("bio"), QStringLiteral("TEXT"), Tr::tr("short biography")},
            {QStringLiteral("color"), QStringLiteral("#RRGGBB"), Tr::tr("calendar colour (empty for none)")}};
}

OptionSpec idOption()
{
    return {QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("mentor id"), true};
}

/// Applies the options given to `base`; reports a parse failure and returns its exit code, or -1.
int readInput(CommandContext& ctx, const Currency& currency, MentorInput& in)
{
    in.name = ctx.value(QStringLiteral("name"), in.name);
    in.email = ctx.value(QStringLiteral("email"), in.email);
    in.phone = ctx.value(QStringLiteral("phone"), in.phone);
    in.bio = ctx.value(QStringLiteral("bio"), in.bio);
    in.color = ctx.value(QStringLiteral("color"), in.color);
    if (ctx.has(QStringLiteral("role"))) {
        const auto role = mentorRoleFromKey(ctx.value(QStringLiteral("role")));
        if (!role) {
            return ctx.failWith(
                Error::invalid(QStringLiteral("role"), Tr::tr("The role must be owner, mentor or front_desk, not “%1”.")
                                                           .arg(ctx.value(QStringLiteral("role")))));
        }
        in.role = *role;
    }
    auto years = ctx.integer(QStringLiteral("years-teaching"), -kAnyInt, kAnyInt, in.yearsTeaching);
    if (!years) {
        return ctx.failWith(years.error());
    }
    in.yearsTeaching = static_cast<int>(*years);
    if (ctx.has(QStringLiteral("rate"))) {
        auto rate = Money::parse(ctx.value(QStringLiteral("rate")), currency, QStringLiteral("default_rate"));
        if (!rate) {
            return ctx.failWith(rate.error());
        }
        in.defaultRateMinor = rate->minorUnits();
    }
    return -1;
}

int runAdd(CommandContext& ctx)
{
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    MentorInput in;
    if (const int code = readInput(ctx, *currency, in); code >= 0) {
        return code;
    }
    auto created = MentorService(ctx.db(), ctx.clock()).create(in);
    if (!created) {
        return ctx.failWith(created.error());
    }
    return ctx.emitDone(Tr::tr("Added mentor %1 (%2).").arg(created->name, created->meta.id),
                        mentorJson(*created, *currency));
}

int runEdit(CommandContext& ctx)
{
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    MentorService service(ctx.db(), ctx.clock());
    auto current = service.get(ctx.value(QStringLiteral("id")));
    if (!current) {
        return ctx.failWith(current.error());
    }
    MentorInput in{current->name, current->email,         current->phone,
                   current->role, current->yearsTeaching, current->defaultRateMinor,
                   current->bio,  current->color};
    if (const int code = readInput(ctx, *currency, in); code >= 0) {
        return code;
    }
    auto updated = service.edit(current->meta.id, in, current->meta.version);
    if (!updated) {
        return ctx.failWith(updated.error());
    }
    return ctx.emitObject(mentorJson(*updated, *currency));
}

int runShow(CommandContext& ctx)
{
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    MentorService service(ctx.db(), ctx.clock());
    auto m = service.get(ctx.value(QStringLiteral("id")));
    if (!m) {
        return ctx.failWith(m.error());
    }
    auto expertise = service.expertise(m->meta.id);
    auto weekSlots = service.availability(m->meta.id);
    if (!expertise || !weekSlots) {
        return ctx.failWith(!expertise ? expertise.error() : weekSlots.error());
    }
    QJsonObject object = mentorJson(*m, *currency);
    QJsonArray topics;
    for (const Expertise& e : std::as_const(*expertise)) {
        topics.append(expertiseJson(e, ctx.json()));
    }
    object.insert(QStringLiteral("expertise"), topics);
    object.insert(QStringLiteral("availability"), availabilityJson(*weekSlots, ctx.json()));
    object.insert(QStringLiteral("weekly_available_minutes"), WeeklyAvailability::totalMinutes(*weekSlots));
    return ctx.emitObject(object);
}

int runList(CommandContext& ctx)
{
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    MentorFilter filter;
    filter.text = ctx.value(QStringLiteral("search"));
    filter.includeArchived = ctx.has(QStringLiteral("all"));
    filter.archivedOnly = ctx.has(QStringLiteral("archived"));
    if (ctx.has(QStringLiteral("role"))) {
        filter.role = mentorRoleFromKey(ctx.value(QStringLiteral("role")));
        if (!filter.role) {
            return ctx.failWith(
                Error::invalid(QStringLiteral("role"), Tr::tr("The role must be owner, mentor or front_desk, not “%1”.")
                                                           .arg(ctx.value(QStringLiteral("role")))));
        }
    }
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 100);
    auto offset = ctx.integer(QStringLiteral("offset"), 0, 100000000, 0);
    if (!limit || !offset) {
        return ctx.failWith(!limit ? limit.error() : offset.error());
    }
    auto page =
        MentorService(ctx.db(), ctx.clock()).list(filter, {static_cast<int>(*offset), static_cast<int>(*limit)});
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Mentor& m : page->items) {
        rows.append(mentorJson(m, *currency));
    }
    return ctx.emitList(rows,
                        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email"),
                         QStringLiteral("default_rate")},
                        page->total);
}

int runArchive(CommandContext& ctx, bool archive)
{
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    MentorService service(ctx.db(), ctx.clock());
    auto m =
        archive ? service.archive(ctx.value(QStringLiteral("id"))) : service.restore(ctx.value(QStringLiteral("id")));
    if (!m) {
        return ctx.failWith(m.error());
    }
    return ctx.emitDone(archive ? Tr::tr("Archived mentor %1.").arg(m->name)
                                : Tr::tr("Restored mentor %1.").arg(m->name),
                        mentorJson(*m, *currency));
}

int runExpertiseSet(CommandContext& ctx)
{
    auto level = ctx.integer(QStringLiteral("level"), -kAnyInt, kAnyInt, 0);
    if (!level) {
        return ctx.failWith(level.error());
    }
    auto e = MentorService(ctx.db(), ctx.clock())
                 .setExpertise(ctx.value(QStringLiteral("id")), ctx.value(QStringLiteral("topic")),
                               static_cast<int>(*level));
    if (!e) {
        return ctx.failWith(e.error());
    }
    QJsonObject object = expertiseJson(*e, true).toObject();
    object.insert(QStringLiteral("mentor_id"), e->mentorId);
    return ctx.emitDone(Tr::tr("Expertise in %1 set to level %2.").arg(e->topicName).arg(e->level), object);
}

int runExpertiseRemove(CommandContext& ctx)
{
    auto ok = MentorService(ctx.db(), ctx.clock())
                  .removeExpertise(ctx.value(QStringLiteral("id")), ctx.value(QStringLiteral("topic")));
    if (!ok) {
        return ctx.failWith(ok.error());
    }
    return ctx.emitDone(Tr::tr("Expertise removed."));
}

int runAvailabilitySet(CommandContext& ctx)
{
    const bool clear = ctx.has(QStringLiteral("clear"));
    const QStringList texts = ctx.values(QStringLiteral("slot"));
    if (clear == ctx.has(QStringLiteral("slot"))) {
        return ctx.usageError(Tr::tr("give one or more --slot options, or --clear"));
    }
    QList<AvailabilitySlot> weekSlots;
    for (const QString& text : texts) {
        auto slot = WeeklyAvailability::parse(text);
        if (!slot) {
            return ctx.failWith(slot.error());
        }
        weekSlots.append(*slot);
    }
    const Id id = ctx.value(QStringLiteral("id"));
    auto stored = MentorService(ctx.db(), ctx.clock()).setAvailability(id, weekSlots);
    if (!stored) {
        return ctx.failWith(stored.error());
    }
    return ctx.emitObject({{QStringLiteral("mentor_id"), id.trimmed().toLower()},
                           {QStringLiteral("availability"), availabilityJson(*stored, ctx.json())},
                           {QStringLiteral("weekly_available_minutes"), WeeklyAvailability::totalMinutes(*stored)}});
}

} // namespace

void registerMentorCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("mentor");
    registry.add(
        {noun, QStringLiteral("add"), Tr::tr("Add a mentor (or owner, or front-desk staff)"), fieldOptions(true),
         QString(),
         QStringLiteral("  mentordesk-cli mentor add --name \"Lin Hua\" --role owner --rate 45.00 --years-teaching 12"),
         true, false, runAdd});
    QList<OptionSpec> editOptions = fieldOptions(false);
    editOptions.prepend(idOption());
    registry.add({noun, QStringLiteral("edit"), Tr::tr("Change a mentor's details (only the options given)"),
                  editOptions, QString(),
                  QStringLiteral("  mentordesk-cli mentor edit --id ID --rate 50 --color \"#3a7bd5\""), true, false,
                  runEdit});
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show one mentor with expertise and weekly availability"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor show --id ID"),
                  true,
                  false,
                  runShow});
    registry.add({noun,
                  QStringLiteral("list"),
                  Tr::tr("List mentors"),
                  {{QStringLiteral("search"), QStringLiteral("TEXT"), Tr::tr("filter by name, e-mail or phone")},
                   {QStringLiteral("role"), QStringLiteral("owner|mentor|front_desk"), Tr::tr("only this role")},
                   {QStringLiteral("all"), QString(), Tr::tr("include archived mentors")},
                   {QStringLiteral("archived"), QString(), Tr::tr("only archived mentors")},
                   {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("rows per page (default 100)")},
                   {QStringLiteral("offset"), QStringLiteral("N"), Tr::tr("rows to skip")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor list --role mentor --search lin"),
                  true,
                  false,
                  runList});
    registry.add({noun,
                  QStringLiteral("archive"),
                  Tr::tr("Archive a mentor (kept, hidden from lists)"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor archive --id ID"),
                  true,
                  false,
                  [](CommandContext& ctx) { return runArchive(ctx, true); }});
    registry.add({noun,
                  QStringLiteral("restore"),
                  Tr::tr("Restore an archived mentor"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor restore --id ID"),
                  true,
                  false,
                  [](CommandContext& ctx) { return runArchive(ctx, false); }});
    const OptionSpec topicOption{QStringLiteral("topic"), QStringLiteral("ID"), Tr::tr("topic id"), true};
    registry.add({noun,
                  QStringLiteral("expertise set"),
                  Tr::tr("Set a mentor's level (1-5) in a topic"),
                  {idOption(),
                   topicOption,
                   {QStringLiteral("level"), QStringLiteral("1-5"), Tr::tr("1 basics … 5 expert"), true}},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor expertise set --id ID --topic TOPIC --level 4"),
                  true,
                  false,
                  runExpertiseSet});
    registry.add({noun,
                  QStringLiteral("expertise remove"),
                  Tr::tr("Remove a mentor's expertise in a topic"),
                  {idOption(), topicOption},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor expertise remove --id ID --topic TOPIC"),
                  true,
                  false,
                  runExpertiseRemove});
    registry.add({noun,
                  QStringLiteral("availability set"),
                  Tr::tr("Replace a mentor's weekly availability"),
                  {idOption(),
                   {QStringLiteral("slot"), QStringLiteral("\"DAY HH:MM-HH:MM\""),
                    Tr::tr("a weekly slot, e.g. \"mon 09:00-12:00\" (repeatable; days mon…sun)")},
                   {QStringLiteral("clear"), QString(), Tr::tr("remove all slots")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli mentor availability set --id ID --slot \"mon 09:00-12:00\" "
                                 "--slot \"wed 14:00-18:30\""),
                  true,
                  false,
                  runAvailabilitySet});
}

} // namespace mentordesk::cli
