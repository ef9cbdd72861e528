// SPDX-License-Identifier: GPL-3.0-or-later
// `topic add|edit|show|list|remove`, `topic prereq add|remove`, `topic graph`,
// `course add|edit|show|list|archive|restore`, `course topics set`, `course module add|edit|remove|move`.
#include "../CommandContext.h"
#include "../CommandRegistry.h"
#include "courses/CourseModuleService.h"
#include "courses/CourseModuleSpec.h"
#include "courses/CourseService.h"
#include "courses/DecimalText.h"
#include "courses/TopicService.h"
#include "money/Minutes.h"
#include "money/Money.h"
#include "studio/StudioService.h"

#include <QSet>
#include <algorithm>

namespace mentordesk::cli {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommands)
};

// ---- shared helpers -------------------------------------------------------------------------------

Result<PageRequest> pageFrom(const CommandContext& ctx)
{
    auto limit = ctx.integer(u"limit"_s, 1, 10000, 100);
    if (!limit) {
        return fail(limit.error());
    }
    auto offset = ctx.integer(u"offset"_s, 0, 100000000, 0);
    if (!offset) {
        return fail(offset.error());
    }
    return PageRequest{static_cast<int>(*offset), static_cast<int>(*limit)};
}

QList<OptionSpec> pageOptions()
{
    return {{u"limit"_s, u"N"_s, Tr::tr("rows per page (default 100)")}, {u"offset"_s, u"N"_s, Tr::tr("rows to skip")}};
}

/// Every topic's name by id (one query; studios have at most a few thousand topics).
Result<QHash<Id, Topic>> allTopics(CommandContext& ctx)
{
    auto page = TopicService(ctx.db(), ctx.clock()).list({}, {0, 10000});
    if (!page) {
        return fail(page.error());
    }
    QHash<Id, Topic> out;
    for (const Topic& t : std::as_const(page->items)) {
        out.insert(t.meta.id, t);
    }
    return out;
}

/// Topic references: {id, name} objects in JSON, plain names in text.
QJsonArray topicRefs(const CommandContext& ctx, const QList<Id>& ids, const QHash<Id, Topic>& topics)
{
    QJsonArray out;
    for (const Id& id : ids) {
        const QString name = topics.value(id).name;
        out.append(ctx.json() ? QJsonValue(QJsonObject{{u"id"_s, id}, {u"name"_s, name}}) : QJsonValue(name));
    }
    return out;
}

/// Resolves every `--topic` (names or ids) to topic ids.
Result<QList<Id>> topicIds(CommandContext& ctx)
{
    QList<Id> out;
    TopicService topics(ctx.db(), ctx.clock());
    for (const QString& given : ctx.values(u"topic"_s)) {
        auto t = topics.resolve(given, u"topic"_s);
        if (!t) {
            return fail(t.error());
        }
        out.append(t->meta.id);
    }
    return out;
}

Result<Currency> studioCurrency(CommandContext& ctx)
{
    auto studio = StudioService(ctx.db(), ctx.clock()).settings();
    if (!studio) {
        return fail(studio.error());
    }
    return Currency::fromCode(studio->currency);
}

/// Minutes from `--minutes` ("90", "1:30", "1h30m") or `--hours` (decimal); nullopt when neither.
Result<std::optional<int>> durationFrom(const CommandContext& ctx, const QString& field)
{
    if (!ctx.has(u"minutes"_s) && !ctx.has(u"hours"_s)) {
        return std::optional<int>();
    }
    auto m = ctx.has(u"minutes"_s) ? Minutes::parse(ctx.value(u"minutes"_s), field)
                                   : DecimalText::parseHours(ctx.value(u"hours"_s), u"hours"_s);
    if (!m) {
        return fail(m.error());
    }
    return std::optional<int>(*m);
}

// ---- topics ---------------------------------------------------------------------------------------

QJsonObject topicJson(const Topic& t)
{
    return {{u"id"_s, t.meta.id},
            {u"name"_s, t.name},
            {u"area"_s, t.area},
            {u"description"_s, t.description},
            {u"version"_s, t.meta.version}};
}

