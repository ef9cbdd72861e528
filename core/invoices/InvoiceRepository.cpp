// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/InvoiceRepository.h"

#include "storage/Query.h"
#include "storage/SqlHelpers.h"

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, kind, status, series_id, number, number_text, "
    "payer_id, payer_name, payer_address, payer_tax_id, period, issue_date, due_date, currency, language, tax_mode, "
    "lines_total, net_total, tax_total, grand_total, credited_invoice_id, reason, tax_rule_note");

/// The columns above, qualified, with the payer's current name for drafts, plus paid and credited.
const QString kSelect = QStringLiteral(
    "SELECT i.id, i.created_at, i.updated_at, i.updated_by, i.version, i.deleted_at, i.kind, i.status, i.series_id, "
    "i.number, i.number_text, i.payer_id, "
    "CASE WHEN i.status = 'draft' THEN COALESCE((SELECT p.name FROM payers p WHERE p.id = i.payer_id), '') "
    "ELSE i.payer_name END AS payer_name, i.payer_address, i.payer_tax_id, i.period, i.issue_date, i.due_date, "
    "i.currency, i.language, i.tax_mode, i.lines_total, i.net_total, i.tax_total, i.grand_total, "
    "i.credited_invoice_id, i.reason, i.tax_rule_note, "
    "COALESCE((SELECT sum(p.applied_minor) FROM payments p WHERE p.invoice_id = i.id), 0) AS paid, "
    "COALESCE((SELECT -sum(c.grand_total) FROM invoices c WHERE c.credited_invoice_id = i.id AND c.status = 'issued' "
    "AND c.deleted_at IS NULL), 0) AS credited FROM invoices i WHERE i.deleted_at IS NULL");

/// The derived status (one place; Invoice.h states the rule). Binds `today` once.
const QString kStatus =
    QStringLiteral("CASE WHEN x.status = 'draft' THEN 'draft' WHEN x.kind = 'credit_note' THEN 'issued' "
                   "WHEN x.credited > 0 AND x.credited >= x.grand_total THEN 'credited' "
                   "WHEN x.grand_total - x.credited - x.paid <= 0 THEN 'paid' WHEN x.due_date < ? THEN 'overdue' "
                   "WHEN x.paid > 0 THEN 'partly_paid' ELSE 'issued' END");

Invoice readInvoice(const Statement& s)
{
    Invoice i;
    readMeta(s, i.meta);
    i.kind = s.text(6) == QStringLiteral("credit_note") ? InvoiceKind::CreditNote : InvoiceKind::Invoice;
    i.issued = s.text(7) == QStringLiteral("issued");
    i.seriesId = s.text(8);
    if (!s.isNull(9)) {
        i.number = s.integer(9);
    }
    i.numberText = s.text(10);
    i.payerId = s.text(11);
    i.payerName = s.text(12);
    i.payerAddress = s.text(13);
    i.payerTaxId = s.text(14);
    i.period = s.text(15);
    i.issueDate = fromSqlDate(s.text(16));
    i.dueDate = fromSqlDate(s.text(17));
    i.currency = s.text(18);
    i.language = s.text(19);
    i.taxMode = s.text(20) == QStringLiteral("inclusive") ? TaxMode::Inclusive : TaxMode::Exclusive;
    i.linesTotal = s.integer(21);
    i.netTotal = s.integer(22);
    i.taxTotal = s.integer(23);
    i.grandTotal = s.integer(24);
    i.creditedInvoiceId = s.text(25);
    i.reason = s.text(26);
    i.taxRuleNote = s.text(27);
    i.paidMinor = s.integer(28);
    i.creditedMinor = s.integer(29);
    i.status = Invoice::statusFromKey(s.text(30)).value_or(InvoiceStatus::Draft);
    return i;
}

} // namespace

InvoiceRepository::InvoiceRepository(Database& db)
    : m_db(db)
{}

Result<QList<Invoice>> InvoiceRepository::select(const QString& where, const QVariantList& values, const QDate& today,
                                                 const QString& tail)
{
    auto s =
        m_db.prepare(QStringLiteral("SELECT * FROM (SELECT x.*, ") + kStatus + QStringLiteral(" AS derived FROM (") +
                     kSelect + QStringLiteral(") x) y WHERE 1 = 1") + where + tail);
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlDate(today));
    for (const QVariant& v : values) {
        s->bind(v);
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Invoice> out;
    while (s->next()) {
        out.append(readInvoice(*s));
    }
    return out;
}

