// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/DraftLineRepository.h"

#include "storage/Query.h"
#include "storage/SqlHelpers.h"

namespace mentordesk {

DraftLineRepository::DraftLineRepository(Database& db)
    : m_db(db)
{}

Result<QHash<Id, QList<InvoiceLine>>> DraftLineRepository::draftLinesOf(const QString& period)
{
    auto s = Query::run(
        m_db,
        QStringLiteral("SELECT l.id, l.deleted_at, l.invoice_id, l.position, COALESCE(l.learner_id, ''), "
                       "COALESCE(l.enrollment_id, ''), COALESCE(l.plan_id, ''), l.group_label, l.kind, l.args, "
                       "l.description, l.quantity, l.unit, l.unit_price_minor, l.amount_minor, "
                       "COALESCE(l.tax_rate_id, ''), l.tax_rate_bp, l.tax_label, l.source_kind, l.source_id, "
                       "COALESCE(l.credited_line_id, '') FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                       "WHERE i.period = ? AND i.status = 'draft' AND i.kind = 'invoice' AND i.deleted_at IS NULL "
                       "ORDER BY l.invoice_id, l.position, l.id"),
        period);
    if (!s) {
        return fail(s.error());
    }
    QHash<Id, QList<InvoiceLine>> out;
    while (s->next()) {
        InvoiceLine l;
        l.meta.id = s->text(0);
        if (!s->isNull(1)) {
            l.meta.deletedAt = fromSqlTime(s->text(1));
        }
        l.invoiceId = s->text(2);
        l.position = static_cast<int>(s->integer(3));
        l.learnerId = s->text(4);
        l.enrollmentId = s->text(5);
        l.planId = s->text(6);
        l.groupLabel = s->text(7);
        l.kind = s->text(8);
        l.argsJson = s->text(9);
        l.description = s->text(10);
        l.quantity = s->integer(11);
        l.unit = s->text(12);
        l.unitPriceMinor = s->integer(13);
        l.amountMinor = s->integer(14);
        l.taxRateId = s->text(15);
        l.taxRateBp = s->integer(16);
        l.taxLabel = s->text(17);
        l.sourceKind = s->text(18);
        l.sourceId = s->text(19);
        l.creditedLineId = s->text(20);
        out[l.invoiceId].append(l);
    }
    return out;
}

bool DraftLineRepository::sameContent(const InvoiceLine& stored, const InvoiceLine& next)
{
    return !stored.meta.deletedAt.isValid() && stored.invoiceId == next.invoiceId && stored.position == next.position &&
           stored.learnerId == next.learnerId && stored.enrollmentId == next.enrollmentId &&
           stored.planId == next.planId && stored.groupLabel == next.groupLabel && stored.kind == next.kind &&
           stored.argsJson == next.argsJson && stored.description == next.description &&
           stored.quantity == next.quantity && stored.unit == next.unit &&
           stored.unitPriceMinor == next.unitPriceMinor && stored.amountMinor == next.amountMinor &&
           stored.taxRateId == next.taxRateId && stored.taxRateBp == next.taxRateBp &&
           stored.taxLabel == next.taxLabel && stored.sourceKind == next.sourceKind &&
           stored.sourceId == next.sourceId && stored.creditedLineId == next.creditedLineId;
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