int runTopicAdd(CommandContext& ctx)
{
    auto t = TopicService(ctx.db(), ctx.clock())
                 .create({ctx.value(u"name"_s), ctx.value(u"area"_s), ctx.value(u"description"_s)});
    if (!t) {
        return ctx.failWith(t.error());
    }
    return ctx.emitDone(Tr::tr("Added topic %1 (%2).").arg(t->name, t->meta.id), topicJson(*t));
}

int runTopicEdit(CommandContext& ctx)
{
    TopicService service(ctx.db(), ctx.clock());
    auto t = service.resolve(ctx.value(u"id"_s), u"id"_s);
    if (!t) {
        return ctx.failWith(t.error());
    }
    const TopicInput in{ctx.value(u"name"_s, t->name), ctx.value(u"area"_s, t->area),
                        ctx.value(u"description"_s, t->description)};
    auto edited = service.edit(t->meta.id, in, t->meta.version);
    if (!edited) {
        return ctx.failWith(edited.error());
    }
    return ctx.emitObject(topicJson(*edited));
}

int runTopicShow(CommandContext& ctx)
{
    TopicService service(ctx.db(), ctx.clock());
    auto t = service.resolve(ctx.value(u"id"_s), u"id"_s);
    auto graph = service.graph();
    auto topics = allTopics(ctx);
    if (!t || !graph || !topics) {
        return ctx.failWith(!t ? t.error() : !graph ? graph.error() : topics.error());
    }
    const auto byName = [&](QList<Id> ids) {
        std::sort(ids.begin(), ids.end(), [&](const Id& a, const Id& b) {
            return topics->value(a).name.compare(topics->value(b).name, Qt::CaseInsensitive) < 0;
        });
        return ids;
    };
    QJsonObject o = topicJson(*t);
    o.insert(u"requires"_s, topicRefs(ctx, byName(graph->directPrerequisites(t->meta.id)), *topics));
    o.insert(u"required_by"_s, topicRefs(ctx, byName(graph->directDependents(t->meta.id)), *topics));
    o.insert(u"all_prerequisites"_s, topicRefs(ctx, graph->prerequisitesClosure(t->meta.id), *topics));
    return ctx.emitObject(o);
}

int runTopicList(CommandContext& ctx)
{
    auto page = pageFrom(ctx);
    if (!page) {
        return ctx.failWith(page.error());
    }
    TopicFilter filter{ctx.value(u"search"_s), ctx.value(u"area"_s)};
    auto topics = TopicService(ctx.db(), ctx.clock()).list(filter, *page);
    if (!topics) {
        return ctx.failWith(topics.error());
    }
    QJsonArray rows;
    for (const Topic& t : std::as_const(topics->items)) {
        rows.append(topicJson(t));
    }
    return ctx.emitList(rows, {u"id"_s, u"name"_s, u"area"_s}, topics->total);
}

int runTopicRemove(CommandContext& ctx)
{
    TopicService service(ctx.db(), ctx.clock());
    auto t = service.resolve(ctx.value(u"id"_s), u"id"_s);
    if (!t) {
        return ctx.failWith(t.error());
    }
    auto removed = service.remove(t->meta.id);
    if (!removed) {
        return ctx.failWith(removed.error());
    }
    return ctx.emitDone(Tr::tr("Removed topic %1.").arg(removed->name), topicJson(*removed));
}

int runPrerequisite(CommandContext& ctx, bool add)
{
    TopicService service(ctx.db(), ctx.clock());
    auto topic = service.resolve(ctx.value(u"topic"_s), u"topic"_s);
    if (!topic) {
        return ctx.failWith(topic.error());
    }
    auto prereq = service.resolve(ctx.value(u"requires"_s), u"requires"_s);
    if (!prereq) {
        return ctx.failWith(prereq.error());
    }
    auto done = add ? service.addPrerequisite(topic->meta.id, prereq->meta.id)
                    : service.removePrerequisite(topic->meta.id, prereq->meta.id);
    if (!done) {
        return ctx.failWith(done.error());
    }
    const QJsonObject edge{{u"topic_id"_s, topic->meta.id}, {u"prerequisite_id"_s, prereq->meta.id}};
    return ctx.emitDone(add ? Tr::tr("“%1” now requires “%2”.").arg(topic->name, prereq->name)
                            : Tr::tr("“%1” no longer requires “%2”.").arg(topic->name, prereq->name),
                        edge);
}

