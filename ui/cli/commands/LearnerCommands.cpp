// SPDX-License-Identifier: GPL-3.0-or-later
// `learner add|edit|show|list|archive|restore|pause|resume`, `learner goals set`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "common/Clock.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"

#include <QRegularExpression>
#include <limits>

namespace mentordesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LearnerCommands)
};

constexpr qint64 kAnyInt = std::numeric_limits<int>::max();

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject learnerJson(const Learner& l, int currentYear)
{
    return {{QStringLiteral("id"), l.meta.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("email"), l.email},
            {QStringLiteral("phone"), l.phone},
            {QStringLiteral("mentor_id"), optionalText(l.mentorId)},
            {QStringLiteral("payer_id"), optionalText(l.payerId)},
            {QStringLiteral("birth_year"), l.birthYear ? QJsonValue(*l.birthYear) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("minor"), l.isMinor(currentYear)},
            {QStringLiteral("level"), l.level},
            {QStringLiteral("weekly_minutes"), l.weeklyMinutes},
            {QStringLiteral("status"), learnerStatusKey(l.status)},
            {QStringLiteral("notes"), l.notes},
            {QStringLiteral("tags"), QJsonArray::fromStringList(l.tags)},
            {QStringLiteral("consent_contact"), l.consentContact},
            {QStringLiteral("consent_photos"), l.consentPhotos},
            {QStringLiteral("version"), l.meta.version}};
}

int currentYear(const CommandContext& ctx)
{
    return ctx.clock().nowUtc().date().year();
}

QList<OptionSpec> fieldOptions(bool forEdit)
{
    QList<OptionSpec> options = {
        {QStringLiteral("name"), QStringLiteral("TEXT"), Tr::tr("full name"), !forEdit},
        {QStringLiteral("email"), QStringLiteral("ADDRESS"), Tr::tr("e-mail address")},
        {QStringLiteral("phone"), QStringLiteral("TEXT"), Tr::tr("phone number")},
        {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("primary mentor id (\"\" for none)")},
        {QStringLiteral("payer"), QStringLiteral("ID"), Tr::tr("payer id (\"\" for none)")},
        {QStringLiteral("birth-year"), QStringLiteral("YYYY"), Tr::tr("year of birth (\"\" for unknown)")},
        {QStringLiteral("level"), QStringLiteral("1-5"),
         forEdit ? Tr::tr("skill level, 1 beginner … 5 advanced")
                 : Tr::tr("skill level, 1 beginner … 5 advanced (default 1)")},
        {QStringLiteral("weekly-minutes"), QStringLiteral("N"),
         forEdit ? Tr::tr("time available per week in minutes")
                 : Tr::tr("time available per week in minutes (default 60)")},
        {QStringLiteral("weekly-hours"), QStringLiteral("H"), Tr::tr("time available per week in hours, e.g. 1.5")},
        {QStringLiteral("notes"), QStringLiteral("TEXT"), Tr::tr("free notes")},
        {QStringLiteral("tags"), QStringLiteral("A,B"), Tr::tr("comma-separated tags (\"\" for none)")},
        {QStringLiteral("consent-contact"), QString(), Tr::tr("the learner (or guardian) agrees to be contacted")},
        {QStringLiteral("consent-photos"), QString(), Tr::tr("the learner (or guardian) agrees to photos")}};
    if (forEdit) {
        options.prepend({QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("learner id"), true});
        options.append({QStringLiteral("no-consent-contact"), QString(), Tr::tr("withdraw the contact consent")});
        options.append({QStringLiteral("no-consent-photos"), QString(), Tr::tr("withdraw the photo consent")});
    }
    return options;
}

OptionSpec idOption()
{
    return {QStringLiteral("id"), QStringLiteral("ID"), Tr::tr("learner id"), true};
}

/// "1.5" hours → 90 minutes (rounded to the nearest minute).
Result<int> parseHours(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})(?:\\.(\\d{1,4}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return fail(
            Error::invalid(QStringLiteral("weekly-hours"),
                           Tr::tr("--weekly-hours must be a number of hours such as 1.5 (got “%1”).").arg(text)));
    }
    qint64 scale = 1;
    for (qsizetype i = 0; i < m.captured(2).size(); ++i) {
        scale *= 10;
    }
    const qint64 scaled = m.captured(1).toLongLong() * scale + m.captured(2).toLongLong();
    return static_cast<int>((scaled * 60 + scale / 2) / scale);
}