Result<std::optional<Invoice>> InvoiceRepository::find(const Id& id, const QDate& today)
{
    auto list = select(QStringLiteral(" AND y.id = ?"), {id}, today);
    if (!list) {
        return fail(list.error());
    }
    return list->isEmpty() ? std::optional<Invoice>() : std::optional<Invoice>(list->constFirst());
}

Result<std::optional<Invoice>> InvoiceRepository::findByNumber(const QString& numberText, const QDate& today)
{
    auto list = select(QStringLiteral(" AND y.number_text = ?"), {numberText}, today);
    if (!list) {
        return fail(list.error());
    }
    return list->isEmpty() ? std::optional<Invoice>() : std::optional<Invoice>(list->constFirst());
}

Result<Page<Invoice>> InvoiceRepository::list(const InvoiceFilter& f, PageRequest page, const QDate& today)
{
    QString where;
    QVariantList values;
    if (f.status) {
        where += QStringLiteral(" AND y.derived = ?");
        values << Invoice::statusKey(*f.status);
    }
    if (f.kind) {
        where += QStringLiteral(" AND y.kind = ?");
        values << Invoice::kindKey(*f.kind);
    }
    if (!f.payerId.isEmpty()) {
        where += QStringLiteral(" AND y.payer_id = ?");
        values << f.payerId;
    }
    if (!f.period.isEmpty()) {
        where += QStringLiteral(" AND y.period = ?");
        values << f.period;
    }
    if (f.issuedFrom.isValid()) {
        where += QStringLiteral(" AND y.issue_date >= ?");
        values << toSqlDate(f.issuedFrom);
    }
    if (f.issuedTo.isValid()) {
        where += QStringLiteral(" AND y.issue_date <= ?");
        values << toSqlDate(f.issuedTo);
    }
    Page<Invoice> result;
    result.offset = page.offset;
    {
        auto count =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT x.*, ") + kStatus +
                         QStringLiteral(" AS derived FROM (") + kSelect + QStringLiteral(") x) y WHERE 1 = 1") + where);
        if (!count) {
            return fail(count.error());
        }
        count->bind(toSqlDate(today));
        for (const QVariant& v : std::as_const(values)) {
            count->bind(v);
        }
        if (auto ok = count->exec(); !ok) {
            return fail(ok.error());
        }
        result.total = count->next() ? count->integer(0) : 0;
    }
    auto items = select(where, values + QVariantList{clampLimit(page.limit), qMax(0, page.offset)}, today,
                        QStringLiteral(" ORDER BY y.status = 'issued', y.issue_date, y.number, y.payer_name, y.id "
                                       "LIMIT ? OFFSET ?"));
    if (!items) {
        return fail(items.error());
    }
    result.items = *items;
    return result;
}

Result<QList<InvoiceLine>> InvoiceRepository::lines(const Id& invoiceId)
{
    auto s =
        Query::run(m_db,
                   QStringLiteral("SELECT id, created_at, updated_at, updated_by, version, deleted_at, invoice_id, "
                                  "position, COALESCE(learner_id, ''), COALESCE(enrollment_id, ''), "
                                  "COALESCE(plan_id, ''), group_label, kind, args, description, quantity, unit, "
                                  "unit_price_minor, amount_minor, COALESCE(tax_rate_id, ''), tax_rate_bp, "
                                  "tax_label, source_kind, source_id, COALESCE(credited_line_id, '') FROM "
                                  "invoice_lines WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY position"),
                   invoiceId);
    if (!s) {
        return fail(s.error());
    }
    QList<InvoiceLine> out;
    while (s->next()) {
        InvoiceLine l;
        readMeta(*s, l.meta);
        l.invoiceId = s->text(6);
        l.position = static_cast<int>(s->integer(7));
        l.learnerId = s->text(8);
        l.enrollmentId = s->text(9);
        l.planId = s->text(10);
        l.groupLabel = s->text(11);
        l.kind = s->text(12);
        l.argsJson = s->text(13);
        l.description = s->text(14);
        l.quantity = s->integer(15);
        l.unit = s->text(16);
        l.unitPriceMinor = s->integer(17);
        l.amountMinor = s->integer(18);
        l.taxRateId = s->text(19);
        l.taxRateBp = s->integer(20);
        l.taxLabel = s->text(21);
        l.sourceKind = s->text(22);
        l.sourceId = s->text(23);
        l.creditedLineId = s->text(24);
        out.append(l);
    }
    return out;
}

