// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanRepository.h"

#include "billing/PlanCodec.h"
#include "storage/Query.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, enrollment_id, "
                                        "kind, label, effective_from, tax_rate_id, terms");

Result<StoredPlan> readPlan(const Statement& s)
{
    StoredPlan p;
    readMeta(s, p.meta);
    p.enrollmentId = s.text(6);
    auto kind = Plan::parseKind(s.text(7), QStringLiteral("kind"));
    if (!kind) {
        return fail(kind.error());
    }
    p.plan.id = p.meta.id;
    p.plan.label = s.text(8);
    p.plan.effectiveFrom = fromSqlDate(s.text(9));
    p.plan.taxRateId = s.text(10);
    auto terms = PlanCodec::fromText(*kind, s.text(11));
    if (!terms) {
        return fail(Error::storage(terms.error().message));
    }
    p.plan.terms = *terms;
    return p;
}

Result<QList<StoredPlan>> readPlans(Result<Statement> s)
{
    if (!s) {
        return fail(s.error());
    }
    QList<StoredPlan> out;
    while (s->next()) {
        auto p = readPlan(*s);
        if (!p) {
            return fail(p.error());
        }
        out.append(*p);
    }
    return out;
}

} // namespace

PlanRepository::PlanRepository(Database& db)
    : m_db(db)
{}

Result<void> PlanRepository::insert(const StoredPlan& p)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO plans (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, p.meta, m_db.deviceId());
    s->bindOptional(p.enrollmentId)
        .bind(Plan::kindKey(p.plan.kind()))
        .bind(p.plan.label)
        .bind(toSqlDate(p.plan.effectiveFrom))
        .bindOptional(p.plan.taxRateId)
        .bind(QString::fromUtf8(QJsonDocument(PlanCodec::toJson(p.plan.terms)).toJson(QJsonDocument::Compact)));
    return s->exec();
}

Result<std::optional<StoredPlan>> PlanRepository::find(const Id& id)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(" FROM plans WHERE id = ? AND "
                                           "deleted_at IS NULL"),
                        id);
    if (!s) {
        return fail(s.error());
    }
    if (!s->next()) {
        return std::optional<StoredPlan>();
    }
    auto p = readPlan(*s);
    if (!p) {
        return fail(p.error());
    }
    return std::optional<StoredPlan>(*p);
}

Result<QList<StoredPlan>> PlanRepository::forEnrollment(const Id& enrollmentId)
{
    return readPlans(Query::run(m_db,
                                QStringLiteral("SELECT ") + kColumns +
                                    QStringLiteral(" FROM plans WHERE enrollment_id = ? AND deleted_at IS NULL "
                                                   "ORDER BY effective_from, id"),
                                enrollmentId));
}

Result<QList<StoredPlan>> PlanRepository::offered()
{
    return readPlans(
        Query::run(m_db, QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM plans WHERE enrollment_id IS NULL AND deleted_at IS NULL "
                                            "ORDER BY label COLLATE NOCASE, id")));
}

Result<QList<StoredPlan>> PlanRepository::effectiveBy(const QDate& until)
{
    return readPlans(
        Query::run(m_db,
                   QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM plans WHERE enrollment_id IS NOT NULL AND effective_from <= ? "
                                      "AND deleted_at IS NULL ORDER BY enrollment_id, effective_from, id"),
                   toSqlDate(until)));
}

Result<QHash<Id, QList<Plan>>> PlanRepository::plansByEnrollment(const QDate& until)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT id, enrollment_id, kind, label, effective_from, tax_rate_id, terms FROM "
                                       "plans WHERE enrollment_id IS NOT NULL AND effective_from <= ? AND deleted_at "
                                       "IS NULL ORDER BY enrollment_id, effective_from, id"),
                        toSqlDate(until));
    if (!s) {
        return fail(s.error());
    }
    // Why a cache: studios attach the same few plan templates to many enrollments; parsing JSON dominated.
    QHash<QString, Plan::Terms> parsed; // kind + '\n' + terms text → terms
    QHash<Id, QList<Plan>> out;
    // Rows come grouped by enrollment: each group is collected here and goes into `out` in one insert.
    Id enrollmentId;
    QList<Plan> group;
    while (s->next()) {
        const QString kindText = s->text(2);
        const QString termsText = s->text(6);
        const QString key = kindText + QLatin1Char('\n') + termsText;
        auto cached = parsed.constFind(key);
        if (cached == parsed.cend()) {
            auto kind = Plan::parseKind(kindText, QStringLiteral("kind"));
            if (!kind) {
                return fail(kind.error());
            }
            auto terms = PlanCodec::fromText(*kind, termsText);
            if (!terms) {
                return fail(Error::storage(terms.error().message));
            }
            cached = parsed.insert(key, *terms);
        }
        Plan p;
        p.id = s->text(0);
        p.label = s->text(3);
        p.effectiveFrom = fromSqlDate(s->text(4));
        p.taxRateId = s->text(5);
        p.terms = *cached;
        const Id owner = s->text(1);
        if (owner != enrollmentId) {
            if (!group.isEmpty()) {
                out.insert(enrollmentId, std::move(group));
                group = {};
            }
            enrollmentId = owner;
        }
        group.append(std::move(p));
    }
    if (!group.isEmpty()) {
        out.insert(enrollmentId, std::move(group));
    }
    return out;
}

