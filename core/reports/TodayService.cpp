// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TodayService.h"

#include "common/Clock.h"
#include "invoices/ReceivablesService.h"
#include "progress/ProgressService.h"
#include "reports/BillingReportRepository.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportContext.h"
#include "reports/ReportService.h"
#include "reports/TeachingReportRepository.h"
#include "reports/TodayRepository.h"
#include "security/Guard.h"
#include "studio/FirstStepsService.h"
#include "studio/StudioService.h"

#include <QHash>
#include <algorithm>

namespace mentordesk {

TodayService::TodayService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<TodaySummary> TodayService::summary(int awaitingLimit, bool includeAtRisk)
{
    // Why: a mentor account sees its own lessons and no studio-wide money or risk lists.
    auto scope = Guard::listScope(m_db, Action::ViewLessons);
    if (!scope) {
        return fail(scope.error());
    }
    auto ctx = ReportContext::load(m_db, m_clock);
    if (!ctx) {
        return fail(ctx.error());
    }
    TodaySummary s;
    s.today = ctx->today();
    s.weekStart = ReportCalendar::weekStart(s.today, ctx->weekStartsOn());
    s.billingAvailable =
        ReportCatalog::isAvailable(ReportKind::Revenue) && Guard::studio(m_db, Action::ViewInvoices).has_value();
    const QDateTime now = m_clock.nowUtc();

    TodayRepository lessons(m_db, *scope);
    auto today = lessons.lessonsBetween(ctx->startUtc(s.today), ctx->startUtc(s.today.addDays(1)));
    auto tomorrow = lessons.lessonsBetween(ctx->startUtc(s.today.addDays(1)), ctx->startUtc(s.today.addDays(2)));
    const QDateTime since = ctx->startUtc(s.today.addDays(-kAwaitingDays));
    auto awaiting = lessons.awaitingAttendance(since, now, std::clamp(awaitingLimit, 1, 10000));
    auto awaitingTotal = lessons.countAwaitingAttendance(since, now);
    if (!today || !tomorrow || !awaiting || !awaitingTotal) {
        return fail(!today      ? today.error()
                    : !tomorrow ? tomorrow.error()
                    : !awaiting ? awaiting.error()
                                : awaitingTotal.error());
    }
    s.todayLessons = *today;
    s.tomorrowLessons = *tomorrow;
    s.awaitingAttendance = *awaiting;
    s.awaitingTotal = *awaitingTotal;

    TeachingReportRepository teaching(m_db);
    auto thisWeek = teaching.minutesBetween(ctx->startUtc(s.weekStart), ctx->startUtc(s.weekStart.addDays(7)), *scope);
    auto lastWeek = teaching.minutesBetween(ctx->startUtc(s.weekStart.addDays(-7)), ctx->startUtc(s.weekStart), *scope);
    if (!thisWeek || !lastWeek) {
        return fail(!thisWeek ? thisWeek.error() : lastWeek.error());
    }
    s.heldThisWeek = thisWeek->first;
    s.scheduledThisWeek = thisWeek->second;
    s.heldLastWeek = lastWeek->first;

    if (s.billingAvailable) {
        if (auto ok = addMoney(s, awaitingLimit); !ok) {
            return fail(ok.error());
        }
    }

    auto firstSteps = FirstStepsService(m_db).status();
    if (!firstSteps) {
        return fail(firstSteps.error());
    }
    s.firstSteps = *firstSteps;

    if (includeAtRisk) {
        auto risks = ProgressService(m_db, m_clock).atRisk();
        if (!risks) {
            return fail(risks.error());
        }
        s.atRisk = *risks;
    }
    return s;
}

Result<void> TodayService::addMoney(TodaySummary& s, int listLimit)
{
    auto studio = StudioService(m_db, m_clock).settings();
    if (!studio) {
        return fail(studio.error());
    }
    s.currency = studio->currency;
    const QDate thisMonth = ReportCalendar::monthStart(s.today);
    auto months = BillingReportRepository(m_db).monthlyRevenue(thisMonth.addMonths(-1),
                                                               thisMonth.addMonths(1).addDays(-1), s.currency);
    if (!months) {
        return fail(months.error());
    }
    for (const auto& m : std::as_const(*months)) {
        const bool current = m.month == thisMonth;
        (current ? s.issuedThisMonth : s.issuedLastMonth) = m.issuedMinor;
        (current ? s.paidThisMonth : s.paidLastMonth) = m.paidMinor;
    }
    auto overdue = ReceivablesService(m_db, m_clock).overdue(s.today);
    if (!overdue) {
        return fail(overdue.error());
    }
    s.overdueCount = static_cast<int>(overdue->size());
    for (const OverdueInvoice& o : std::as_const(*overdue)) {
        s.overdueMinor += o.invoice.balanceMinor();
        if (s.overdue.size() < std::clamp(listLimit, 1, 10000)) {
            s.overdue.append({o.invoice.meta.id, o.invoice.numberText, o.invoice.payerId, o.invoice.payerName,
                              o.invoice.balanceMinor(), o.daysOverdue});
        }
    }
    auto packages = ReportService(m_db, m_clock).packageStatuses();
    if (!packages) {
        return fail(packages.error());
    }
    QHash<Id, qsizetype> listedPlans; // one entry per plan: its latest package
    for (const PackageStatus& p : std::as_const(*packages)) {
        if (!p.lowBalance) {
            continue;
        }
        if (const auto it = listedPlans.constFind(p.package.planId); it != listedPlans.cend()) {
            s.lowPackages[*it] = p;
        } else {
            listedPlans.insert(p.package.planId, s.lowPackages.size());
            s.lowPackages.append(p);
        }
    }
    return {};
}

} // namespace mentordesk