/// Prints `id` and, indented below it, its prerequisites; a topic already printed with its
/// prerequisites is marked instead of repeated.
void printTree(CommandContext& ctx, const TopicGraph& graph, const QHash<Id, Topic>& topics, const Id& id, int depth,
               QSet<Id>& expanded)
{
    QList<Id> children = graph.directPrerequisites(id);
    const bool repeat = !children.isEmpty() && expanded.contains(id);
    ctx.out() << QString(depth * 2, u' ') << topics.value(id).name
              << (repeat ? Tr::tr(" (prerequisites shown above)") : QString()) << u'\n';
    if (repeat) {
        return;
    }
    expanded.insert(id);
    std::sort(children.begin(), children.end(), [&](const Id& a, const Id& b) {
        return topics.value(a).name.compare(topics.value(b).name, Qt::CaseInsensitive) < 0;
    });
    for (const Id& child : std::as_const(children)) {
        printTree(ctx, graph, topics, child, depth + 1, expanded);
    }
}

int runGraph(CommandContext& ctx)
{
    TopicService service(ctx.db(), ctx.clock());
    auto graph = service.graph();
    auto topics = allTopics(ctx);
    if (!graph || !topics) {
        return ctx.failWith(!graph ? graph.error() : topics.error());
    }
    QList<Id> shown; // the topics in the output, tops of the trees first
    if (ctx.has(u"topic"_s)) {
        auto t = service.resolve(ctx.value(u"topic"_s), u"topic"_s);
        if (!t) {
            return ctx.failWith(t.error());
        }
        shown = QList<Id>{t->meta.id} + graph->prerequisitesClosure(t->meta.id);
    } else {
        for (auto it = topics->cbegin(); it != topics->cend(); ++it) {
            if (graph->directDependents(it.key()).isEmpty()) {
                shown.append(it.key());
            }
        }
        std::sort(shown.begin(), shown.end(), [&](const Id& a, const Id& b) {
            return topics->value(a).name.compare(topics->value(b).name, Qt::CaseInsensitive) < 0;
        });
    }
    if (ctx.json()) {
        const QList<Id> nodes = ctx.has(u"topic"_s) ? shown : topics->keys();
        const QSet<Id> included(nodes.cbegin(), nodes.cend());
        QJsonArray nodeArray;
        QJsonArray edgeArray;
        for (const Id& id : graph->topologicalOrder(nodes)) {
            const Topic t = topics->value(id);
            nodeArray.append(QJsonObject{{u"id"_s, id}, {u"name"_s, t.name}, {u"area"_s, t.area}});
            for (const Id& p : graph->directPrerequisites(id)) {
                if (included.contains(p)) {
                    edgeArray.append(QJsonObject{{u"topic_id"_s, id}, {u"prerequisite_id"_s, p}});
                }
            }
        }
        return ctx.emitObject({{u"nodes"_s, nodeArray}, {u"edges"_s, edgeArray}});
    }
    if (shown.isEmpty()) {
        ctx.out() << Tr::tr("There are no topics yet; add one with “topic add”.") << u'\n';
        return kExitOk;
    }
    QSet<Id> expanded;
    const qsizetype roots = ctx.has(u"topic"_s) ? 1 : shown.size();
    for (qsizetype i = 0; i < roots; ++i) {
        printTree(ctx, *graph, *topics, shown[i], 0, expanded);
    }
    return kExitOk;
}

// ---- courses --------------------------------------------------------------------------------------

QJsonObject moduleJson(const CourseModule& m, const Currency& currency)
{
    return {{u"id"_s, m.meta.id},
            {u"course_id"_s, m.courseId},
            {u"position"_s, m.position},
            {u"title"_s, m.title},
            {u"minutes"_s, m.minutes},
            {u"duration"_s, Minutes::toHoursMinutes(m.minutes)},
            {u"price_minor"_s, m.priceMinor ? QJsonValue(*m.priceMinor) : QJsonValue()},
            {u"price"_s, m.priceMinor ? QJsonValue(Money(*m.priceMinor, currency).toPlainString()) : QJsonValue()},
            {u"version"_s, m.meta.version}};
}