Result<void> PlanRepository::remove(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, QStringLiteral("plans"), id, nowUtc);
}

Result<bool> PlanRepository::hasBilled(const Id& planId)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                                       "WHERE l.plan_id = ? AND i.deleted_at IS NULL LIMIT 1"),
                        planId);
    if (!s) {
        return fail(s.error());
    }
    return s->next();
}

Result<void> PlanRepository::insertPurchase(const StoredPackagePurchase& p)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO package_purchases (id, created_at, updated_at, updated_by, version, deleted_at, plan_id, "
        "enrollment_id, purchased_on, minutes, price_minor, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, p.meta, m_db.deviceId());
    s->bind(p.planId)
        .bind(p.enrollmentId)
        .bind(toSqlDate(p.purchasedOn))
        .bind(p.minutes)
        .bind(p.priceMinor)
        .bindOptional(toSqlDate(p.validUntil));
    return s->exec();
}

Result<QList<StoredPackagePurchase>> PlanRepository::purchases(const Id& planId)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT id, created_at, updated_at, updated_by, version, deleted_at, plan_id, "
                                       "enrollment_id, purchased_on, minutes, price_minor, valid_until FROM "
                                       "package_purchases WHERE plan_id = ? AND deleted_at IS NULL ORDER BY "
                                       "purchased_on, id"),
                        planId);
    if (!s) {
        return fail(s.error());
    }
    QList<StoredPackagePurchase> out;
    while (s->next()) {
        StoredPackagePurchase p;
        readMeta(*s, p.meta);
        p.planId = s->text(6);
        p.enrollmentId = s->text(7);
        p.purchasedOn = fromSqlDate(s->text(8));
        p.minutes = s->integer(9);
        p.priceMinor = s->integer(10);
        p.validUntil = fromSqlDate(s->text(11));
        out.append(p);
    }
    return out;
}

Result<void> PlanRepository::setMilestoneReached(const RecordMeta& meta, const Id& planId, const QString& milestoneId,
                                                 const QDate& reachedOn)
{
    auto updated =
        Query::run(m_db,
                   QStringLiteral("UPDATE milestone_states SET reached_on = ?, updated_at = ?, updated_by = ?, "
                                  "version = version + 1 WHERE plan_id = ? AND milestone_id = ? AND "
                                  "deleted_at IS NULL"),
                   toSqlDate(reachedOn), toSqlTime(meta.updatedAt), m_db.deviceId(), planId, milestoneId);
    if (!updated) {
        return fail(updated.error());
    }
    if (updated->rowsAffected() > 0) {
        return {};
    }
    auto s = m_db.prepare(
        QStringLiteral("INSERT INTO milestone_states (id, created_at, updated_at, updated_by, version, "
                       "deleted_at, plan_id, milestone_id, reached_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(planId).bind(milestoneId).bind(toSqlDate(reachedOn));
    return s->exec();
}

Result<void> PlanRepository::setModuleStarted(const RecordMeta& meta, const Id& enrollmentId, const Id& moduleId,
                                              const QDate& startedOn)
{
    auto updated = Query::run(m_db,
                              QStringLiteral("UPDATE module_starts SET started_on = ?, updated_at = ?, updated_by = ?, "
                                             "version = version + 1 WHERE enrollment_id = ? AND module_id = ? AND "
                                             "deleted_at IS NULL"),
                              toSqlDate(startedOn), toSqlTime(meta.updatedAt), m_db.deviceId(), enrollmentId, moduleId);
    if (!updated) {
        return fail(updated.error());
    }
    if (updated->rowsAffected() > 0) {
        return {};
    }
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO module_starts (id, created_at, updated_at, updated_by, version, "
                                    "deleted_at, enrollment_id, module_id, started_on) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(enrollmentId).bind(moduleId).bind(toSqlDate(startedOn));
    return s->exec();
}

Result<void> PlanRepository::insertDiscount(const StoredDiscount& d)
{
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO discounts (id, created_at, updated_at, updated_by, version, "
                                    "deleted_at, payer_id, plan_id, label, kind, value) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, d.meta, m_db.deviceId());
    s->bindOptional(d.payerId)
        .bindOptional(d.planId)
        .bind(d.label)
        .bind(d.percent ? QStringLiteral("percent") : QStringLiteral("fixed"))
        .bind(d.value);
    return s->exec();
}

Result<QList<StoredDiscount>> PlanRepository::discounts()
{
    auto s = Query::run(m_db, QStringLiteral("SELECT id, created_at, updated_at, updated_by, version, deleted_at, "
                                             "payer_id, plan_id, label, kind, value FROM discounts WHERE deleted_at IS "
                                             "NULL ORDER BY created_at, id"));
    if (!s) {
        return fail(s.error());
    }
    QList<StoredDiscount> out;
    while (s->next()) {
        StoredDiscount d;
        readMeta(*s, d.meta);
        d.payerId = s->text(6);
        d.planId = s->text(7);
        d.label = s->text(8);
        d.percent = s->text(9) == QStringLiteral("percent");
        d.value = s->integer(10);
        out.append(d);
    }
    return out;
}

Result<void> PlanRepository::removeDiscount(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, QStringLiteral("discounts"), id, nowUtc);
}

} // namespace mentordesk