Result<QList<InvoiceTax>> InvoiceRepository::taxes(const Id& invoiceId)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT COALESCE(tax_rate_id, ''), label, rate_bp, lines_subtotal, net, tax, "
                                       "gross FROM invoice_taxes WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY "
                                       "position"),
                        invoiceId);
    if (!s) {
        return fail(s.error());
    }
    QList<InvoiceTax> out;
    while (s->next()) {
        out.append(InvoiceTax{s->text(0), s->text(1), s->integer(2), s->integer(3), s->integer(4), s->integer(5),
                              s->integer(6)});
    }
    return out;
}

Result<QList<Invoice>> InvoiceRepository::creditNotesFor(const Id& invoiceId, const QDate& today)
{
    return select(QStringLiteral(" AND y.credited_invoice_id = ?"), {invoiceId}, today,
                  QStringLiteral(" ORDER BY y.number"));
}

Result<QHash<Id, qint64>> InvoiceRepository::creditedPerLine(const Id& invoiceId)
{
    auto s =
        Query::run(m_db,
                   QStringLiteral("SELECT l.credited_line_id, -sum(l.amount_minor) FROM invoice_lines l JOIN "
                                  "invoices c ON c.id = l.invoice_id WHERE c.credited_invoice_id = ? AND c.status "
                                  "= 'issued' AND c.deleted_at IS NULL AND l.credited_line_id IS NOT NULL GROUP BY "
                                  "l.credited_line_id"),
                   invoiceId);
    if (!s) {
        return fail(s.error());
    }
    QHash<Id, qint64> out;
    while (s->next()) {
        out.insert(s->text(0), s->integer(1));
    }
    return out;
}

Result<QHash<Id, Invoice>> InvoiceRepository::draftsOf(const QString& period)
{
    auto list = select(QStringLiteral(" AND y.status = 'draft' AND y.kind = 'invoice' AND y.period = ?"), {period},
                       QDate(2000, 1, 1));
    if (!list) {
        return fail(list.error());
    }
    QHash<Id, Invoice> out;
    for (const Invoice& i : std::as_const(*list)) {
        out.insert(i.payerId, i);
    }
    return out;
}

Result<void> InvoiceRepository::insert(const Invoice& i)
{
    auto s =
        m_db.prepare(QStringLiteral("INSERT INTO invoices (") + kColumns +
                     QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, i.meta, m_db.deviceId());
    s->bind(Invoice::kindKey(i.kind)).bind(i.issued ? QStringLiteral("issued") : QStringLiteral("draft"));
    s->bindOptional(i.seriesId);
    s->bind(i.number ? QVariant(*i.number) : QVariant(QMetaType::fromType<qint64>()));
    s->bindOptional(i.numberText);
    s->bind(i.payerId).bind(i.payerName).bind(i.payerAddress).bind(i.payerTaxId).bind(i.period);
    s->bindOptional(toSqlDate(i.issueDate)).bindOptional(toSqlDate(i.dueDate));
    s->bind(i.currency).bind(i.language).bind(TaxRate::modeKey(i.taxMode));
    s->bind(i.linesTotal).bind(i.netTotal).bind(i.taxTotal).bind(i.grandTotal);
    s->bindOptional(i.creditedInvoiceId).bind(i.reason).bind(i.taxRuleNote);
    return s->exec();
}

Result<void> InvoiceRepository::updateDraft(const Invoice& i)
{
    auto s = Query::run(m_db,
                        QStringLiteral("UPDATE invoices SET updated_at = ?, updated_by = ?, version = version + 1, "
                                       "language = ?, tax_mode = ?, currency = ?, lines_total = ?, net_total = ?, "
                                       "tax_total = ?, grand_total = ?, tax_rule_note = ? WHERE id = ? AND status = "
                                       "'draft' AND deleted_at IS NULL"),
                        toSqlTime(i.meta.updatedAt), m_db.deviceId(), i.language, TaxRate::modeKey(i.taxMode),
                        i.currency, i.linesTotal, i.netTotal, i.taxTotal, i.grandTotal, i.taxRuleNote, i.meta.id);
    if (!s) {
        return fail(s.error());
    }
    return s->rowsAffected() == 1 ? Result<void>() : versionConflict(m_db, QStringLiteral("invoices"), i.meta.id);
}

