// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/CreditNoteService.h"

#include "billing/BillingSettingsRepository.h"
#include "billing/BillingSettingsService.h"
#include "billing/FieldKey.h"
#include "billing/TaxCalculator.h"
#include "common/Clock.h"
#include "common/Validation.h"
#include "invoices/BilledSourceRepository.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceService.h"
#include "invoices/InvoiceText.h"
#include "invoices/PaymentRepository.h"
#include "security/AuditLog.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {

RecordMeta freshMeta(const QDateTime& now)
{
    RecordMeta m;
    m.id = newId();
    m.createdAt = m.updatedAt = now;
    m.version = 1;
    return m;
}

/// Credit-note taxes: the original's taxes minus what earlier credit notes took, per rate (full credit).
QList<InvoiceTax> remainingTaxes(const QList<InvoiceTax>& original, const QList<QList<InvoiceTax>>& earlier)
{
    QList<InvoiceTax> out;
    for (const InvoiceTax& t : original) {
        InvoiceTax c = t;
        for (const QList<InvoiceTax>& note : earlier) {
            for (const InvoiceTax& e : note) {
                if (e.taxRateId == t.taxRateId) {
                    c.linesSubtotal += e.linesSubtotal;
                    c.net += e.net;
                    c.tax += e.tax;
                    c.gross += e.gross;
                }
            }
        }
        c.linesSubtotal = -c.linesSubtotal;
        c.net = -c.net;
        c.tax = -c.tax;
        c.gross = -c.gross;
        out.append(c);
    }
    return out;
}

QString moneyText(qint64 minor, const QString& code)
{
    auto currency = Currency::fromCode(code);
    return currency ? InvoiceText::money(minor, *currency) : QString::number(minor);
}

} // namespace

CreditNoteService::CreditNoteService(Database& db, const Clock& clock, std::optional<Actor> actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor ? std::move(*actor) : db.actor())
{}

