// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoBilling.h"

#include "billing/BillingRun.h"
#include "billing/BillingSettingsService.h"
#include "billing/PlanRepository.h"
#include "common/Clock.h"
#include "invoices/CreditNoteService.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentService.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {

StoredPlan planAt(const DemoContext& ctx, const Id& enrollmentId, const QString& label, const QDate& from,
                  const Id& taxRate, Plan::Terms terms)
{
    StoredPlan p;
    p.meta.id = newId();
    p.meta.createdAt = p.meta.updatedAt = ctx.stamp;
    p.meta.version = 1;
    p.enrollmentId = enrollmentId;
    p.plan.id = p.meta.id;
    p.plan.label = label;
    p.plan.effectiveFrom = from;
    p.plan.taxRateId = taxRate;
    p.plan.terms = std::move(terms);
    return p;
}

HourlyPlan hourly(qint64 rate)
{
    HourlyPlan h;
    h.rateMinor = rate;
    h.rounding.incrementMinutes = 15;
    return h;
}

SubscriptionPlan monthly(qint64 rate, const QDate& endsOn)
{
    SubscriptionPlan s;
    s.feeMinor = rate * 4 * 9 / 10;
    s.includedMinutes = 240;
    s.overageRateMinor = rate;
    s.rollover = SubscriptionPlan::Rollover::Capped;
    s.rolloverCapMinutes = 120;
    s.endsOn = endsOn;
    return s;
}

PackagePlan package(qint64 rate)
{
    PackagePlan p;
    p.priceMinor = rate * 9;
    p.minutes = 600;
    p.validityDays = 365;
    p.lowBalanceMinutes = 120;
    return p;
}

} // namespace

DemoBilling::DemoBilling(DemoContext& ctx, int months)
    : m_ctx(ctx)
    , m_months(months)
{}

Result<void> DemoBilling::run()
{
    if (auto ok = writePlans(); !ok) {
        return ok;
    }
    return billMonths();
}

Result<void> DemoBilling::writePlans()
{
    const FixedClock clock(m_ctx.stamp);
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return fail(tx.error());
    }
    auto gst = BillingSettingsService(m_ctx.db, clock).addTaxRate(QStringLiteral("GST 9 %"), 900);
    if (!gst) {
        return fail(gst.error());
    }
    m_taxRate = gst->meta.id;
    PlanRepository plans(m_ctx.db);
    const QDate from = m_ctx.firstDay;
    for (const StoredPlan& offer :
         {planAt(m_ctx, {}, QStringLiteral("Hourly 80/h"), from, m_taxRate, hourly(8000)),
          planAt(m_ctx, {}, QStringLiteral("10 hours prepaid"), from, m_taxRate, package(8000)),
          planAt(m_ctx, {}, QStringLiteral("Monthly, 4 hours"), from, m_taxRate, monthly(8000, {}))}) {
        if (auto ok = plans.insert(offer); !ok) {
            return ok;
        }
    }
    auto rows = Query::run(
        m_ctx.db, QStringLiteral("SELECT e.id, e.start_date, COALESCE(e.planned_end_date, ''), e.status, "
                                 "m.default_rate_minor FROM enrollments e JOIN mentors m ON m.id = e.mentor_id "
                                 "ORDER BY e.id"));
    if (!rows) {
        return fail(rows.error());
    }
    QList<StoredPlan> pending;
    int index = 0;
    while (rows->next()) {
        const Id id = rows->text(0);
        const QDate start = fromSqlDate(rows->text(1));
        const QDate end = fromSqlDate(rows->text(2));
        const qint64 rate = qMax<qint64>(1000, rows->integer(4));
        const int kind = index++ % 20;
        if (kind < 3) {
            pending.append(planAt(m_ctx, id, QStringLiteral("Monthly, 4 hours"), start, m_taxRate,
                                  monthly(rate, rows->text(3) == QStringLiteral("active") ? QDate() : end)));
        } else if (kind < 6) {
            pending.append(planAt(m_ctx, id, QStringLiteral("10 hours prepaid"), start, m_taxRate, package(rate)));
        } else {
            pending.append(planAt(m_ctx, id, QStringLiteral("Hourly"), start, m_taxRate, hourly(rate)));
        }
    }
    for (const StoredPlan& p : std::as_const(pending)) {
        if (auto ok = plans.insert(p); !ok) {
            return ok;
        }
    }
    return tx->commit();
}

Result<void> DemoBilling::billMonths()
{
    const QDate today = m_ctx.options.today;
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (int back = m_months; back >= 1; --back) {
        const QDate month = firstOfMonth.addMonths(-back);
        const QDate issued = month.addMonths(1);
        const FixedClock clock(QDateTime(issued, QTime(9, 0), Qt::UTC));
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        if (auto run = BillingRun(m_ctx.db, clock).run(period); !run) {
            return fail(run.error());
        }
        auto invoices = InvoiceService(m_ctx.db, clock).issuePeriod(period, issued);
        if (!invoices) {
            if (invoices.error().code == ErrorCode::Refused) {
                continue; // nothing billed that month
            }
            return fail(invoices.error());
        }
        PaymentService payments(m_ctx.db, clock);
        int n = 0;
        for (const Invoice& i : std::as_const(*invoices)) {
            const int pattern = n++ % 12;
            const QDate paidOn = issued.addDays(3 + pattern);
            if (paidOn > today || pattern == 11 || i.balanceMinor() == 0) {
                continue; // unpaid: later shown as overdue
            }
            const qint64 amount = pattern == 7   ? i.balanceMinor() / 2
                                  : pattern == 9 ? i.balanceMinor() + 2000
                                                 : i.balanceMinor();
            const PaymentInput in{paidOn, amount,
                                  pattern % 3 == 0 ? QStringLiteral("cash") : QStringLiteral("bank_transfer"),
                                  QStringLiteral("DEMO-%1").arg(i.numberText)};
            if (auto ok = payments.record(i.meta.id, in); !ok) {
                return fail(ok.error());
            }
        }
        if (back == 1 && invoices->size() > 5) {
            CreditRequest request;
            request.date = issued.addDays(2);
            request.reason = QStringLiteral("Lesson billed twice by mistake");
            if (auto ok = CreditNoteService(m_ctx.db, clock).credit(invoices->at(5).meta.id, request); !ok) {
                return fail(ok.error());
            }
        }
    }
    return {};
}

} // namespace mentordesk
