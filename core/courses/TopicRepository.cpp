// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/TopicRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

#include <algorithm>

namespace mentordesk {

namespace {

const QString kTopics = QStringLiteral("topics");
const QString kEdges = QStringLiteral("topic_prerequisites");
const QString kColumns =
    QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, name, area, description");

Topic readTopic(const Statement& s)
{
    Topic t;
    readMeta(s, t.meta);
    t.name = s.text(6);
    t.area = s.text(7);
    t.description = s.text(8);
    return t;
}

/// Runs a prepared statement that yields topics.
Result<QList<Topic>> readTopics(Statement& s)
{
    if (auto ok = s.exec(); !ok) {
        return fail(ok.error());
    }
    QList<Topic> out;
    while (s.next()) {
        out.append(readTopic(s));
    }
    return out;
}

/// Runs a prepared `SELECT count(*) …` with `id` bound `times` times.
Result<int> countFor(Database& db, const QString& sql, const Id& id, int times = 1)
{
    auto s = db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    for (int i = 0; i < times; ++i) {
        s->bind(id);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? static_cast<int>(s->integer(0)) : 0;
}

} // namespace

TopicRepository::TopicRepository(Database& db)
    : m_db(db)
{}

Result<void> TopicRepository::insert(const Topic& t)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO topics (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, t.meta, m_db.deviceId());
    s->bind(t.name).bind(t.area).bind(t.description);
    return s->exec();
}

Result<void> TopicRepository::update(const Topic& t)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE topics SET updated_at = ?, updated_by = ?, version = version + 1, "
                                         "name = ?, area = ?, description = ? "
                                         "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(t.meta.updatedAt)).bind(m_db.deviceId()).bind(t.name).bind(t.area).bind(t.description);
    s->bind(t.meta.id).bind(t.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, kTopics, t.meta.id);
}

Result<void> TopicRepository::remove(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, kTopics, id, nowUtc);
}

Result<std::optional<Topic>> TopicRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM topics WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    auto rows = readTopics(*s);
    if (!rows) {
        return fail(rows.error());
    }
    return rows->isEmpty() ? std::optional<Topic>() : std::optional<Topic>(rows->first());
}

Result<std::optional<Topic>> TopicRepository::findByName(const QString& name)
{
    const QString wanted = name.trimmed();
    Id match;
    {
        // Why: SQLite's NOCASE folds ASCII only; for other scripts compare with Qt's case folding.
        const bool ascii = std::all_of(wanted.cbegin(), wanted.cend(), [](QChar c) { return c.unicode() < 0x80; });
        auto s = ascii ? m_db.prepare(QStringLiteral(
                             "SELECT id, name FROM topics WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE"))
                       : m_db.prepare(QStringLiteral("SELECT id, name FROM topics WHERE deleted_at IS NULL"));
        if (!s) {
            return fail(s.error());
        }
        if (ascii) {
            s->bind(wanted);
        }
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (match.isEmpty() && s->next()) {
            if (s->text(1).compare(wanted, Qt::CaseInsensitive) == 0) {
                match = s->text(0);
            }
        }
    }
    if (match.isEmpty()) {
        return std::optional<Topic>();
    }
    return find(match);
}

Result<Page<Topic>> TopicRepository::list(const TopicFilter& filter, PageRequest page)
{
    const bool byText = !filter.text.trimmed().isEmpty();
    const bool byArea = !filter.area.trimmed().isEmpty();
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    if (byText) {
        where += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')");
    }
    if (byArea) {
        where += QStringLiteral(" AND area = ? COLLATE NOCASE");
    }
    const auto bindFilter = [&](Statement& st) {
        if (byText) {
            st.bind(likePattern(filter.text)).bind(likePattern(filter.text));
        }
        if (byArea) {
            st.bind(filter.area.trimmed());
        }
    };
    Page<Topic> result;
    result.offset = page.offset;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM topics") + where);
        if (!count) {
            return fail(count.error());
        }
        bindFilter(*count);
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM topics") + where +
                          QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    bindFilter(*s);
    s->bind(clampLimit(page.limit)).bind(qMax(0, page.offset));
    auto rows = readTopics(*s);
    if (!rows) {
        return fail(rows.error());
    }
    result.items = std::move(*rows);
    return result;
}