QJsonObject courseJson(const CommandContext& ctx, const Course& c, const QHash<Id, Topic>& topics)
{
    return {{u"id"_s, c.meta.id},
            {u"title"_s, c.title},
            {u"description"_s, c.description},
            {u"level"_s, c.level},
            {u"content_minutes"_s, c.contentMinutes},
            {u"content_hours"_s, Minutes::toHoursMinutes(c.contentMinutes)},
            {u"quality"_s, c.quality},
            {u"practicality"_s, c.practicality},
            {u"archived"_s, c.isArchived()},
            {u"topics"_s, topicRefs(ctx, c.topics, topics)},
            {u"modules"_s, static_cast<int>(c.modules.size())},
            {u"version"_s, c.meta.version}};
}

/// Prints a course; in JSON its modules are included, in text they follow as a table.
int emitCourse(CommandContext& ctx, const Course& c)
{
    auto topics = allTopics(ctx);
    auto currency = studioCurrency(ctx);
    if (!topics || !currency) {
        return ctx.failWith(!topics ? topics.error() : currency.error());
    }
    QJsonObject o = courseJson(ctx, c, *topics);
    QJsonArray modules;
    for (const CourseModule& m : c.modules) {
        modules.append(moduleJson(m, *currency));
    }
    if (ctx.json()) {
        o.insert(u"modules"_s, modules);
        return ctx.emitObject(o);
    }
    ctx.emitObject(o);
    if (modules.isEmpty()) {
        return kExitOk;
    }
    ctx.out() << u'\n';
    return ctx.emitList(modules, {u"position"_s, u"title"_s, u"duration"_s, u"price"_s, u"id"_s});
}

/// The course fields given on the command line, on top of `base`.
Result<CourseInput> courseInputFrom(const CommandContext& ctx, CourseInput in)
{
    in.title = ctx.value(u"title"_s, in.title);
    in.description = ctx.value(u"description"_s, in.description);
    auto level = ctx.integer(u"level"_s, -1000000, 1000000, in.level);
    auto quality = ctx.integer(u"quality"_s, -1000000, 1000000, in.quality);
    auto practicality = ctx.integer(u"practicality"_s, -1000000, 1000000, in.practicality);
    auto minutes = durationFrom(ctx, u"content_minutes"_s);
    for (const Result<qint64>* r : {&level, &quality, &practicality}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    if (!minutes) {
        return fail(minutes.error());
    }
    in.level = static_cast<int>(*level);
    in.quality = static_cast<int>(*quality);
    in.practicality = static_cast<int>(*practicality);
    in.contentMinutes = minutes->value_or(in.contentMinutes);
    return in;
}

/// Parses the `--module "Title:90[:price]"` values.
Result<QList<CourseModuleInput>> modulesFrom(CommandContext& ctx)
{
    QList<CourseModuleInput> out;
    const QStringList specs = ctx.values(u"module"_s);
    if (specs.isEmpty()) {
        return out;
    }
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return fail(currency.error());
    }
    for (qsizetype i = 0; i < specs.size(); ++i) {
        auto m = CourseModuleSpec::parse(specs[i], *currency, u"modules[%1]."_s.arg(i));
        if (!m) {
            return fail(m.error());
        }
        out.append(*m);
    }
    return out;
}

int runCourseAdd(CommandContext& ctx)
{
    if (ctx.has(u"hours"_s) && ctx.has(u"minutes"_s)) {
        return ctx.usageError(Tr::tr("give either --hours or --minutes, not both"));
    }
    auto in = courseInputFrom(ctx, CourseInput{});
    if (!in) {
        return ctx.failWith(in.error());
    }
    auto topics = topicIds(ctx);
    if (!topics) {
        return ctx.failWith(topics.error());
    }
    auto modules = modulesFrom(ctx);
    if (!modules) {
        return ctx.failWith(modules.error());
    }
    auto c = CourseService(ctx.db(), ctx.clock()).create(*in, *topics, *modules);
    if (!c) {
        return ctx.failWith(c.error());
    }
    if (!ctx.json()) {
        ctx.out() << Tr::tr("Added course %1 (%2).").arg(c->title, c->meta.id) << u'\n';
        return kExitOk;
    }
    return emitCourse(ctx, *c);
}

