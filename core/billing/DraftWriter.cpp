// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/DraftWriter.h"

#include "common/Clock.h"
#include "invoices/BilledSourceRepository.h"
#include "invoices/DraftLineRepository.h"
#include "invoices/InvoiceRepository.h"

#include <QJsonDocument>

namespace mentordesk {

DraftWriter::DraftWriter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QJsonObject DraftWriter::argsJson(const PriceLine& line)
{
    const PriceLine::Args& a = line.args;
    QJsonObject o;
    const auto date = [&](const char* key, const QDate& d) {
        if (d.isValid()) {
            o.insert(QLatin1String(key), d.toString(Qt::ISODate));
        }
    };
    date("date", a.date);
    date("period_start", a.periodStart);
    date("period_end", a.periodEnd);
    if (!a.label.isEmpty()) {
        o.insert(QStringLiteral("label"), a.label);
    }
    if (a.shareBp != 10000) {
        o.insert(QStringLiteral("share_bp"), a.shareBp);
    }
    if (a.periodDays > 0) {
        o.insert(QStringLiteral("active_days"), a.activeDays);
        o.insert(QStringLiteral("period_days"), a.periodDays);
    }
    if (a.discountedRate) {
        o.insert(QStringLiteral("discounted_rate"), true);
        o.insert(QStringLiteral("threshold_permille"), a.thresholdPermille);
    }
    if (line.kind == PriceLine::Kind::Overage) {
        o.insert(QStringLiteral("allowance_minutes"), a.allowanceMinutes);
        o.insert(QStringLiteral("used_minutes"), a.usedMinutes);
    }
    if (!a.packageId.isEmpty()) {
        o.insert(QStringLiteral("package_id"), a.packageId);
        o.insert(QStringLiteral("remaining_minutes"), a.remainingMinutes);
    }
    if (line.sourceKind == PriceLine::Source::Lesson) {
        o.insert(QStringLiteral("attendance"), BillableLesson::statusKey(a.attendance));
    }
    return o;
}

Result<void> DraftWriter::write(const DraftInvoice& draft, Invoice header, bool isNew, const QList<InvoiceLine>& stored)
{
    const QDateTime now = m_clock.nowUtc();
    header.linesTotal = draft.taxes.linesTotal;
    header.netTotal = draft.taxes.netTotal;
    header.taxTotal = draft.taxes.taxTotal;
    header.grandTotal = draft.taxes.grandTotal;
    header.meta.updatedAt = now;
    InvoiceRepository invoices(m_db);
    if (isNew) {
        header.meta.createdAt = now;
        header.meta.version = 1;
        if (auto ok = invoices.insert(header); !ok) {
            return ok;
        }
    } else if (auto ok = invoices.updateDraft(header); !ok) {
        return ok;
    }
    QHash<QString, QPair<qint64, QString>> rates; // tax rate id → (bp, label)
    for (const TaxSummary::Group& g : draft.taxes.groups) {
        rates.insert(g.taxRateId, {g.rateBp, g.label});
    }
    // A refreshed draft keeps its line rows: they are overwritten in order (only where the content changed:
    // a re-run mostly recomputes the same lines), the surplus deleted (see InvoiceRepository::clearDraftContents
    // for why).
    const QList<InvoiceLine> reuse = isNew ? QList<InvoiceLine>() : stored;
    BilledSourceRepository links(m_db);
    DraftLineRepository lines(m_db);
    int position = 0;
    for (const DraftLine& d : draft.lines) {
        InvoiceLine l;
        l.meta.createdAt = l.meta.updatedAt = now;
        l.meta.version = 1;
        l.invoiceId = header.meta.id;
        l.position = ++position;
        l.learnerId = d.learnerId;
        l.enrollmentId = d.enrollmentId;
        l.planId = d.line.planId;
        l.groupLabel = d.groupLabel;
        l.kind = PriceLine::kindKey(d.line.kind);
        l.argsJson = QString::fromUtf8(QJsonDocument(argsJson(d.line)).toJson(QJsonDocument::Compact));
        l.description = d.description;
        l.quantity = d.line.quantity;
        l.unit = d.line.unit == PriceLine::Unit::Minutes ? QStringLiteral("minutes") : QStringLiteral("units");
        l.unitPriceMinor = d.line.unitPriceMinor;
        l.amountMinor = d.line.amountMinor;
        l.taxRateId = d.line.taxRateId;
        l.taxRateBp = rates.value(d.line.taxRateId).first;
        l.taxLabel = rates.value(d.line.taxRateId).second;
        l.sourceKind = PriceLine::sourceKey(d.line.sourceKind);
        l.sourceId = d.line.sourceId;
        if (position <= reuse.size()) {
            const InvoiceLine& before = reuse.at(position - 1);
            l.meta.id = before.meta.id;
            if (!DraftLineRepository::sameContent(before, l)) {
                if (auto ok = lines.updateLine(l); !ok) {
                    return ok;
                }
            }
        } else {
            l.meta.id = newId();
            if (auto ok = invoices.insertLine(l); !ok) {
                return ok;
            }
        }
        for (const SourceLink& link : d.links) {
            RecordMeta meta;
            meta.id = newId();
            meta.createdAt = meta.updatedAt = now;
            meta.version = 1;
            if (auto ok = links.insert(meta, header.meta.id, l.meta.id, link); !ok) {
                return ok;
            }
        }
    }
    QList<Id> surplus;
    for (qsizetype i = position; i < reuse.size(); ++i) {
        surplus.append(reuse.at(i).meta.id);
    }
    if (auto ok = lines.deleteLines(surplus); !ok) {
        return ok;
    }
    int taxPosition = 0;
    for (const TaxSummary::Group& g : draft.taxes.groups) {
        RecordMeta meta;
        meta.id = newId();
        meta.createdAt = meta.updatedAt = now;
        meta.version = 1;
        const InvoiceTax tax{g.taxRateId, g.label, g.rateBp, g.linesSubtotal, g.net, g.tax, g.gross};
        if (auto ok = invoices.insertTax(meta, header.meta.id, ++taxPosition, tax); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace mentordesk
