// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TodayService.h"

#include "common/Clock.h"
#include "progress/ProgressService.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportContext.h"
#include "reports/TeachingReportRepository.h"
#include "reports/TodayRepository.h"

#include <algorithm>

namespace mentordesk {

TodayService::TodayService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<TodaySummary> TodayService::summary(int awaitingLimit, bool includeAtRisk)
{
    auto ctx = ReportContext::load(m_db, m_clock);
    if (!ctx) {
        return fail(ctx.error());
    }
    TodaySummary s;
    s.today = ctx->today();
    s.weekStart = ReportCalendar::weekStart(s.today, ctx->weekStartsOn());
    s.billingAvailable = ReportCatalog::isAvailable(ReportKind::Revenue);
    const QDateTime now = m_clock.nowUtc();

    TodayRepository lessons(m_db);
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
    auto thisWeek = teaching.minutesBetween(ctx->startUtc(s.weekStart), ctx->startUtc(s.weekStart.addDays(7)));
    auto lastWeek = teaching.minutesBetween(ctx->startUtc(s.weekStart.addDays(-7)), ctx->startUtc(s.weekStart));
    if (!thisWeek || !lastWeek) {
        return fail(!thisWeek ? thisWeek.error() : lastWeek.error());
    }
    s.heldThisWeek = thisWeek->first;
    s.scheduledThisWeek = thisWeek->second;
    s.heldLastWeek = lastWeek->first;

    if (includeAtRisk) {
        auto risks = ProgressService(m_db, m_clock).atRisk();
        if (!risks) {
            return fail(risks.error());
        }
        s.atRisk = *risks;
    }
    return s;
}

} // namespace mentordesk