int runCourseEdit(CommandContext& ctx)
{
    if (ctx.has(u"hours"_s) && ctx.has(u"minutes"_s)) {
        return ctx.usageError(Tr::tr("give either --hours or --minutes, not both"));
    }
    CourseService service(ctx.db(), ctx.clock());
    auto c = service.get(ctx.value(u"id"_s));
    if (!c) {
        return ctx.failWith(c.error());
    }
    auto in =
        courseInputFrom(ctx, {c->title, c->description, c->level, c->contentMinutes, c->quality, c->practicality});
    if (!in) {
        return ctx.failWith(in.error());
    }
    auto edited = service.edit(c->meta.id, *in, c->meta.version);
    return edited ? emitCourse(ctx, *edited) : ctx.failWith(edited.error());
}

int runCourseShow(CommandContext& ctx)
{
    auto c = CourseService(ctx.db(), ctx.clock()).get(ctx.value(u"id"_s));
    return c ? emitCourse(ctx, *c) : ctx.failWith(c.error());
}

int runCourseList(CommandContext& ctx)
{
    auto page = pageFrom(ctx);
    auto level = ctx.integer(u"level"_s, 1, 5, 0);
    auto topics = allTopics(ctx);
    if (!page || !level || !topics) {
        return ctx.failWith(!page ? page.error() : !level ? level.error() : topics.error());
    }
    CourseFilter filter;
    filter.text = ctx.value(u"search"_s);
    filter.level = static_cast<int>(*level);
    filter.includeArchived = ctx.has(u"all"_s);
    filter.archivedOnly = ctx.has(u"archived"_s);
    if (ctx.has(u"topic"_s)) {
        auto t = TopicService(ctx.db(), ctx.clock()).resolve(ctx.value(u"topic"_s), u"topic"_s);
        if (!t) {
            return ctx.failWith(t.error());
        }
        filter.topicId = t->meta.id;
    }
    auto courses = CourseService(ctx.db(), ctx.clock()).list(filter, *page);
    if (!courses) {
        return ctx.failWith(courses.error());
    }
    QJsonArray rows;
    for (const Course& c : std::as_const(courses->items)) {
        rows.append(courseJson(ctx, c, *topics));
    }
    return ctx.emitList(
        rows, {u"id"_s, u"title"_s, u"level"_s, u"content_hours"_s, u"quality"_s, u"practicality"_s, u"topics"_s},
        courses->total);
}

int runCourseArchive(CommandContext& ctx, bool archive)
{
    CourseService service(ctx.db(), ctx.clock());
    auto c = archive ? service.archive(ctx.value(u"id"_s)) : service.restore(ctx.value(u"id"_s));
    if (!c) {
        return ctx.failWith(c.error());
    }
    if (!ctx.json()) {
        ctx.out() << (archive ? Tr::tr("Archived course %1.") : Tr::tr("Restored course %1.")).arg(c->title) << u'\n';
        return kExitOk;
    }
    return emitCourse(ctx, *c);
}

int runCourseTopics(CommandContext& ctx)
{
    if (ctx.values(u"topic"_s).isEmpty() == !ctx.has(u"clear"_s)) {
        return ctx.usageError(Tr::tr("give the topics with --topic (repeatable), or --clear to remove them all"));
    }
    auto topics = topicIds(ctx);
    if (!topics) {
        return ctx.failWith(topics.error());
    }
    auto c = CourseService(ctx.db(), ctx.clock()).setTopics(ctx.value(u"id"_s), *topics);
    return c ? emitCourse(ctx, *c) : ctx.failWith(c.error());
}

/// Module fields from the command line on top of `base`; `--price` / `--no-price` set the price.
Result<CourseModuleInput> moduleInputFrom(CommandContext& ctx, CourseModuleInput in)
{
    in.title = ctx.value(u"title"_s, in.title);
    auto minutes = durationFrom(ctx, u"minutes"_s);
    if (!minutes) {
        return fail(minutes.error());
    }
    in.minutes = minutes->value_or(in.minutes);
    if (ctx.has(u"no-price"_s)) {
        in.priceMinor.reset();
    } else if (ctx.has(u"price"_s)) {
        auto currency = studioCurrency(ctx);
        if (!currency) {
            return fail(currency.error());
        }
        auto price = Money::parse(ctx.value(u"price"_s), *currency, u"price"_s);
        if (!price) {
            return fail(price.error());
        }
        in.priceMinor = price->minorUnits();
    }
    return in;
}