/// Options that contradict each other: reports a usage error and returns 2, or -1 when all is well.
int checkUsage(CommandContext& ctx)
{
    if (ctx.has(QStringLiteral("weekly-minutes")) && ctx.has(QStringLiteral("weekly-hours"))) {
        return ctx.usageError(Tr::tr("give either --weekly-minutes or --weekly-hours, not both"));
    }
    for (const QString& consent : {QStringLiteral("consent-contact"), QStringLiteral("consent-photos")}) {
        if (ctx.has(consent) && ctx.has(QStringLiteral("no-") + consent)) {
            return ctx.usageError(Tr::tr("--%1 and --no-%1 contradict each other").arg(consent));
        }
    }
    return -1;
}

/// Applies the options given to `in`; reports a failure and returns its exit code, or -1.
int readInput(CommandContext& ctx, LearnerInput& in)
{
    in.name = ctx.value(QStringLiteral("name"), in.name);
    in.email = ctx.value(QStringLiteral("email"), in.email);
    in.phone = ctx.value(QStringLiteral("phone"), in.phone);
    in.notes = ctx.value(QStringLiteral("notes"), in.notes);
    in.mentorId = ctx.value(QStringLiteral("mentor"), in.mentorId);
    in.payerId = ctx.value(QStringLiteral("payer"), in.payerId);
    if (ctx.has(QStringLiteral("tags"))) {
        in.tags = ctx.values(QStringLiteral("tags"));
    }
    if (ctx.has(QStringLiteral("birth-year"))) {
        if (ctx.value(QStringLiteral("birth-year")).trimmed().isEmpty()) {
            in.birthYear.reset();
        } else {
            auto year = ctx.integer(QStringLiteral("birth-year"), -kAnyInt, kAnyInt, 0);
            if (!year) {
                return ctx.failWith(year.error());
            }
            in.birthYear = static_cast<int>(*year);
        }
    }
    auto level = ctx.integer(QStringLiteral("level"), -kAnyInt, kAnyInt, in.level);
    if (!level) {
        return ctx.failWith(level.error());
    }
    in.level = static_cast<int>(*level);
    auto minutes = ctx.integer(QStringLiteral("weekly-minutes"), -kAnyInt, kAnyInt, in.weeklyMinutes);
    if (!minutes) {
        return ctx.failWith(minutes.error());
    }
    in.weeklyMinutes = static_cast<int>(*minutes);
    if (ctx.has(QStringLiteral("weekly-hours"))) {
        auto hours = parseHours(ctx.value(QStringLiteral("weekly-hours")));
        if (!hours) {
            return ctx.failWith(hours.error());
        }
        in.weeklyMinutes = *hours;
    }
    if (ctx.has(QStringLiteral("consent-contact")) || ctx.has(QStringLiteral("no-consent-contact"))) {
        in.consentContact = ctx.has(QStringLiteral("consent-contact"));
    }
    if (ctx.has(QStringLiteral("consent-photos")) || ctx.has(QStringLiteral("no-consent-photos"))) {
        in.consentPhotos = ctx.has(QStringLiteral("consent-photos"));
    }
    return -1;
}

int runAdd(CommandContext& ctx)
{
    if (const int code = checkUsage(ctx); code >= 0) {
        return code;
    }
    LearnerInput in;
    if (const int code = readInput(ctx, in); code >= 0) {
        return code;
    }
    auto created = LearnerService(ctx.db(), ctx.clock()).create(in);
    if (!created) {
        return ctx.failWith(created.error());
    }
    return ctx.emitDone(Tr::tr("Added learner %1 (%2).").arg(created->name, created->meta.id),
                        learnerJson(*created, currentYear(ctx)));
}

int runEdit(CommandContext& ctx)
{
    if (const int code = checkUsage(ctx); code >= 0) {
        return code;
    }
    LearnerService service(ctx.db(), ctx.clock());
    auto current = service.get(ctx.value(QStringLiteral("id")));
    if (!current) {
        return ctx.failWith(current.error());
    }
    const Learner& c = *current;
    LearnerInput in{c.mentorId, c.payerId,       c.name,  c.email, c.phone,          c.birthYear,
                    c.level,    c.weeklyMinutes, c.notes, c.tags,  c.consentContact, c.consentPhotos};
    if (const int code = readInput(ctx, in); code >= 0) {
        return code;
    }
    auto updated = service.edit(c.meta.id, in, c.meta.version);
    if (!updated) {
        return ctx.failWith(updated.error());
    }
    return ctx.emitObject(learnerJson(*updated, currentYear(ctx)));
}

