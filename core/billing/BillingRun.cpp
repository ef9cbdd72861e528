// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/BillingRun.h"

#include "billing/BillingRunLoader.h"
#include "billing/BillingSettingsService.h"
#include "billing/DiscountApplier.h"
#include "billing/DraftWriter.h"
#include "billing/EnrollmentBiller.h"
#include "billing/PlanRepository.h"
#include "billing/TaxCalculator.h"
#include "common/Clock.h"
#include "invoices/DraftLineRepository.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceText.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "studio/StudioRepository.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace mentordesk {

namespace {

QDate lineDate(const PriceLine& l)
{
    return l.args.date.isValid() ? l.args.date : l.args.periodStart;
}

/// Learner and enrollment groups in name order (payer-wide lines last), then by date and kind.
void sortLines(QList<DraftLine>& lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const DraftLine& a, const DraftLine& b) {
        if (a.groupLabel.isEmpty() != b.groupLabel.isEmpty()) {
            return b.groupLabel.isEmpty();
        }
        if (a.groupLabel != b.groupLabel) {
            return a.groupLabel.localeAwareCompare(b.groupLabel) < 0;
        }
        if (a.enrollmentId != b.enrollmentId) {
            return a.enrollmentId < b.enrollmentId;
        }
        if (a.line.kind == PriceLine::Kind::Discount || b.line.kind == PriceLine::Kind::Discount) {
            return b.line.kind == PriceLine::Kind::Discount && a.line.kind != PriceLine::Kind::Discount;
        }
        const QDate da = lineDate(a.line);
        const QDate db = lineDate(b.line);
        if (da != db) {
            return !da.isValid() || (db.isValid() && da < db); // undated lines (one-off fee) first
        }
        return static_cast<int>(a.line.kind) < static_cast<int>(b.line.kind);
    });
}

/// Adds the payer's and the plans' discounts as their own lines.
Result<void> applyDiscounts(DraftInvoice& draft, const QList<StoredDiscount>& stored)
{
    QList<Discount> discounts;
    QHash<QString, const DraftLine*> planLine;
    for (const DraftLine& d : std::as_const(draft.lines)) {
        planLine.insert(d.line.planId, &d);
    }
    for (const StoredDiscount& s : stored) {
        const bool forPayer = !s.payerId.isEmpty();
        if ((forPayer && s.payerId != draft.payerId) || (!forPayer && !planLine.contains(s.planId))) {
            continue;
        }
        discounts.append(Discount{s.meta.id, s.label, s.percent ? Discount::Kind::Percent : Discount::Kind::Fixed,
                                  s.value, forPayer ? Discount::Scope::Payer : Discount::Scope::Plan, s.planId});
    }
    if (discounts.isEmpty()) {
        return {};
    }
    QList<PriceLine> priced;
    for (const DraftLine& d : std::as_const(draft.lines)) {
        priced.append(d.line);
    }
    auto lines = DiscountApplier::apply(priced, discounts);
    if (!lines) {
        return fail(lines.error());
    }
    QList<DraftLine> added;
    for (const PriceLine& l : std::as_const(*lines)) {
        DraftLine d{l, {}, {}, {}, {}, {}};
        const auto* owner = l.planId.isEmpty() ? nullptr : planLine.value(l.planId);
        if (owner && !l.planId.isEmpty()) {
            d.learnerId = owner->learnerId;
            d.enrollmentId = owner->enrollmentId;
            d.groupLabel = owner->groupLabel;
        }
        added.append(d);
    }
    draft.lines.append(added);
    return {};
}

} // namespace

BillingRun::BillingRun(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<BillingPeriod> BillingRun::parsePeriod(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid() || first.year() < 1900) {
        return fail(Error::invalid(
            QStringLiteral("period"),
            tr("The billing period must be a month written YYYY-MM, such as 2026-03 (got “%1”).").arg(text)));
    }
    return BillingPeriod::containing(first, PeriodUnit::Month);
}