Result<void> InvoiceRepository::markIssued(const Invoice& i)
{
    auto s = Query::run(m_db,
                        QStringLiteral("UPDATE invoices SET updated_at = ?, updated_by = ?, version = version + 1, "
                                       "status = 'issued', series_id = ?, number = ?, number_text = ?, payer_name = ?, "
                                       "payer_address = ?, payer_tax_id = ?, issue_date = ?, due_date = ?, language = "
                                       "?, tax_rule_note = ? WHERE id = ? AND version = ? AND status = 'draft' AND "
                                       "deleted_at IS NULL"),
                        toSqlTime(i.meta.updatedAt), m_db.deviceId(), i.seriesId, i.number.value_or(0), i.numberText,
                        i.payerName, i.payerAddress, i.payerTaxId, toSqlDate(i.issueDate), toSqlDate(i.dueDate),
                        i.language, i.taxRuleNote, i.meta.id, i.meta.version);
    if (!s) {
        return fail(s.error());
    }
    return s->rowsAffected() == 1 ? Result<void>() : versionConflict(m_db, QStringLiteral("invoices"), i.meta.id);
}

Result<void> InvoiceRepository::removeDraft(const Id& id, const QDateTime& nowUtc)
{
    return tombstone(m_db, QStringLiteral("invoices"), id, nowUtc);
}

Result<void> InvoiceRepository::insertLine(const InvoiceLine& l)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO invoice_lines (id, created_at, updated_at, updated_by, version, deleted_at, invoice_id, position, "
        "learner_id, enrollment_id, plan_id, group_label, kind, args, description, quantity, unit, unit_price_minor, "
        "amount_minor, tax_rate_id, tax_rate_bp, tax_label, source_kind, source_id, credited_line_id) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, l.meta, m_db.deviceId());
    s->bind(l.invoiceId).bind(l.position);
    s->bindOptional(l.learnerId).bindOptional(l.enrollmentId).bindOptional(l.planId);
    s->bind(l.groupLabel).bind(l.kind).bind(l.argsJson).bind(l.description).bind(l.quantity).bind(l.unit);
    s->bind(l.unitPriceMinor).bind(l.amountMinor).bindOptional(l.taxRateId).bind(l.taxRateBp).bind(l.taxLabel);
    s->bind(l.sourceKind).bind(l.sourceId).bindOptional(l.creditedLineId);
    return s->exec();
}

Result<void> InvoiceRepository::insertTax(const RecordMeta& meta, const Id& invoiceId, int position,
                                          const InvoiceTax& t)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO invoice_taxes (id, created_at, updated_at, updated_by, version, deleted_at, invoice_id, "
        "position, tax_rate_id, label, rate_bp, lines_subtotal, net, tax, gross) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, meta, m_db.deviceId());
    s->bind(invoiceId).bind(position).bindOptional(t.taxRateId).bind(t.label).bind(t.rateBp);
    s->bind(t.linesSubtotal).bind(t.net).bind(t.tax).bind(t.gross);
    return s->exec();
}

Result<void> InvoiceRepository::clearDraftSources(const QString& period)
{
    return Query::exec(m_db,
                       QStringLiteral("DELETE FROM billed_sources WHERE invoice_id IN (SELECT id FROM invoices WHERE "
                                      "period = ? AND status = 'draft' AND kind = 'invoice')"),
                       period);
}

Result<void> InvoiceRepository::clearDraftContents(const QString& period)
{
    const QString drafts = QStringLiteral("(SELECT id FROM invoices WHERE period = ? AND status = 'draft' AND kind = "
                                          "'invoice')");
    for (const QString& table : {QStringLiteral("billed_sources"), QStringLiteral("invoice_taxes")}) {
        if (auto ok = Query::exec(
                m_db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE invoice_id IN ") + drafts,
                period);
            !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace mentordesk