Result<InvoiceDetail> CreditNoteService::credit(const QString& invoiceIdOrNumber, const CreditRequest& request)
{
    if (auto allowed = Guard::studio(m_db, Action::CreditInvoice); !allowed) {
        return fail(allowed.error());
    }
    auto reason = Validation::optionalText(request.reason, {QStringLiteral("reason"), tr("Reason")}, 500);
    if (!reason) {
        return fail(reason.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    InvoiceService invoices(m_db, m_clock);
    auto today = invoices.today();
    auto detail = invoices.get(invoiceIdOrNumber);
    if (!today || !detail) {
        return fail(!today ? today.error() : detail.error());
    }
    const Invoice& original = detail->invoice;
    if (!original.issued || original.kind != InvoiceKind::Invoice) {
        return fail(Error::refused(original.issued ? tr("%1 is itself a credit note.").arg(original.numberText)
                                                   : tr("A draft is not credited; run billing again or delete it.")));
    }
    if (original.status == InvoiceStatus::Credited) {
        return fail(Error::refused(tr("Invoice %1 is already fully credited.").arg(original.numberText)));
    }
    InvoiceRepository repo(m_db);
    auto creditedPerLine = repo.creditedPerLine(original.meta.id);
    if (!creditedPerLine) {
        return fail(creditedPerLine.error());
    }
    const QDateTime now = m_clock.nowUtc();
    const QDate date = request.date.isValid() ? request.date : *today;
    const InvoiceText text = InvoiceText::forLanguage(original.language);

    Invoice note;
    note.meta = freshMeta(now);
    note.kind = InvoiceKind::CreditNote;
    note.payerId = original.payerId;
    note.currency = original.currency;
    note.language = original.language;
    note.taxMode = original.taxMode;
    note.creditedInvoiceId = original.meta.id;
    note.reason = *reason;
    note.taxRuleNote = original.taxRuleNote;

    QList<InvoiceLine> lines;
    const bool full = request.lines.isEmpty();
    const auto creditLine = [&](const InvoiceLine& from, qint64 amount, bool whole) {
        InvoiceLine l = from;
        l.meta = freshMeta(now);
        l.invoiceId = note.meta.id;
        l.position = static_cast<int>(lines.size()) + 1;
        l.description = text.describeCredit(from.description);
        l.creditedLineId = from.meta.id;
        l.amountMinor = -amount;
        if (!whole) {
            l.unit = QStringLiteral("units");
            l.quantity = 1;
            l.unitPriceMinor = -amount;
        } else {
            l.quantity = -from.quantity;
        }
        lines.append(l);
    };
    if (full) {
        for (const InvoiceLine& l : std::as_const(detail->lines)) {
            const qint64 left = l.amountMinor - creditedPerLine->value(l.meta.id);
            if (left != 0 || l.amountMinor == 0) {
                creditLine(l, left, creditedPerLine->value(l.meta.id) == 0);
            }
        }
    } else {
        for (qsizetype i = 0; i < request.lines.size(); ++i) {
            const CreditRequest::Line& want = request.lines[i];
            const auto it = std::find_if(detail->lines.cbegin(), detail->lines.cend(),
                                         [&](const InvoiceLine& l) { return l.meta.id == want.lineId; });
            if (it == detail->lines.cend()) {
                return fail(Error::invalid(FieldKey::indexed(QStringLiteral("lines"), i, QStringLiteral("line_id")),
                                           tr("Invoice %1 has no line %2.").arg(original.numberText, want.lineId)));
            }
            const qint64 left = it->amountMinor - creditedPerLine->value(it->meta.id);
            const qint64 amount = want.amountMinor.value_or(left);
            const bool sameSign = (amount >= 0) == (left >= 0);
            if (amount == 0 || !sameSign || qAbs(amount) > qAbs(left)) {
                return fail(Error::invalid(FieldKey::indexed(QStringLiteral("lines"), i, QStringLiteral("amount")),
                                           tr("Line %1 has %2 left to credit; choose an amount up to that.")
                                               .arg(it->position)
                                               .arg(moneyText(left, original.currency))));
            }
            creditLine(*it, amount, amount == it->amountMinor);
        }
    }

    QList<InvoiceTax> taxes;
    if (full) {
        QList<QList<InvoiceTax>> earlier;
        for (const Invoice& prior : std::as_const(detail->creditNotes)) {
            auto t = repo.taxes(prior.meta.id);
            if (!t) {
                return fail(t.error());
            }
            earlier.append(*t);
        }
        taxes = remainingTaxes(detail->taxes, earlier);
    } else {
        QList<TaxRate> rates;
        for (const InvoiceTax& t : std::as_const(detail->taxes)) {
            if (!t.taxRateId.isEmpty()) {
                rates.append(TaxRate{t.taxRateId, t.label, t.rateBp});
            }
        }
        QList<PriceLine> priced;
        for (const InvoiceLine& l : std::as_const(lines)) {
            PriceLine p;
            p.amountMinor = l.amountMinor;
            p.taxRateId = l.taxRateId;
            priced.append(p);
        }
        auto summary = TaxCalculator::summarize(priced, rates, original.taxMode);
        if (!summary) {
            return fail(summary.error());
        }
        for (const TaxSummary::Group& g : summary->groups) {
            if (g.linesSubtotal != 0 || g.tax != 0) {
                taxes.append(InvoiceTax{g.taxRateId, g.label, g.rateBp, g.linesSubtotal, g.net, g.tax, g.gross});
            }
        }
    }
    for (const InvoiceLine& l : std::as_const(lines)) {
        note.linesTotal += l.amountMinor;
    }
    for (const InvoiceTax& t : std::as_const(taxes)) {
        note.netTotal += t.net;
        note.taxTotal += t.tax;
        note.grandTotal += t.gross;
    }
    if (original.creditedMinor - note.grandTotal > original.grandTotal) {
        return fail(Error::refused(tr("This credit note would credit more than invoice %1 is worth; credit the whole "
                                      "invoice instead.")
                                       .arg(original.numberText)));
    }

    // Insert as a draft (lines and taxes can only be added then), then issue it with the next number.
    if (auto ok = repo.insert(note); !ok) {
        return fail(ok.error());
    }
    for (const InvoiceLine& l : std::as_const(lines)) {
        if (auto ok = repo.insertLine(l); !ok) {
            return fail(ok.error());
        }
    }
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        if (auto ok = repo.insertTax(freshMeta(now), note.meta.id, static_cast<int>(i) + 1, taxes[i]); !ok) {
            return fail(ok.error());
        }
    }
    auto settings = BillingSettingsService(m_db, m_clock).settings();
    if (!settings) {
        return fail(settings.error());
    }
    BillingSettingsRepository settingsRepo(m_db);
    auto series = settingsRepo.series(settings->creditNoteSeriesId);
    if (!series) {
        return fail(series.error());
    }
    if (!series->has_value()) {
        return fail(Error::notFound(tr("The credit-note series is missing.")));
    }
    InvoiceSeries s = **series;
    note.seriesId = s.meta.id;
    note.number = s.nextNumber;
    note.numberText = s.format(s.nextNumber);
    ++s.nextNumber;
    s.meta.updatedAt = now;
    if (auto ok = settingsRepo.updateSeries(s); !ok) {
        return fail(ok.error());
    }
    note.payerName = original.payerName;
    note.payerAddress = original.payerAddress;
    note.payerTaxId = original.payerTaxId;
    note.issueDate = date;
    note.dueDate = date;
    if (auto ok = repo.markIssued(note); !ok) {
        return fail(ok.error());
    }

    const qint64 credited = -note.grandTotal;
    const qint64 openBefore = original.balanceMinor();
    if (credited > openBefore) {
        PayerCreditEntry e;
        e.meta = freshMeta(now);
        e.payerId = original.payerId;
        e.entryDate = date;
        e.amountMinor = credited - openBefore;
        e.kind = QStringLiteral("credit_note");
        e.invoiceId = note.meta.id;
        if (auto ok = PaymentRepository(m_db).insertCredit(e); !ok) {
            return fail(ok.error());
        }
    }
    if (original.creditedMinor + credited >= original.grandTotal) {
        if (auto ok = BilledSourceRepository(m_db).releaseInvoice(original.meta.id, now); !ok) {
            return fail(ok.error());
        }
    }
    // Why: the reason is free text and the log is append-only, so it stays on the credit note only.
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(m_actor, QStringLiteral("invoice.credit"), QStringLiteral("invoice"), note.meta.id,
                              {{QStringLiteral("number"), note.numberText},
                               {QStringLiteral("credits"), original.numberText},
                               {QStringLiteral("credited_invoice_id"), original.meta.id},
                               {QStringLiteral("payer_id"), original.payerId},
                               {QStringLiteral("issue_date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("grand_total"), note.grandTotal}});
        !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return invoices.get(note.meta.id);
}

} // namespace mentordesk