int emitModules(CommandContext& ctx, const QString& message, const QList<CourseModule>& modules)
{
    auto currency = studioCurrency(ctx);
    if (!currency) {
        return ctx.failWith(currency.error());
    }
    QJsonArray rows;
    for (const CourseModule& m : modules) {
        rows.append(moduleJson(m, *currency));
    }
    if (!ctx.json()) {
        ctx.out() << message << u'\n';
    }
    return ctx.emitList(rows, {u"position"_s, u"title"_s, u"duration"_s, u"price"_s, u"id"_s});
}

int runModuleAdd(CommandContext& ctx)
{
    if (ctx.has(u"hours"_s) == ctx.has(u"minutes"_s)) {
        return ctx.usageError(Tr::tr("give the module's length with --minutes or --hours"));
    }
    auto in = moduleInputFrom(ctx, {});
    auto position = ctx.integer(u"position"_s, 1, 100000, 0);
    if (!in || !position) {
        return ctx.failWith(!in ? in.error() : position.error());
    }
    CourseService service(ctx.db(), ctx.clock());
    auto m = service.addModule(ctx.value(u"course"_s), *in, static_cast<int>(*position));
    if (!m) {
        return ctx.failWith(m.error());
    }
    auto course = service.get(m->courseId);
    if (!course) {
        return ctx.failWith(course.error());
    }
    return emitModules(ctx, Tr::tr("Added module %1 (%2) at position %3.").arg(m->title, m->meta.id).arg(m->position),
                       course->modules);
}

int runModuleEdit(CommandContext& ctx)
{
    if (ctx.has(u"hours"_s) && ctx.has(u"minutes"_s)) {
        return ctx.usageError(Tr::tr("give either --hours or --minutes, not both"));
    }
    if (ctx.has(u"price"_s) && ctx.has(u"no-price"_s)) {
        return ctx.usageError(Tr::tr("give either --price or --no-price, not both"));
    }
    CourseModuleService modules(ctx.db(), ctx.clock());
    auto current = modules.get(ctx.value(u"id"_s));
    if (!current) {
        return ctx.failWith(current.error());
    }
    auto in = moduleInputFrom(ctx, {current->title, current->minutes, current->priceMinor});
    if (!in) {
        return ctx.failWith(in.error());
    }
    auto m = modules.edit(current->meta.id, *in, current->meta.version);
    auto currency = studioCurrency(ctx);
    if (!m || !currency) {
        return ctx.failWith(!m ? m.error() : currency.error());
    }
    return ctx.emitObject(moduleJson(*m, *currency));
}

int runModuleRemove(CommandContext& ctx)
{
    auto left = CourseService(ctx.db(), ctx.clock()).removeModule(ctx.value(u"id"_s));
    return left ? emitModules(ctx,
                              Tr::tr("Removed the module; the course has %n module(s) now.", nullptr,
                                     static_cast<int>(left->size())),
                              *left)
                : ctx.failWith(left.error());
}

int runModuleMove(CommandContext& ctx)
{
    auto to = ctx.integer(u"to"_s, -1000000, 1000000, 0);
    if (!to) {
        return ctx.failWith(to.error());
    }
    auto order = CourseService(ctx.db(), ctx.clock()).moveModule(ctx.value(u"id"_s), static_cast<int>(*to));
    return order ? emitModules(ctx, Tr::tr("Moved the module to position %1.").arg(*to), *order)
                 : ctx.failWith(order.error());
}

OptionSpec idOption(const QString& what, const QString& valueName = u"ID"_s)
{
    return {u"id"_s, valueName, what, true};
}

QList<OptionSpec> topicFields(bool nameRequired)
{
    return {{u"name"_s, u"TEXT"_s, Tr::tr("topic name (unique, ignoring case)"), nameRequired},
            {u"area"_s, u"TEXT"_s, Tr::tr("area: programming, maths, music, languages or any short text")},
            {u"description"_s, u"TEXT"_s, Tr::tr("what the topic covers")}};
}

QList<OptionSpec> courseFields(bool forAdd)
{
    return {{u"title"_s, u"TEXT"_s, Tr::tr("course title"), forAdd},
            {u"description"_s, u"TEXT"_s, Tr::tr("what the course covers")},
            {u"level"_s, u"1-5"_s, Tr::tr("level, 1 = beginner … 5 = expert"), forAdd},
            {u"hours"_s, u"H"_s, Tr::tr("content hours C as a decimal, e.g. 30 or 1.5")},
            {u"minutes"_s, u"M"_s, Tr::tr("content time as minutes (90), 1:30 or 1h30m")},
            {u"quality"_s, u"1-10"_s, Tr::tr("content quality Q"), forAdd},
            {u"practicality"_s, u"1-10"_s, Tr::tr("practicality U"), forAdd}};
}

