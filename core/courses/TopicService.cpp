// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/TopicService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "courses/TopicRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {
const QString kTopicId = QStringLiteral("topic_id");
const QString kPrerequisiteId = QStringLiteral("prerequisite_id");
} // namespace

TopicService::TopicService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<TopicInput> TopicService::validate(const TopicInput& input)
{
    TopicInput out;
    auto name = Validation::requiredText(input.name, {QStringLiteral("name"), tr("Name")}, 100);
    if (!name) {
        return fail(name.error());
    }
    out.name = *name;
    auto area = Validation::optionalText(input.area, {QStringLiteral("area"), tr("Area")}, 50);
    if (!area) {
        return fail(area.error());
    }
    out.area = *area;
    auto description = Validation::optionalText(input.description, {QStringLiteral("description"), tr("Description")});
    if (!description) {
        return fail(description.error());
    }
    out.description = *description;
    return out;
}

Result<void> TopicService::requireUniqueName(const QString& name, const Id& self)
{
    auto existing = TopicRepository(m_db).findByName(name);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value() && (*existing)->meta.id != self) {
        return fail(
            Error::conflict(tr("There is already a topic named “%1”.").arg((*existing)->name), QStringLiteral("name")));
    }
    return {};
}

Result<Topic> TopicService::create(const TopicInput& input)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input);
    if (!valid) {
        return fail(valid.error());
    }
    Topic t;
    t.meta.id = newId();
    t.meta.createdAt = t.meta.updatedAt = m_clock.nowUtc();
    t.meta.updatedBy = m_db.deviceId();
    t.meta.version = 1;
    t.name = valid->name;
    t.area = valid->area;
    t.description = valid->description;
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = requireUniqueName(t.name, t.meta.id); !ok) {
        return fail(ok.error());
    }
    if (auto ok = TopicRepository(m_db).insert(t); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return t;
}

Result<Topic> TopicService::edit(const Id& id, const TopicInput& input, qint64 expectedVersion)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto valid = validate(input);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Topic t = *current;
    if (auto ok = requireUniqueName(valid->name, t.meta.id); !ok) {
        return fail(ok.error());
    }
    if (expectedVersion > 0) {
        t.meta.version = expectedVersion;
    }
    t.name = valid->name;
    t.area = valid->area;
    t.description = valid->description;
    t.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = TopicRepository(m_db).update(t); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++t.meta.version;
    return t;
}

Result<Topic> TopicService::get(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto found = TopicRepository(m_db).find(id.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no topic with id %1.").arg(id)));
    }
    return **found;
}

Result<Topic> TopicService::referenced(const QString& id, const QString& fieldKey)
{
    auto valid = Validation::requiredId(id, {fieldKey, tr("Topic")});
    if (!valid) {
        return fail(valid.error());
    }
    auto found = TopicRepository(m_db).find(*valid);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::invalid(fieldKey, tr("There is no topic with id “%1”.").arg(id)));
    }
    return **found;
}

Result<Topic> TopicService::resolve(const QString& idOrName, const QString& fieldKey)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    if (isWellFormedId(idOrName.trimmed().toLower())) {
        return referenced(idOrName, fieldKey);
    }
    if (idOrName.trimmed().isEmpty()) {
        return fail(Error::invalid(fieldKey, tr("Give a topic by its name or id.")));
    }
    auto found = TopicRepository(m_db).findByName(idOrName);
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::invalid(fieldKey, tr("There is no topic named “%1”.").arg(idOrName.trimmed())));
    }
    return **found;
}

Result<Page<Topic>> TopicService::list(const TopicFilter& filter, PageRequest page)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    return TopicRepository(m_db).list(filter, page);
}