Result<BillingRunResult> BillingRun::run(const QString& period, bool dryRun)
{
    if (auto allowed = Guard::studio(m_db, Action::RunBilling); !allowed) {
        return fail(allowed.error());
    }
    auto month = parsePeriod(period);
    if (!month) {
        return fail(month.error());
    }
    const QString key = month->key();
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    BillingSettingsService settingsService(m_db, m_clock);
    auto settings = settingsService.settings();
    auto storedRates = settingsService.taxRates();
    auto studio = StudioRepository(m_db).load();
    if (!settings || !storedRates || !studio) {
        return fail(!settings ? settings.error() : !storedRates ? storedRates.error() : studio.error());
    }
    if (!studio->has_value()) {
        return fail(Error::refused(tr("Set up the studio before billing.")));
    }
    QList<TaxRate> rates;
    for (const StoredTaxRate& r : std::as_const(*storedRates)) {
        rates.append(r.rate);
    }
    InvoiceRepository invoices(m_db);
    auto drafts = invoices.draftsOf(key);
    if (!drafts) {
        return fail(drafts.error());
    }
    auto storedLines = dryRun ? Result<QHash<Id, QList<InvoiceLine>>>() : DraftLineRepository(m_db).draftLinesOf(key);
    if (!storedLines) {
        return fail(storedLines.error());
    }
    // A preview only needs the drafts' sources freed (it writes nothing and rolls back).
    if (auto ok = dryRun ? invoices.clearDraftSources(key) : invoices.clearDraftContents(key); !ok) {
        return fail(ok.error());
    }
    const QTimeZone zone((*studio)->timeZone.toUtf8());
    auto snapshot = BillingRunLoader(m_db).load(*month, zone.isValid() ? zone : QTimeZone::utc(), (*studio)->currency,
                                                *settings, rates);
    if (!snapshot) {
        return fail(snapshot.error());
    }

    BillingRunResult result;
    result.period = key;
    result.dryRun = dryRun;
    QHash<Id, DraftInvoice> byPayer;
    const EnrollmentBiller biller(*snapshot);
    for (const BillingEnrollment& e : std::as_const(snapshot->enrollments)) {
        auto out = biller.bill(e);
        if (!out) {
            result.warnings.append(
                tr("%1 — %2 could not be billed: %3").arg(e.learnerName, e.title, out.error().message));
            continue;
        }
        result.warnings.append(out->warnings);
        if (out->lines.isEmpty()) {
            continue;
        }
        if (e.payerId.isEmpty() || !snapshot->payerNames.contains(e.payerId)) {
            result.warnings.append(
                tr("%1 has no payer; %n line(s) of %2 were not billed.", nullptr, static_cast<int>(out->lines.size()))
                    .arg(e.learnerName, e.title));
            continue;
        }
        result.packagesBought.append(out->packagesBought);
        DraftInvoice& d = byPayer[e.payerId];
        d.payerId = e.payerId;
        d.lines.append(out->lines);
    }

    for (auto it = byPayer.begin(); it != byPayer.end(); ++it) {
        DraftInvoice& d = it.value();
        d.payerName = snapshot->payerNames.value(d.payerId);
        d.language = snapshot->payerLanguages.value(d.payerId, QStringLiteral("en"));
        d.invoiceId = drafts->contains(d.payerId) ? drafts->value(d.payerId).meta.id : newId();
        if (auto ok = applyDiscounts(d, snapshot->discounts); !ok) {
            return fail(ok.error());
        }
        sortLines(d.lines);
        QList<PriceLine> priced;
        const InvoiceText text = InvoiceText::forLanguage(d.language);
        for (DraftLine& l : d.lines) {
            l.description = text.describe(l.line);
            priced.append(l.line);
            for (const SourceLink& link : std::as_const(l.links)) {
                result.lessonsBilled += link.kind == QStringLiteral("lesson") ? 1 : 0;
            }
        }
        auto taxes = TaxCalculator::summarize(priced, rates, snapshot->taxMode);
        if (!taxes) {
            return fail(taxes.error());
        }
        d.taxes = *taxes;
        result.linesTotal += d.taxes.grandTotal;
        result.drafts.append(d);
    }
    std::sort(result.drafts.begin(), result.drafts.end(), [](const DraftInvoice& a, const DraftInvoice& b) {
        const int c = a.payerName.localeAwareCompare(b.payerName);
        return c != 0 ? c < 0 : a.payerId < b.payerId; // payers may share a name: keep the order stable
    });

    if (dryRun) {
        // Why no writes: the result above is complete (the month's drafts were already cleared inside this
        // transaction, so what they billed counts as free again); writing the drafts only to roll them back
        // took half of a preview. Drafts to remove are counted the same way a run removes them.
        result.removedDrafts = static_cast<int>(std::count_if(
            drafts->cbegin(), drafts->cend(), [&](const Invoice& d) { return !byPayer.contains(d.payerId); }));
        tx->rollback();
        return result;
    }
    PlanRepository plans(m_db);
    for (StoredPackagePurchase p : std::as_const(result.packagesBought)) {
        p.meta.createdAt = p.meta.updatedAt = m_clock.nowUtc();
        p.meta.version = 1;
        if (auto ok = plans.insertPurchase(p); !ok) {
            return fail(ok.error());
        }
    }
    DraftWriter writer(m_db, m_clock);
    for (const DraftInvoice& d : std::as_const(result.drafts)) {
        const bool isNew = !drafts->contains(d.payerId);
        Invoice header = isNew ? Invoice{} : drafts->value(d.payerId);
        header.meta.id = d.invoiceId;
        header.payerId = d.payerId;
        header.period = key;
        header.currency = snapshot->currency;
        header.language = d.language;
        header.taxMode = snapshot->taxMode;
        header.taxRuleNote = InvoiceText::forLanguage(d.language).taxRule(snapshot->taxMode == TaxMode::Inclusive);
        if (auto ok = writer.write(d, header, isNew, storedLines->value(d.invoiceId)); !ok) {
            return fail(ok.error());
        }
        drafts->remove(d.payerId);
    }
    for (const Invoice& stale : std::as_const(*drafts)) {
        QList<Id> lines;
        for (const InvoiceLine& l : storedLines->value(stale.meta.id)) {
            lines.append(l.meta.id);
        }
        if (auto ok = DraftLineRepository(m_db).deleteLines(lines); !ok) {
            return fail(ok.error());
        }
        if (auto ok = invoices.removeDraft(stale.meta.id, m_clock.nowUtc()); !ok) {
            return fail(ok.error());
        }
        ++result.removedDrafts;
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return result;
}

} // namespace mentordesk
