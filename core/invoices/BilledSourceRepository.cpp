// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/BilledSourceRepository.h"

#include "storage/Query.h"
#include "storage/SqlHelpers.h"

namespace mentordesk {

BilledSourceRepository::BilledSourceRepository(Database& db)
    : m_db(db)
{}

Result<void> BilledSourceRepository::insert(const RecordMeta& meta, const Id& invoiceId, const Id& lineId,
                                            const SourceLink& l)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO billed_sources (id, created_at, updated_at, updated_by, version, deleted_at, invoice_id, line_id, "
        "enrollment_id, plan_id, scope_id, source_kind, source_id, minutes, package_id, make_up_delta) VALUES (?, ?, "
        "?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(invoiceId).bind(lineId).bindOptional(l.enrollmentId).bindOptional(l.planId).bind(l.scopeId);
    s->bind(l.kind).bind(l.sourceId).bind(l.minutes).bindOptional(l.packageId).bind(l.makeUpDelta);
    return s->exec();
}

Result<void> BilledSourceRepository::releaseInvoice(const Id& invoiceId, const QDateTime& nowUtc)
{
    const QString now = toSqlTime(nowUtc);
    return Query::exec(m_db,
                       QStringLiteral("UPDATE billed_sources SET released_at = ?, updated_at = ?, updated_by = ?, "
                                      "version = version + 1 WHERE invoice_id = ? AND released_at IS NULL AND "
                                      "deleted_at IS NULL"),
                       now, now, m_db.deviceId(), invoiceId);
}

Result<QList<SourceLink>> BilledSourceRepository::forInvoice(const Id& invoiceId)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT scope_id, source_kind, source_id, COALESCE(enrollment_id, ''), "
                                       "COALESCE(plan_id, ''), minutes, COALESCE(package_id, ''), make_up_delta FROM "
                                       "billed_sources WHERE invoice_id = ? AND deleted_at IS NULL AND released_at IS "
                                       "NULL ORDER BY source_kind, source_id"),
                        invoiceId);
    if (!s) {
        return fail(s.error());
    }
    QList<SourceLink> out;
    while (s->next()) {
        out.append(SourceLink{s->text(0), s->text(1), s->text(2), s->text(3), s->text(4), s->integer(5), s->text(6),
                              static_cast<int>(s->integer(7))});
    }
    return out;
}

} // namespace mentordesk