Result<Topic> TopicService::remove(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    TopicRepository repo(m_db);
    auto usage = repo.usage(current->meta.id);
    if (!usage) {
        return fail(usage.error());
    }
    if (!usage->isUnused()) {
        QStringList sentences{tr("The topic “%1” is still in use and was not removed.").arg(current->name)};
        if (usage->courses > 0) {
            QStringList quoted;
            for (const QString& title : std::as_const(usage->courseTitles)) {
                quoted << tr("“%1”").arg(title);
            }
            if (usage->courses > usage->courseTitles.size()) {
                quoted << tr("…");
            }
            sentences
                << tr("%n course(s) cover it (%1).", nullptr, usage->courses).arg(quoted.join(QStringLiteral(", ")));
        }
        if (usage->goals > 0) {
            sentences << tr("%n learner goal(s) name it.", nullptr, usage->goals);
        }
        if (usage->expertise > 0) {
            sentences << tr("%n mentor expertise entry(ies) list it.", nullptr, usage->expertise);
        }
        if (usage->prerequisiteEdges > 0) {
            sentences << tr("%n prerequisite link(s) connect it to other topics.", nullptr, usage->prerequisiteEdges);
        }
        sentences << tr("Remove those references first.");
        return fail(Error::refused(sentences.join(u' ')));
    }
    const QDateTime now = m_clock.nowUtc();
    if (auto ok = repo.remove(current->meta.id, now); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    Topic removed = *current;
    removed.meta.deletedAt = removed.meta.updatedAt = now;
    ++removed.meta.version;
    return removed;
}

Result<void> TopicService::addPrerequisite(const Id& topicId, const Id& prerequisiteId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto topic = referenced(topicId, kTopicId);
    if (!topic) {
        return fail(topic.error());
    }
    auto prereq = referenced(prerequisiteId, kPrerequisiteId);
    if (!prereq) {
        return fail(prereq.error());
    }
    if (topic->meta.id == prereq->meta.id) {
        return fail(Error::invalid(kPrerequisiteId, tr("A topic cannot require itself (“%1”).").arg(topic->name)));
    }
    TopicRepository repo(m_db);
    const TopicEdge edge{topic->meta.id, prereq->meta.id};
    auto existing = repo.findEdge(edge);
    if (!existing) {
        return fail(existing.error());
    }
    if (existing->has_value()) {
        return fail(Error::conflict(tr("“%1” already requires “%2”.").arg(topic->name, prereq->name), kPrerequisiteId));
    }
    auto g = graph();
    if (!g) {
        return fail(g.error());
    }
    QList<Id> cycle;
    if (g->wouldCreateCycle(edge.topicId, edge.prerequisiteId, &cycle)) {
        QStringList names;
        for (const Id& id : std::as_const(cycle)) {
            auto t = get(id);
            if (!t) {
                return fail(t.error());
            }
            names << t->name;
        }
        return fail(Error::conflict(tr("“%1” cannot require “%2”: that would make a cycle %3.")
                                        .arg(topic->name, prereq->name, names.join(QStringLiteral(" → "))),
                                    kPrerequisiteId));
    }
    RecordMeta meta;
    meta.id = newId();
    meta.createdAt = meta.updatedAt = m_clock.nowUtc();
    meta.version = 1;
    if (auto ok = repo.insertEdge(meta, edge); !ok) {
        return fail(ok.error());
    }
    return tx->commit();
}

Result<void> TopicService::removePrerequisite(const Id& topicId, const Id& prerequisiteId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto topic = referenced(topicId, kTopicId);
    if (!topic) {
        return fail(topic.error());
    }
    auto prereq = referenced(prerequisiteId, kPrerequisiteId);
    if (!prereq) {
        return fail(prereq.error());
    }
    TopicRepository repo(m_db);
    auto existing = repo.findEdge({topic->meta.id, prereq->meta.id});
    if (!existing) {
        return fail(existing.error());
    }
    if (!existing->has_value()) {
        return fail(Error::notFound(tr("“%1” does not require “%2”.").arg(topic->name, prereq->name)));
    }
    if (auto ok = repo.removeEdge(**existing, m_clock.nowUtc()); !ok) {
        return ok;
    }
    return tx->commit();
}

Result<QList<Topic>> TopicService::prerequisites(const Id& topicId)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto topic = get(topicId);
    if (!topic) {
        return fail(topic.error());
    }
    return TopicRepository(m_db).prerequisitesOf(topic->meta.id);
}

Result<TopicGraph> TopicService::graph()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto edges = TopicRepository(m_db).edges();
    if (!edges) {
        return fail(edges.error());
    }
    return TopicGraph(*edges);
}

} // namespace mentordesk
