// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingSettingsRepository.h"

#include "storage/Query.h"
#include "storage/SqlHelpers.h"

namespace mentordesk {

namespace {

const QString kSettingsColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, tax_mode, late_cancel_hours, late_cancel_percent_bp, "
    "no_show_percent_bp, make_up_credits, invoice_series_id, credit_note_series_id, payment_terms_note");

const QString kSeriesColumns =
    QStringLiteral("id, created_at, updated_at, updated_by, version, deleted_at, kind, prefix, digits, next_number");

InvoiceSeries readSeries(const Statement& s)
{
    InvoiceSeries out;
    readMeta(s, out.meta);
    out.kind = s.text(6);
    out.prefix = s.text(7);
    out.digits = static_cast<int>(s.integer(8));
    out.nextNumber = s.integer(9);
    return out;
}

} // namespace

BillingSettingsRepository::BillingSettingsRepository(Database& db)
    : m_db(db)
{}

Result<std::optional<BillingSettings>> BillingSettingsRepository::load()
{
    auto s = Query::run(m_db, QStringLiteral("SELECT ") + kSettingsColumns +
                                  QStringLiteral(" FROM billing_settings WHERE deleted_at IS NULL ORDER BY created_at, "
                                                 "id LIMIT 1"));
    if (!s) {
        return fail(s.error());
    }
    if (!s->next()) {
        return std::optional<BillingSettings>();
    }
    BillingSettings b;
    readMeta(*s, b.meta);
    b.taxMode = s->text(6) == QStringLiteral("inclusive") ? TaxMode::Inclusive : TaxMode::Exclusive;
    b.attendance.lateCancelHours = static_cast<int>(s->integer(7));
    b.attendance.lateCancelPercentBp = s->integer(8);
    b.attendance.noShowPercentBp = s->integer(9);
    b.attendance.makeUpCredits = s->integer(10) != 0;
    b.invoiceSeriesId = s->text(11);
    b.creditNoteSeriesId = s->text(12);
    b.paymentTermsNote = s->text(13);
    return std::optional<BillingSettings>(b);
}

Result<void> BillingSettingsRepository::insert(const BillingSettings& b)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO billing_settings (") + kSettingsColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, b.meta, m_db.deviceId());
    s->bind(TaxRate::modeKey(b.taxMode))
        .bind(b.attendance.lateCancelHours)
        .bind(b.attendance.lateCancelPercentBp)
        .bind(b.attendance.noShowPercentBp)
        .bind(b.attendance.makeUpCredits)
        .bindOptional(b.invoiceSeriesId)
        .bindOptional(b.creditNoteSeriesId)
        .bind(b.paymentTermsNote);
    return s->exec();
}

Result<void> BillingSettingsRepository::update(const BillingSettings& b)
{
    auto s = Query::run(
        m_db,
        QStringLiteral(
            "UPDATE billing_settings SET updated_at = ?, updated_by = ?, version = version + 1, tax_mode = ?, "
            "late_cancel_hours = ?, late_cancel_percent_bp = ?, no_show_percent_bp = ?, make_up_credits = ?, "
            "invoice_series_id = ?, credit_note_series_id = ?, payment_terms_note = ? "
            "WHERE id = ? AND version = ? AND deleted_at IS NULL"),
        toSqlTime(b.meta.updatedAt), m_db.deviceId(), TaxRate::modeKey(b.taxMode), b.attendance.lateCancelHours,
        b.attendance.lateCancelPercentBp, b.attendance.noShowPercentBp, b.attendance.makeUpCredits,
        NullableText{b.invoiceSeriesId}, NullableText{b.creditNoteSeriesId}, b.paymentTermsNote, b.meta.id,
        b.meta.version);
    if (!s) {
        return fail(s.error());
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("billing_settings"), b.meta.id);
}

Result<QList<StoredTaxRate>> BillingSettingsRepository::taxRates()
{
    auto s = Query::run(m_db, QStringLiteral("SELECT id, created_at, updated_at, updated_by, version, deleted_at, "
                                             "label, rate_bp, position FROM tax_rates WHERE deleted_at IS NULL "
                                             "ORDER BY position, label COLLATE NOCASE, id"));
    if (!s) {
        return fail(s.error());
    }
    QList<StoredTaxRate> out;
    while (s->next()) {
        StoredTaxRate r;
        readMeta(*s, r.meta);
        r.rate.id = r.meta.id;
        r.rate.label = s->text(6);
        r.rate.rateBp = s->integer(7);
        r.position = static_cast<int>(s->integer(8));
        out.append(r);
    }
    return out;
}

Result<void> BillingSettingsRepository::insertTaxRate(const StoredTaxRate& r)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO tax_rates (id, created_at, updated_at, updated_by, version, "
                                         "deleted_at, label, rate_bp, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, r.meta, m_db.deviceId());
    s->bind(r.rate.label).bind(r.rate.rateBp).bind(r.position);
    return s->exec();
}

Result<std::optional<InvoiceSeries>> BillingSettingsRepository::series(const Id& id)
{
    auto s = Query::run(m_db,
                        QStringLiteral("SELECT ") + kSeriesColumns +
                            QStringLiteral(" FROM invoice_series WHERE id = ? AND deleted_at IS NULL"),
                        id);
    if (!s) {
        return fail(s.error());
    }
    if (!s->next()) {
        return std::optional<InvoiceSeries>();
    }
    return std::optional<InvoiceSeries>(readSeries(*s));
}

Result<QList<InvoiceSeries>> BillingSettingsRepository::allSeries()
{
    auto s =
        Query::run(m_db, QStringLiteral("SELECT ") + kSeriesColumns +
                             QStringLiteral(" FROM invoice_series WHERE deleted_at IS NULL ORDER BY kind, prefix"));
    if (!s) {
        return fail(s.error());
    }
    QList<InvoiceSeries> out;
    while (s->next()) {
        out.append(readSeries(*s));
    }
    return out;
}

Result<void> BillingSettingsRepository::insertSeries(const InvoiceSeries& series)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO invoice_series (") + kSeriesColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, series.meta, m_db.deviceId());
    s->bind(series.kind).bind(series.prefix).bind(series.digits).bind(series.nextNumber);
    return s->exec();
}

Result<void> BillingSettingsRepository::updateSeries(const InvoiceSeries& series)
{
    auto s =
        Query::run(m_db,
                   QStringLiteral("UPDATE invoice_series SET updated_at = ?, updated_by = ?, version = version + 1, "
                                  "prefix = ?, digits = ?, next_number = ? WHERE id = ? AND version = ? AND "
                                  "deleted_at IS NULL"),
                   toSqlTime(series.meta.updatedAt), m_db.deviceId(), series.prefix, series.digits, series.nextNumber,
                   series.meta.id, series.meta.version);
    if (!s) {
        return fail(s.error());
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("invoice_series"), series.meta.id);
}

} // namespace mentordesk