QList<OptionSpec> moduleFields(bool forAdd)
{
    QList<OptionSpec> out{{u"title"_s, u"TEXT"_s, Tr::tr("module title"), forAdd},
                          {u"minutes"_s, u"M"_s, Tr::tr("length as minutes (90), 1:30 or 1h30m")},
                          {u"hours"_s, u"H"_s, Tr::tr("length in hours as a decimal, e.g. 1.5")},
                          {u"price"_s, u"AMOUNT"_s, Tr::tr("price in the studio currency, e.g. 45.00")}};
    if (!forAdd) {
        out.append({u"no-price"_s, QString(), Tr::tr("remove the module's price")});
    }
    return out;
}

/// A command of this family: opens the studio, takes no positional argument.
CommandSpec command(const QString& noun, const QString& verb, const QString& summary, QList<OptionSpec> options,
                    const QString& examples, std::function<int(CommandContext&)> run)
{
    return {noun, verb, summary, std::move(options), QString(), examples, true, false, std::move(run)};
}

void registerTopicCommands(CommandRegistry& r)
{
    const QString noun = u"topic"_s;
    const OptionSpec topicId = idOption(Tr::tr("topic id or name"), u"ID|NAME"_s);
    r.add(command(noun, u"add"_s, Tr::tr("Add a topic"), topicFields(true),
                  u"  mentordesk-cli topic add --name \"Python basics\" --area programming"_s, runTopicAdd));
    r.add(command(noun, u"edit"_s, Tr::tr("Change a topic (only the options given)"),
                  QList<OptionSpec>{topicId} + topicFields(false),
                  u"  mentordesk-cli topic edit --id \"Python basics\" --description \"Syntax, loops, functions\""_s,
                  runTopicEdit));
    r.add(command(noun, u"show"_s, Tr::tr("Show a topic with its prerequisites"), {topicId},
                  u"  mentordesk-cli topic show --id SQL"_s, runTopicShow));
    r.add(command(noun, u"list"_s, Tr::tr("List topics"),
                  QList<OptionSpec>{{u"search"_s, u"TEXT"_s, Tr::tr("filter by name or description")},
                                    {u"area"_s, u"TEXT"_s, Tr::tr("only this area")}} +
                      pageOptions(),
                  u"  mentordesk-cli topic list --area music"_s, runTopicList));
    r.add(command(noun, u"remove"_s, Tr::tr("Remove a topic nothing refers to any more"), {topicId},
                  u"  mentordesk-cli topic remove --id \"Old topic\""_s, runTopicRemove));
    const QList<OptionSpec> edge{{u"topic"_s, u"ID|NAME"_s, Tr::tr("the topic that has the prerequisite"), true},
                                 {u"requires"_s, u"ID|NAME"_s, Tr::tr("the prerequisite topic"), true}};
    r.add(command(noun, u"prereq add"_s, Tr::tr("Record that a topic requires another (cycles are refused)"), edge,
                  u"  mentordesk-cli topic prereq add --topic \"Advanced Python\" --requires \"Python basics\""_s,
                  [](CommandContext& ctx) { return runPrerequisite(ctx, true); }));
    r.add(command(noun, u"prereq remove"_s, Tr::tr("Remove a prerequisite"), edge,
                  u"  mentordesk-cli topic prereq remove --topic \"Advanced Python\" --requires \"Python basics\""_s,
                  [](CommandContext& ctx) { return runPrerequisite(ctx, false); }));
    r.add(command(noun, u"graph"_s, Tr::tr("Print the prerequisite tree (--json: nodes and edges)"),
                  {{u"topic"_s, u"ID|NAME"_s, Tr::tr("only this topic and what it requires")}},
                  u"  mentordesk-cli topic graph --topic \"Advanced Python\"\n  mentordesk-cli --json topic graph"_s,
                  runGraph));
}