int runShow(CommandContext& ctx)
{
    LearnerService service(ctx.db(), ctx.clock());
    auto l = service.get(ctx.value(QStringLiteral("id")));
    if (!l) {
        return ctx.failWith(l.error());
    }
    auto goals = service.goals(l->meta.id);
    if (!goals) {
        return ctx.failWith(goals.error());
    }
    QJsonObject object = learnerJson(*l, currentYear(ctx));
    if (!l->mentorId.isEmpty()) {
        auto mentor = MentorService(ctx.db(), ctx.clock()).get(l->mentorId);
        object.insert(QStringLiteral("mentor"), mentor ? mentor->name : QString());
    }
    if (!l->payerId.isEmpty()) {
        auto payer = PayerService(ctx.db(), ctx.clock()).get(l->payerId);
        object.insert(QStringLiteral("payer"), payer ? payer->name : QString());
    }
    QJsonArray goalArray;
    for (const LearnerGoal& g : std::as_const(*goals)) {
        goalArray.append(ctx.json() ? QJsonValue(QJsonObject{{QStringLiteral("topic_id"), g.topicId},
                                                             {QStringLiteral("topic"), g.topicName}})
                                    : QJsonValue(g.topicName));
    }
    object.insert(QStringLiteral("goals"), goalArray);
    return ctx.emitObject(object);
}

int runList(CommandContext& ctx)
{
    LearnerFilter filter;
    filter.text = ctx.value(QStringLiteral("search"));
    filter.mentorId = ctx.value(QStringLiteral("mentor"));
    filter.payerId = ctx.value(QStringLiteral("payer"));
    for (const QString& key : ctx.values(QStringLiteral("status"))) {
        if (key.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
            filter.statuses = {LearnerStatus::Active, LearnerStatus::Paused, LearnerStatus::Archived};
            break;
        }
        const auto status = learnerStatusFromKey(key);
        if (!status) {
            return ctx.failWith(
                Error::invalid(QStringLiteral("status"),
                               Tr::tr("The status must be active, paused, archived or all, not “%1”.").arg(key)));
        }
        filter.statuses.append(*status);
    }
    auto limit = ctx.integer(QStringLiteral("limit"), 1, 10000, 100);
    auto offset = ctx.integer(QStringLiteral("offset"), 0, 100000000, 0);
    if (!limit || !offset) {
        return ctx.failWith(!limit ? limit.error() : offset.error());
    }
    auto page =
        LearnerService(ctx.db(), ctx.clock()).list(filter, {static_cast<int>(*offset), static_cast<int>(*limit)});
    if (!page) {
        return ctx.failWith(page.error());
    }
    QJsonArray rows;
    for (const Learner& l : page->items) {
        rows.append(learnerJson(l, currentYear(ctx)));
    }
    return ctx.emitList(rows,
                        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                         QStringLiteral("level"), QStringLiteral("weekly_minutes"), QStringLiteral("tags")},
                        page->total);
}

using StatusChange = Result<Learner> (LearnerService::*)(const Id&);

/// Runs archive/restore/pause/resume; `done` is the translated confirmation with %1 for the name.
int runChange(CommandContext& ctx, StatusChange change, const QString& done)
{
    LearnerService service(ctx.db(), ctx.clock());
    auto l = (service.*change)(ctx.value(QStringLiteral("id")));
    if (!l) {
        return ctx.failWith(l.error());
    }
    return ctx.emitDone(done.arg(l->name), learnerJson(*l, currentYear(ctx)));
}

