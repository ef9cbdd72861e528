// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/JournalExporter.h"

#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentRepository.h"
#include "money/Money.h"
#include "people/PayerRepository.h"
#include "security/Guard.h"
#include "studio/StudioRepository.h"

#include <QIODevice>
#include <QMap>
#include <QRegularExpression>

namespace mentordesk {

namespace {

struct Posting
{
    QString account;
    qint64 minor = 0;
};

struct Transaction
{
    QDate date;
    int order = 0; ///< invoices before payments on the same day
    QString code;
    QString description;
    QList<Posting> postings;
};

} // namespace

JournalExporter::JournalExporter(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QString JournalExporter::accountPart(const QString& name)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString out = name;
    out.replace(u':', u'-').replace(u';', u',').replace(spaces, QStringLiteral(" "));
    out = out.trimmed();
    return out.isEmpty() ? QStringLiteral("unknown") : out;
}

Result<JournalExporter::Stats> JournalExporter::write(QIODevice& device, const QDate& from, const QDate& to)
{
    if (auto allowed = Guard::studio(m_db, Action::ExportStudio); !allowed) {
        return fail(allowed.error());
    }
    auto studio = StudioRepository(m_db).load();
    if (!studio) {
        return fail(studio.error());
    }
    if (!studio->has_value()) {
        return fail(Error::notFound(tr("The studio has no settings yet.")));
    }
    auto currency = Currency::fromCode((*studio)->currency);
    if (!currency) {
        return fail(currency.error());
    }
    InvoiceService service(m_db, m_clock);
    auto today = service.today();
    if (!today) {
        return fail(today.error());
    }
    InvoiceRepository invoices(m_db);
    InvoiceFilter filter;
    filter.issuedFrom = from.isValid() ? from : QDate(1, 1, 1);
    filter.issuedTo = to;
    QList<Invoice> issued;
    for (int offset = 0;; offset += 10000) {
        auto page = invoices.list(filter, {offset, 10000}, *today);
        if (!page) {
            return fail(page.error());
        }
        issued.append(page->items);
        if (page->items.isEmpty() || issued.size() >= page->total) {
            break;
        }
    }
    QHash<Id, QString> payerAccount;
    QHash<Id, QString> numbers;
    const auto receivable = [&](const Id& payer) -> QString {
        return QStringLiteral("assets:receivable:") + payerAccount.value(payer);
    };
    const auto credit = [&](const Id& payer) -> QString {
        return QStringLiteral("liabilities:payer-credit:") + payerAccount.value(payer);
    };
    PayerRepository payers(m_db);
    const auto knowPayer = [&](const Id& id, const QString& name) {
        if (payerAccount.contains(id)) {
            return;
        }
        QString n = name;
        if (n.isEmpty()) {
            auto p = payers.find(id);
            n = p && p->has_value() ? (*p)->name : id;
        }
        payerAccount.insert(id, accountPart(n));
    };

    Stats stats;
    QList<Transaction> txs;
    for (const Invoice& i : std::as_const(issued)) {
        knowPayer(i.payerId, i.payerName);
        numbers.insert(i.meta.id, i.numberText);
        auto taxes = invoices.taxes(i.meta.id);
        if (!taxes) {
            return fail(taxes.error());
        }
        Transaction t{i.issueDate, 0, i.numberText, i.payerName, {}};
        t.postings.append({receivable(i.payerId), i.grandTotal});
        t.postings.append({QStringLiteral("income:lessons"), -i.netTotal});
        for (const InvoiceTax& x : std::as_const(*taxes)) {
            if (x.tax != 0) {
                t.postings.append({QStringLiteral("liabilities:tax:") + accountPart(x.label), -x.tax});
            }
        }
        txs.append(t);
        (i.kind == InvoiceKind::CreditNote ? stats.creditNotes : stats.invoices) += 1;
    }
    PaymentRepository payments(m_db);
    auto paid = payments.between(from, to);
    if (!paid) {
        return fail(paid.error());
    }
    for (const Payment& p : std::as_const(*paid)) {
        knowPayer(p.payerId, {});
        Transaction t{p.paidOn, 1, QString(), {}, {}};
        const QString number = numbers.value(p.invoiceId, p.invoiceId);
        t.description = tr("Payment %1 (%2)").arg(number, p.method) +
                        (p.reference.isEmpty() ? QString() : QStringLiteral(" ") + p.reference);
        const QString source = p.method == QStringLiteral("payer_credit") ? credit(p.payerId)
                               : p.method == QStringLiteral("cash")       ? QStringLiteral("assets:cash")
                                                                          : QStringLiteral("assets:bank");
        t.postings.append({source, p.amountMinor});
        t.postings.append({receivable(p.payerId), -p.appliedMinor});
        if (p.amountMinor != p.appliedMinor) {
            t.postings.append({credit(p.payerId), -(p.amountMinor - p.appliedMinor)});
        }
        txs.append(t);
        ++stats.payments;
    }
    auto moves = payments.creditEntries({}, from, to);
    if (!moves) {
        return fail(moves.error());
    }
    for (const PayerCreditEntry& e : std::as_const(*moves)) {
        if (e.kind != QStringLiteral("credit_note") && e.kind != QStringLiteral("refund")) {
            continue; // overpayments and credit used are postings of their payments
        }
        knowPayer(e.payerId, {});
        Transaction t{e.entryDate, 2, QString(), tr("Payer credit %1").arg(numbers.value(e.invoiceId)), {}};
        if (e.kind == QStringLiteral("credit_note")) {
            t.postings.append({receivable(e.payerId), e.amountMinor});
            t.postings.append({credit(e.payerId), -e.amountMinor});
        } else {
            t.postings.append({credit(e.payerId), -e.amountMinor});
            t.postings.append({QStringLiteral("assets:bank"), e.amountMinor});
        }
        txs.append(t);
    }
    std::stable_sort(txs.begin(), txs.end(), [](const Transaction& a, const Transaction& b) {
        return a.date != b.date ? a.date < b.date : a.order < b.order;
    });

    QString text = QStringLiteral("; MentorDesk journal: %1 (%2)\n").arg((*studio)->name, currency->code());
    text += QStringLiteral("commodity %1 %2\n\n")
                .arg(Money(currency->minorPerMajor() * 1000, *currency).toPlainString(), currency->code());
    for (const Transaction& t : std::as_const(txs)) {
        text += t.date.toString(Qt::ISODate);
        if (!t.code.isEmpty()) {
            text += QStringLiteral(" (") + t.code + u')';
        }
        text += u' ' + QString(t.description).replace(u'\n', u' ') + u'\n';
        for (const Posting& p : t.postings) {
            text += QStringLiteral("    ") + p.account + QStringLiteral("  ") +
                    Money(p.minor, *currency).toPlainString() + u' ' + currency->code() + u'\n';
        }
        text += u'\n';
    }
    if (device.write(text.toUtf8()) < 0) {
        return fail(Error::storage(tr("The journal could not be written: %1").arg(device.errorString())));
    }
    return stats;
}

} // namespace mentordesk