void registerCourseCommands(CommandRegistry& r)
{
    const QString noun = u"course"_s;
    const OptionSpec courseId = idOption(Tr::tr("course id"));
    QList<OptionSpec> addOptions = courseFields(true);
    addOptions << OptionSpec{u"topic"_s, u"ID|NAME"_s, Tr::tr("a topic of the course (repeatable)")}
               << OptionSpec{u"module"_s, u"TITLE:MIN[:PRICE]"_s,
                             Tr::tr("a module, in order (repeatable); content time defaults to their sum")};
    r.add(command(noun, u"add"_s, Tr::tr("Add a course with its topics and modules"), addOptions,
                  u"  mentordesk-cli course add --title \"Python 1\" --level 1 --hours 30 --quality 8 --practicality 9 "
                  "--topic \"Python basics\" --module \"Setup:60\" --module \"Loops:90:45.00\""_s,
                  runCourseAdd));
    r.add(command(noun, u"edit"_s, Tr::tr("Change a course (only the options given)"),
                  QList<OptionSpec>{courseId} + courseFields(false),
                  u"  mentordesk-cli course edit --id ID --quality 9"_s, runCourseEdit));
    r.add(command(noun, u"show"_s, Tr::tr("Show a course with its topics and modules"), {courseId},
                  u"  mentordesk-cli course show --id ID"_s, runCourseShow));
    r.add(command(noun, u"list"_s, Tr::tr("List courses"),
                  QList<OptionSpec>{{u"search"_s, u"TEXT"_s, Tr::tr("filter by title or description")},
                                    {u"level"_s, u"1-5"_s, Tr::tr("only this level")},
                                    {u"topic"_s, u"ID|NAME"_s, Tr::tr("only courses covering this topic")},
                                    {u"all"_s, QString(), Tr::tr("include archived courses")},
                                    {u"archived"_s, QString(), Tr::tr("only archived courses")}} +
                      pageOptions(),
                  u"  mentordesk-cli course list --topic SQL --level 2"_s, runCourseList));
    r.add(command(noun, u"archive"_s, Tr::tr("Archive a course (kept; no new enrollments)"), {courseId},
                  u"  mentordesk-cli course archive --id ID"_s,
                  [](CommandContext& ctx) { return runCourseArchive(ctx, true); }));
    r.add(command(noun, u"restore"_s, Tr::tr("Restore an archived course"), {courseId},
                  u"  mentordesk-cli course restore --id ID"_s,
                  [](CommandContext& ctx) { return runCourseArchive(ctx, false); }));
    r.add(command(noun, u"topics set"_s, Tr::tr("Replace the topics of a course"),
                  {courseId,
                   {u"topic"_s, u"ID|NAME"_s, Tr::tr("a topic (repeatable)")},
                   {u"clear"_s, QString(), Tr::tr("remove all topics")}},
                  u"  mentordesk-cli course topics set --id ID --topic SQL --topic \"Python basics\""_s,
                  runCourseTopics));
    QList<OptionSpec> moduleAdd{{u"course"_s, u"ID"_s, Tr::tr("course id"), true}};
    moduleAdd << moduleFields(true)
              << OptionSpec{u"position"_s, u"N"_s, Tr::tr("insert at this position (default: last)")};
    r.add(command(noun, u"module add"_s, Tr::tr("Add a module to a course"), moduleAdd,
                  u"  mentordesk-cli course module add --course ID --title \"Recursion\" --minutes 90 --position 2"_s,
                  runModuleAdd));
    r.add(command(noun, u"module edit"_s, Tr::tr("Change a module (only the options given)"),
                  QList<OptionSpec>{idOption(Tr::tr("module id"))} + moduleFields(false),
                  u"  mentordesk-cli course module edit --id ID --price 50.00"_s, runModuleEdit));
    r.add(command(noun, u"module remove"_s, Tr::tr("Remove a module; the later ones move up"),
                  {idOption(Tr::tr("module id"))}, u"  mentordesk-cli course module remove --id ID"_s,
                  runModuleRemove));
    r.add(command(noun, u"module move"_s, Tr::tr("Move a module to another position"),
                  {idOption(Tr::tr("module id")), {u"to"_s, u"N"_s, Tr::tr("the new position, from 1"), true}},
                  u"  mentordesk-cli course module move --id ID --to 1"_s, runModuleMove));
}

} // namespace

void registerCatalogCommands(CommandRegistry& registry)
{
    registerTopicCommands(registry);
    registerCourseCommands(registry);
}

} // namespace mentordesk::cli
