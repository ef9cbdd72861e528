// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingSettingsService.h"

#include "billing/BillingSettingsRepository.h"
#include "common/Clock.h"
#include "common/Validation.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

BillingSettingsService::BillingSettingsService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Id> BillingSettingsService::createSeries(const QString& kind, const QString& prefix)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
        return fail(allowed.error());
    }
    auto all = BillingSettingsRepository(m_db).allSeries();
    if (!all) {
        return fail(all.error());
    }
    for (const InvoiceSeries& s : *all) {
        if (s.prefix == prefix) {
            if (s.kind != kind) {
                return fail(Error::conflict(tr("The prefix “%1” is already used by another series.").arg(prefix),
                                            kind == QStringLiteral("invoice") ? QStringLiteral("invoice_prefix")
                                                                              : QStringLiteral("credit_note_prefix")));
            }
            return s.meta.id; // Why: going back to an earlier prefix continues that series, gap-free.
        }
    }
    InvoiceSeries s;
    s.meta.id = newId();
    s.meta.createdAt = s.meta.updatedAt = m_clock.nowUtc();
    s.meta.version = 1;
    s.kind = kind;
    s.prefix = prefix;
    if (auto ok = BillingSettingsRepository(m_db).insertSeries(s); !ok) {
        return fail(ok.error());
    }
    return s.meta.id;
}

Result<BillingSettings> BillingSettingsService::settings()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    BillingSettingsRepository repo(m_db);
    auto loaded = repo.load();
    if (!loaded) {
        return fail(loaded.error());
    }
    if (loaded->has_value()) {
        return **loaded;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    BillingSettings b;
    b.meta.id = newId();
    b.meta.createdAt = b.meta.updatedAt = m_clock.nowUtc();
    b.meta.version = 1;
    auto invoices = createSeries(QStringLiteral("invoice"), QStringLiteral("INV-"));
    auto credits = createSeries(QStringLiteral("credit_note"), QStringLiteral("CN-"));
    if (!invoices || !credits) {
        return fail(!invoices ? invoices.error() : credits.error());
    }
    b.invoiceSeriesId = *invoices;
    b.creditNoteSeriesId = *credits;
    if (auto ok = repo.insert(b); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return b;
}

namespace {
Result<QString> checkPrefix(const QString& text, const QString& field)
{
    const QString p = text.trimmed();
    if (p.size() > 20 || p.contains(u' ')) {
        return fail(Error::invalid(field, BillingSettingsService::tr("A number prefix has at most 20 characters and "
                                                                     "no spaces (for example INV- or 2026-).")));
    }
    return p;
}
} // namespace

Result<BillingSettings> BillingSettingsService::update(const BillingSettingsChanges& c)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = settings();
    if (!current) {
        return fail(current.error());
    }
    BillingSettings b = *current;
    if (c.taxMode) {
        b.taxMode = *c.taxMode;
    }
    if (c.lateCancelHours) {
        b.attendance.lateCancelHours = *c.lateCancelHours;
    }
    if (c.lateCancelPercentBp) {
        b.attendance.lateCancelPercentBp = *c.lateCancelPercentBp;
    }
    if (c.noShowPercentBp) {
        b.attendance.noShowPercentBp = *c.noShowPercentBp;
    }
    if (c.makeUpCredits) {
        b.attendance.makeUpCredits = *c.makeUpCredits;
    }
    if (auto ok = b.attendance.validate(); !ok) {
        return fail(ok.error());
    }
    if (c.paymentTermsNote) {
        auto note = Validation::optionalText(*c.paymentTermsNote,
                                             {QStringLiteral("payment_terms_note"), tr("Payment terms note")}, 1000);
        if (!note) {
            return fail(note.error());
        }
        b.paymentTermsNote = *note;
    }
    const auto switchSeries = [&](const std::optional<QString>& prefix, const QString& kind, const QString& field,
                                  Id& target) -> Result<void> {
        if (!prefix) {
            return {};
        }
        auto p = checkPrefix(*prefix, field);
        if (!p) {
            return fail(p.error());
        }
        auto id = createSeries(kind, *p);
        if (!id) {
            return fail(id.error());
        }
        target = *id;
        return {};
    };
    if (auto ok = switchSeries(c.invoicePrefix, QStringLiteral("invoice"), QStringLiteral("invoice_prefix"),
                               b.invoiceSeriesId);
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = switchSeries(c.creditNotePrefix, QStringLiteral("credit_note"), QStringLiteral("credit_note_prefix"),
                               b.creditNoteSeriesId);
        !ok) {
        return fail(ok.error());
    }
    b.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = BillingSettingsRepository(m_db).update(b); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++b.meta.version;
    return b;
}

Result<QList<StoredTaxRate>> BillingSettingsService::taxRates()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    return BillingSettingsRepository(m_db).taxRates();
}

Result<StoredTaxRate> BillingSettingsService::addTaxRate(const QString& label, qint64 rateBp)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
        return fail(allowed.error());
    }
    StoredTaxRate r;
    r.meta.id = newId();
    r.meta.createdAt = r.meta.updatedAt = m_clock.nowUtc();
    r.meta.version = 1;
    r.rate.id = r.meta.id;
    r.rate.label = label.trimmed();
    r.rate.rateBp = rateBp;
    if (auto ok = r.rate.validate(); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto existing = taxRates();
    if (!existing) {
        return fail(existing.error());
    }
    for (const StoredTaxRate& e : *existing) {
        if (e.rate.label.compare(r.rate.label, Qt::CaseInsensitive) == 0) {
            return fail(Error::conflict(tr("There is already a tax rate named “%1”.").arg(r.rate.label),
                                        QStringLiteral("label")));
        }
        r.position = qMax(r.position, e.position + 1);
    }
    if (auto ok = BillingSettingsRepository(m_db).insertTaxRate(r); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return r;
}

Result<InvoiceSeries> BillingSettingsService::series(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto s = BillingSettingsRepository(m_db).series(id);
    if (!s) {
        return fail(s.error());
    }
    if (!s->has_value()) {
        return fail(Error::notFound(tr("There is no invoice series with id %1.").arg(id)));
    }
    return **s;
}

} // namespace mentordesk
