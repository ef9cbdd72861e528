// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/InvoiceCsvExporter.h"

#include "importexport/CsvWriter.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceService.h"
#include "money/Money.h"
#include "security/Guard.h"

namespace mentordesk {

InvoiceCsvExporter::InvoiceCsvExporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<int> InvoiceCsvExporter::write(QIODevice& device, const InvoiceFilter& filter, bool lines, bool bom)
{
    if (auto allowed = Guard::studio(m_db, Action::ExportStudio); !allowed) {
        return fail(allowed.error());
    }
    auto today = InvoiceService(m_db, m_clock).today();
    if (!today) {
        return fail(today.error());
    }
    CsvWriterOptions options;
    options.bom = bom;
    CsvWriter csv(device, options);
    const QStringList header =
        lines ? QStringList{QStringLiteral("number"),   QStringLiteral("kind"),      QStringLiteral("position"),
                            QStringLiteral("group"),    QStringLiteral("line_kind"), QStringLiteral("description"),
                            QStringLiteral("quantity"), QStringLiteral("unit"),      QStringLiteral("unit_price"),
                            QStringLiteral("tax_rate"), QStringLiteral("amount"),    QStringLiteral("currency")}
              : QStringList{
                    QStringLiteral("number"),     QStringLiteral("kind"),     QStringLiteral("status"),
                    QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("period"),
                    QStringLiteral("payer"),      QStringLiteral("currency"), QStringLiteral("net"),
                    QStringLiteral("tax"),        QStringLiteral("total"),    QStringLiteral("paid"),
                    QStringLiteral("credited"),   QStringLiteral("balance"),  QStringLiteral("credits_invoice_id")};
    if (auto ok = csv.writeRow(header); !ok) {
        return fail(ok.error());
    }
    InvoiceRepository repo(m_db);
    int written = 0;
    for (int offset = 0;; offset += 1000) {
        auto page = repo.list(filter, {offset, 1000}, *today);
        if (!page) {
            return fail(page.error());
        }
        for (const Invoice& i : std::as_const(page->items)) {
            auto currency = Currency::fromCode(i.currency);
            if (!currency) {
                return fail(currency.error());
            }
            const auto money = [&](qint64 minor) { return Money(minor, *currency).toPlainString(); };
            const QString number = i.issued ? i.numberText : tr("draft");
            if (!lines) {
                if (auto ok = csv.writeRow({number, Invoice::kindKey(i.kind), Invoice::statusKey(i.status),
                                            i.issueDate.toString(Qt::ISODate), i.dueDate.toString(Qt::ISODate),
                                            i.period, i.payerName, i.currency, money(i.netTotal), money(i.taxTotal),
                                            money(i.grandTotal), money(i.paidMinor), money(i.creditedMinor),
                                            money(i.balanceMinor()), i.creditedInvoiceId});
                    !ok) {
                    return fail(ok.error());
                }
            } else {
                auto items = repo.lines(i.meta.id);
                if (!items) {
                    return fail(items.error());
                }
                for (const InvoiceLine& l : std::as_const(*items)) {
                    if (auto ok =
                            csv.writeRow({number, Invoice::kindKey(i.kind), QString::number(l.position), l.groupLabel,
                                          l.kind, l.description, QString::number(l.quantity), l.unit,
                                          money(l.unitPriceMinor), l.taxLabel, money(l.amountMinor), i.currency});
                        !ok) {
                        return fail(ok.error());
                    }
                }
            }
            ++written;
        }
        if (page->items.isEmpty() || offset + page->items.size() >= page->total) {
            break;
        }
    }
    if (auto ok = csv.finish(); !ok) {
        return fail(ok.error());
    }
    return written;
}

} // namespace mentordesk
