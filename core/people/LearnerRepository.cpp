// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerRepository.h"

#include "people/TagList.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, mentor_id, payer_id, name, email, phone, "
    "birth_year, level, weekly_minutes, status, notes, tags, consent_contact, consent_photos");
const QString kOrder = QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
const QString kActive = QStringLiteral(" AND status IN ('active', 'paused')");
constexpr int kCountBatch = 100;

Learner readLearner(const Statement& s)
{
    Learner l;
    readMeta(s, l.meta);
    l.mentorId = s.text(6);
    l.payerId = s.text(7);
    l.name = s.text(8);
    l.email = s.text(9);
    l.phone = s.text(10);
    if (!s.isNull(11)) {
        l.birthYear = static_cast<int>(s.integer(11));
    }
    l.level = static_cast<int>(s.integer(12));
    l.weeklyMinutes = static_cast<int>(s.integer(13));
    l.status = learnerStatusFromKey(s.text(14)).value_or(LearnerStatus::Active);
    l.notes = s.text(15);
    l.tags = TagList::split(s.text(16));
    l.consentContact = s.integer(17) != 0;
    l.consentPhotos = s.integer(18) != 0;
    return l;
}

void bindFields(Statement& s, const Learner& l)
{
    s.bindOptional(l.mentorId).bindOptional(l.payerId).bind(l.name).bind(l.email).bind(l.phone);
    s.bind(l.birthYear ? QVariant(*l.birthYear) : QVariant());
    s.bind(l.level).bind(l.weeklyMinutes).bind(learnerStatusKey(l.status)).bind(l.notes).bind(TagList::join(l.tags));
    s.bind(l.consentContact).bind(l.consentPhotos);
}

QList<LearnerStatus> effectiveStatuses(const LearnerFilter& filter)
{
    if (filter.statuses.isEmpty()) {
        return {LearnerStatus::Active, LearnerStatus::Paused};
    }
    QList<LearnerStatus> unique;
    for (LearnerStatus status : filter.statuses) {
        if (!unique.contains(status)) {
            unique.append(status);
        }
    }
    return unique;
}

/// Learners a mentor teaches: their main mentor or a live enrollment with them (docs/security.md).
const QString kTaughtBy =
    QStringLiteral(" AND (mentor_id = ? OR EXISTS (SELECT 1 FROM enrollments e WHERE e.learner_id = learners.id "
                   "AND e.mentor_id = ? AND e.deleted_at IS NULL))");

QString filterClause(const LearnerFilter& filter)
{
    QString where = QStringLiteral(" WHERE deleted_at IS NULL");
    const QList<LearnerStatus> statuses = effectiveStatuses(filter);
    if (statuses.size() < 3) {
        QStringList marks(statuses.size(), QStringLiteral("?"));
        where += QStringLiteral(" AND status IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    if (!filter.mentorId.isEmpty()) {
        where += QStringLiteral(" AND mentor_id = ?");
    }
    if (!filter.payerId.isEmpty()) {
        where += QStringLiteral(" AND payer_id = ?");
    }
    if (!filter.taughtBy.isEmpty()) {
        where += kTaughtBy;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
                                "OR tags LIKE ? ESCAPE '\\')");
    }
    return where;
}

void bindFilter(Statement& s, const LearnerFilter& filter)
{
    const QList<LearnerStatus> statuses = effectiveStatuses(filter);
    if (statuses.size() < 3) {
        for (LearnerStatus status : statuses) {
            s.bind(learnerStatusKey(status));
        }
    }
    if (!filter.mentorId.isEmpty()) {
        s.bind(filter.mentorId);
    }
    if (!filter.payerId.isEmpty()) {
        s.bind(filter.payerId);
    }
    if (!filter.taughtBy.isEmpty()) {
        s.bind(filter.taughtBy).bind(filter.taughtBy);
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = likePattern(filter.text);
        s.bind(pattern).bind(pattern).bind(pattern).bind(pattern);
    }
}

} // namespace

LearnerRepository::LearnerRepository(Database& db)
    : m_db(db)
{}

Result<void> LearnerRepository::insert(const Learner& l)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO learners (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, l.meta, m_db.deviceId());
    bindFields(*s, l);
    return s->exec();
}

Result<void> LearnerRepository::update(const Learner& l)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE learners SET updated_at = ?, updated_by = ?, version = version + 1, mentor_id = ?, payer_id = ?, "
        "name = ?, email = ?, phone = ?, birth_year = ?, level = ?, weekly_minutes = ?, status = ?, notes = ?, "
        "tags = ?, consent_contact = ?, consent_photos = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(l.meta.updatedAt)).bind(m_db.deviceId());
    bindFields(*s, l);
    s->bind(l.meta.id).bind(l.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("learners"), l.meta.id);
}

Result<std::optional<Learner>> LearnerRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM learners WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Learner>();
    }
    return std::optional<Learner>(readLearner(*s));
}

Result<Page<Learner>> LearnerRepository::list(const LearnerFilter& filter, PageRequest page)
{
    const QString where = filterClause(filter);
    Page<Learner> result;
    result.offset = qMax(0, page.offset);
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM learners") + where);
        if (!count) {
            return fail(count.error());
        }
        bindFilter(*count, filter);
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM learners") + where + kOrder +
                          QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!s) {
        return fail(s.error());
    }
    bindFilter(*s, filter);
    s->bind(clampLimit(page.limit)).bind(result.offset);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    while (s->next()) {
        result.items.append(readLearner(*s));
    }
    return result;
}

Result<QList<Learner>> LearnerRepository::listByPayer(const Id& payerId, const Id& taughtBy)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM learners WHERE payer_id = ? AND deleted_at IS NULL") +
                          (taughtBy.isEmpty() ? QString() : kTaughtBy) + kOrder);
    if (!s) {
        return fail(s.error());
    }
    s->bind(payerId);
    if (!taughtBy.isEmpty()) {
        s->bind(taughtBy).bind(taughtBy);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Learner> out;
    while (s->next()) {
        out.append(readLearner(*s));
    }
    return out;
}

Result<QHash<Id, int>> LearnerRepository::activeCountsByMentor()
{
    auto s = m_db.prepare(QStringLiteral("SELECT mentor_id, count(*) FROM learners WHERE deleted_at IS NULL AND "
                                         "mentor_id IS NOT NULL") +
                          kActive + QStringLiteral(" GROUP BY mentor_id"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QHash<Id, int> counts;
    while (s->next()) {
        counts.insert(s->text(0), static_cast<int>(s->integer(1)));
    }
    return counts;
}

Result<QHash<Id, int>> LearnerRepository::activeCountsByPayer(const QList<Id>& payerIds)
{
    static const QString sql = QStringLiteral("SELECT payer_id, count(*) FROM learners WHERE deleted_at IS NULL") +
                               kActive + QStringLiteral(" AND payer_id IN (") + placeholderList(kCountBatch) +
                               QStringLiteral(") GROUP BY payer_id");
    QHash<Id, int> counts;
    for (qsizetype start = 0; start < payerIds.size(); start += kCountBatch) {
        auto s = m_db.prepare(sql);
        if (!s) {
            return fail(s.error());
        }
        for (qsizetype i = start; i < start + kCountBatch; ++i) {
            s->bind(i < payerIds.size() ? payerIds[i] : QString()); // padded: the SQL text stays the same
        }
        if (auto ok = s->exec(); !ok) {
            return fail(ok.error());
        }
        while (s->next()) {
            counts.insert(s->text(0), static_cast<int>(s->integer(1)));
        }
    }
    return counts;
}

} // namespace mentordesk