Result<TopicUsage> TopicRepository::usage(const Id& id)
{
    TopicUsage u;
    {
        auto s = m_db.prepare(QStringLiteral(
            "SELECT c.title FROM course_topics ct JOIN courses c ON c.id = ct.course_id AND c.deleted_at IS NULL "
            "WHERE ct.topic_id = ? AND ct.deleted_at IS NULL ORDER BY c.title COLLATE NOCASE, c.id"));
        if (!s) {
            return fail(s.error());
        }
        s->bind(id);
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (s->next()) {
            if (++u.courses <= 3) {
                u.courseTitles.append(s->text(0));
            }
        }
    }
    auto goals = countFor(m_db,
                          QStringLiteral("SELECT count(*) FROM learner_goals g JOIN learners l ON l.id = g.learner_id "
                                         "AND l.deleted_at IS NULL WHERE g.topic_id = ? AND g.deleted_at IS NULL"),
                          id);
    auto expertise = countFor(m_db,
                              QStringLiteral("SELECT count(*) FROM mentor_expertise e JOIN mentors m ON m.id = "
                                             "e.mentor_id AND m.deleted_at IS NULL WHERE e.topic_id = ? AND "
                                             "e.deleted_at IS NULL"),
                              id);
    auto edges = countFor(m_db,
                          QStringLiteral("SELECT count(*) FROM topic_prerequisites WHERE deleted_at IS NULL AND "
                                         "(topic_id = ? OR prerequisite_id = ?)"),
                          id, 2);
    for (const auto* r : {&goals, &expertise, &edges}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    u.goals = *goals;
    u.expertise = *expertise;
    u.prerequisiteEdges = *edges;
    return u;
}

Result<void> TopicRepository::insertEdge(const RecordMeta& meta, const TopicEdge& edge)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO topic_prerequisites (id, created_at, updated_at, updated_by, "
                                         "version, deleted_at, topic_id, prerequisite_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(edge.topicId).bind(edge.prerequisiteId);
    return s->exec();
}

Result<std::optional<Id>> TopicRepository::findEdge(const TopicEdge& edge)
{
    auto s = m_db.prepare(QStringLiteral("SELECT id FROM topic_prerequisites WHERE topic_id = ? AND "
                                         "prerequisite_id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(edge.topicId).bind(edge.prerequisiteId);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? std::optional<Id>(s->text(0)) : std::optional<Id>();
}

Result<void> TopicRepository::removeEdge(const Id& edgeId, const QDateTime& nowUtc)
{
    return tombstone(m_db, kEdges, edgeId, nowUtc);
}

Result<QList<TopicEdge>> TopicRepository::edges()
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT e.topic_id, e.prerequisite_id FROM topic_prerequisites e "
        "JOIN topics t ON t.id = e.topic_id AND t.deleted_at IS NULL "
        "JOIN topics p ON p.id = e.prerequisite_id AND p.deleted_at IS NULL WHERE e.deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<TopicEdge> out;
    while (s->next()) {
        out.append({s->text(0), s->text(1)});
    }
    return out;
}

Result<QList<Topic>> TopicRepository::prerequisitesOf(const Id& topicId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT t.id, t.created_at, t.updated_at, t.updated_by, t.version, "
                                         "t.deleted_at, t.name, t.area, t.description FROM topic_prerequisites e "
                                         "JOIN topics t ON t.id = e.prerequisite_id AND t.deleted_at IS NULL "
                                         "WHERE e.topic_id = ? AND e.deleted_at IS NULL "
                                         "ORDER BY t.name COLLATE NOCASE, t.id"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(topicId);
    return readTopics(*s);
}

} // namespace mentordesk