int runGoalsSet(CommandContext& ctx)
{
    const bool clear = ctx.has(QStringLiteral("clear"));
    if (clear == ctx.has(QStringLiteral("topic"))) {
        return ctx.usageError(Tr::tr("give one or more --topic options, or --clear"));
    }
    auto goals = LearnerService(ctx.db(), ctx.clock())
                     .setGoals(ctx.value(QStringLiteral("id")), ctx.values(QStringLiteral("topic")));
    if (!goals) {
        return ctx.failWith(goals.error());
    }
    QJsonArray items;
    QStringList names;
    for (const LearnerGoal& g : std::as_const(*goals)) {
        items.append(QJsonObject{{QStringLiteral("topic_id"), g.topicId}, {QStringLiteral("topic"), g.topicName}});
        names << g.topicName;
    }
    const QString message =
        names.isEmpty() ? Tr::tr("Goals cleared.") : Tr::tr("Goals set: %1.").arg(names.join(QStringLiteral(", ")));
    return ctx.emitDone(message, {{QStringLiteral("learner_id"), ctx.value(QStringLiteral("id")).trimmed().toLower()},
                                  {QStringLiteral("goals"), items}});
}

} // namespace

void registerLearnerCommands(CommandRegistry& registry)
{
    const QString noun = QStringLiteral("learner");
    registry.add({noun, QStringLiteral("add"), Tr::tr("Add a learner"), fieldOptions(false), QString(),
                  QStringLiteral("  mentordesk-cli learner add --name \"王小明\" --birth-year 2014 --level 2 "
                                 "--weekly-hours 1.5 --tags exam,online --consent-contact"),
                  true, false, runAdd});
    registry.add({noun, QStringLiteral("edit"), Tr::tr("Change a learner's details (only the options given)"),
                  fieldOptions(true), QString(),
                  QStringLiteral("  mentordesk-cli learner edit --id ID --mentor MENTOR_ID --level 3"), true, false,
                  runEdit});
    registry.add({noun,
                  QStringLiteral("show"),
                  Tr::tr("Show one learner with goals"),
                  {idOption()},
                  QString(),
                  QStringLiteral("  mentordesk-cli learner show --id ID"),
                  true,
                  false,
                  runShow});
    registry.add({noun,
                  QStringLiteral("list"),
                  Tr::tr("List learners (active and paused unless --status says otherwise)"),
                  {{QStringLiteral("status"), QStringLiteral("active|paused|archived|all"),
                    Tr::tr("only these statuses (repeatable or comma-separated)")},
                   {QStringLiteral("mentor"), QStringLiteral("ID"), Tr::tr("only learners of this mentor")},
                   {QStringLiteral("payer"), QStringLiteral("ID"), Tr::tr("only learners of this payer")},
                   {QStringLiteral("search"), QStringLiteral("TEXT"), Tr::tr("filter by name, e-mail, phone or tag")},
                   {QStringLiteral("limit"), QStringLiteral("N"), Tr::tr("rows per page (default 100)")},
                   {QStringLiteral("offset"), QStringLiteral("N"), Tr::tr("rows to skip")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli learner list --status paused --search wang"),
                  true,
                  false,
                  runList});
    const auto change = [&](const QString& verb, const QString& summary, StatusChange what, const QString& done) {
        registry.add({noun,
                      verb,
                      summary,
                      {idOption()},
                      QString(),
                      QStringLiteral("  mentordesk-cli learner ") + verb + QStringLiteral(" --id ID"),
                      true,
                      false,
                      [what, done](CommandContext& ctx) { return runChange(ctx, what, done); }});
    };
    change(QStringLiteral("archive"), Tr::tr("Archive a learner (kept for history, hidden from lists)"),
           &LearnerService::archive, Tr::tr("Archived learner %1."));
    change(QStringLiteral("restore"), Tr::tr("Restore an archived learner"), &LearnerService::restore,
           Tr::tr("Restored learner %1."));
    change(QStringLiteral("pause"), Tr::tr("Pause an active learner"), &LearnerService::pause,
           Tr::tr("Paused learner %1."));
    change(QStringLiteral("resume"), Tr::tr("Resume a paused learner"), &LearnerService::resume,
           Tr::tr("Resumed learner %1."));
    registry.add({noun,
                  QStringLiteral("goals set"),
                  Tr::tr("Replace a learner's goal topics"),
                  {idOption(),
                   {QStringLiteral("topic"), QStringLiteral("ID"), Tr::tr("goal topic id (repeatable)")},
                   {QStringLiteral("clear"), QString(), Tr::tr("remove all goals")}},
                  QString(),
                  QStringLiteral("  mentordesk-cli learner goals set --id ID --topic T1 --topic T2"),
                  true,
                  false,
                  runGoalsSet});
}

} // namespace mentordesk::cli
