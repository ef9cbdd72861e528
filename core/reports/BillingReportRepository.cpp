// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BillingReportRepository.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QMap>
#include <algorithm>

namespace mentordesk {

BillingReportRepository::BillingReportRepository(Database& db)
    : m_db(db)
{}

Result<QList<BillingReportRepository::MonthRevenue>>
BillingReportRepository::monthlyRevenue(const QDate& from, const QDate& to, const QString& currency)
{
    QMap<QDate, MonthRevenue> months;
    const QString first = toSqlDate(from);
    const QString last = toSqlDate(to);
    auto invoices = m_db.prepare(QStringLiteral("SELECT substr(issue_date, 1, 7) || '-01' AS mo, "
                                                "SUM(CASE WHEN kind = 'invoice' THEN grand_total ELSE 0 END), "
                                                "SUM(CASE WHEN kind = 'credit_note' THEN -grand_total ELSE 0 END), "
                                                "SUM(CASE WHEN kind = 'invoice' THEN 1 ELSE 0 END) FROM invoices "
                                                "WHERE deleted_at IS NULL AND status = 'issued' AND currency = ? "
                                                "AND issue_date >= ? AND issue_date <= ? GROUP BY mo"));
    if (!invoices) {
        return fail(invoices.error());
    }
    invoices->bind(currency).bind(first).bind(last);
    if (auto ok = invoices->exec(); !ok) {
        return fail(ok.error());
    }
    while (invoices->next()) {
        MonthRevenue& m = months[fromSqlDate(invoices->text(0))];
        m.issuedMinor = invoices->integer(1);
        m.creditedMinor = invoices->integer(2);
        m.invoiceCount = static_cast<int>(invoices->integer(3));
    }
    // Why: a 'payer_credit' payment spends money already counted when it was overpaid.
    auto payments = m_db.prepare(QStringLiteral("SELECT substr(paid_on, 1, 7) || '-01' AS mo, SUM(amount_minor) "
                                                "FROM payments WHERE deleted_at IS NULL AND method <> 'payer_credit' "
                                                "AND paid_on >= ? AND paid_on <= ? GROUP BY mo"));
    if (!payments) {
        return fail(payments.error());
    }
    payments->bind(first).bind(last);
    if (auto ok = payments->exec(); !ok) {
        return fail(ok.error());
    }
    while (payments->next()) {
        months[fromSqlDate(payments->text(0))].paidMinor = payments->integer(1);
    }
    QList<MonthRevenue> out;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        MonthRevenue m = it.value();
        m.month = it.key();
        out.append(m);
    }
    return out;
}

Result<QList<BillingReportRepository::PackageRow>> BillingReportRepository::packages()
{
    auto s = m_db.prepare(QStringLiteral(
        "SELECT pp.id, pp.plan_id, pl.label, pp.enrollment_id, e.learner_id, COALESCE(lr.name, ''), "
        "COALESCE(lr.payer_id, ''), pp.purchased_on, COALESCE(pp.valid_until, ''), pp.minutes, "
        "COALESCE((SELECT SUM(b.minutes) FROM billed_sources b WHERE b.package_id = pp.id "
        "AND b.source_kind = 'package_draw' AND b.deleted_at IS NULL AND b.released_at IS NULL), 0), "
        "COALESCE(json_extract(pl.terms, '$.low_balance_minutes'), 0) "
        "FROM package_purchases pp JOIN plans pl ON pl.id = pp.plan_id "
        "LEFT JOIN enrollments e ON e.id = pp.enrollment_id LEFT JOIN learners lr ON lr.id = e.learner_id "
        "WHERE pp.deleted_at IS NULL AND pl.deleted_at IS NULL "
        "ORDER BY lr.name COLLATE NOCASE, pp.purchased_on, pp.id"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<PackageRow> out;
    while (s->next()) {
        PackageRow r;
        r.packageId = s->text(0);
        r.planId = s->text(1);
        r.planLabel = s->text(2);
        r.enrollmentId = s->text(3);
        r.learnerId = s->text(4);
        r.learnerName = s->text(5);
        r.payerId = s->text(6);
        r.purchasedOn = fromSqlDate(s->text(7));
        r.validUntil = fromSqlDate(s->text(8));
        r.minutes = s->integer(9);
        r.usedMinutes = std::min(r.minutes, s->integer(10));
        r.lowBalanceMinutes = s->integer(11);
        out.append(r);
    }
    return out;
}

} // namespace mentordesk
