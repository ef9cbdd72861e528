// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/DraftLineRepository.h"

#include "storage/Query.h"
#include "storage/SqlHelpers.h"

namespace mentordesk {

DraftLineRepository::DraftLineRepository(Database& db)
    : m_db(db)
{}

Result<QList<Id>> DraftLineRepository::draftLineIds(const Id& invoiceId)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT l.id FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE "
                                       "l.invoice_id = ? AND i.status = 'draft' ORDER BY l.position, l.id"),
                        invoiceId);
    if (!s) {
        return fail(s.error());
    }
    QList<Id> ids;
    while (s->next()) {
        ids.append(s->text(0));
    }
    return ids;
}

Result<void> DraftLineRepository::updateLine(const InvoiceLine& l)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE invoice_lines SET updated_at = ?, updated_by = ?, version = version + 1, deleted_at = NULL, "
        "invoice_id = ?, position = ?, learner_id = ?, enrollment_id = ?, plan_id = ?, group_label = ?, kind = ?, "
        "args = ?, description = ?, quantity = ?, unit = ?, unit_price_minor = ?, amount_minor = ?, tax_rate_id = ?, "
        "tax_rate_bp = ?, tax_label = ?, source_kind = ?, source_id = ?, credited_line_id = ? WHERE id = ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(l.meta.updatedAt)).bind(m_db.deviceId());
    s->bind(l.invoiceId).bind(l.position);
    s->bindOptional(l.learnerId).bindOptional(l.enrollmentId).bindOptional(l.planId);
    s->bind(l.groupLabel).bind(l.kind).bind(l.argsJson).bind(l.description).bind(l.quantity).bind(l.unit);
    s->bind(l.unitPriceMinor).bind(l.amountMinor).bindOptional(l.taxRateId).bind(l.taxRateBp).bind(l.taxLabel);
    s->bind(l.sourceKind).bind(l.sourceId).bindOptional(l.creditedLineId).bind(l.meta.id);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    return s->rowsAffected() == 1 ? Result<void>() : versionConflict(m_db, QStringLiteral("invoice_lines"), l.meta.id);
}

Result<void> DraftLineRepository::deleteLines(const QList<Id>& lineIds)
{
    for (const Id& id : lineIds) {
        if (auto ok = Query::exec(m_db, QStringLiteral("DELETE FROM invoice_lines WHERE id = ?"), id); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace mentordesk
