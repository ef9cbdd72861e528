// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportService.h"

#include "invoices/ReceivablesService.h"
#include "progress/AtRiskRules.h"
#include "progress/ProgressService.h"
#include "reports/BillingReportRepository.h"
#include "reports/ProgressHistoryBuilder.h"
#include "reports/RatingReportRepository.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportContext.h"
#include "reports/TeachingReportRepository.h"
#include "security/Guard.h"
#include "studio/StudioService.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace mentordesk {

namespace {

/// Mentors to list: every current one plus any (archived or removed) who appears in the data.
QList<TeachingReportRepository::MentorRow> listedMentors(const QList<TeachingReportRepository::MentorRow>& all,
                                                         const QSet<Id>& withData)
{
    QList<TeachingReportRepository::MentorRow> out;
    QSet<Id> known;
    for (const auto& m : all) {
        known.insert(m.id);
        if (!m.archived || withData.contains(m.id)) {
            out.append(m);
        }
    }
    QList<Id> unknown(withData.cbegin(), withData.cend());
    std::sort(unknown.begin(), unknown.end());
    for (const Id& id : unknown) {
        if (!known.contains(id)) {
            out.append({id, id, QString(), true});
        }
    }
    return out;
}

} // namespace

ReportService::ReportService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ReportRange> ReportService::resolveRange(ReportKind kind, const ReportRange& requested)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudio); !allowed) {
        return fail(allowed.error());
    }
    auto ctx = ReportContext::load(m_db, m_clock);
    if (!ctx) {
        return fail(ctx.error());
    }
    ReportRange r = requested;
    if (!r.to.isValid()) {
        r.to = ctx->today();
    }
    if (!r.from.isValid()) {
        switch (kind) {
        case ReportKind::Ratings:
        case ReportKind::Revenue:
            r.from = ReportCalendar::monthStart(r.to).addMonths(-11);
            break;
        case ReportKind::Progress:
            r.from = r.to.addDays(-7 * 52);
            break;
        default:
            r.from = r.to.addDays(-7 * 11);
            break;
        }
    }
    if (r.to < r.from) {
        return fail(
            Error::invalid(QStringLiteral("to"), tr("The end date %1 is before the start date %2.")
                                                     .arg(r.to.toString(Qt::ISODate), r.from.toString(Qt::ISODate))));
    }
    if (r.from.addYears(kMaxYears) < r.to) {
        return fail(
            Error::invalid(QStringLiteral("from"),
                           tr("A report covers at most %n year(s); choose a later start date.", "", kMaxYears)));
    }
    return r;
}

Result<HoursReport> ReportService::hours(const ReportRange& range)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    auto utilisationReport = utilisation(range);
    if (!utilisationReport) {
        return fail(utilisationReport.error());
    }
    HoursReport r;
    r.from = utilisationReport->from;
    r.to = utilisationReport->to;
    r.weeks = utilisationReport->weeks;
    r.weekTotals = QList<qint64>(r.weeks.size(), 0);
    for (const MentorUtilisation& m : std::as_const(utilisationReport->mentors)) {
        MentorWeekSeries s{m.mentorId, m.name, m.color, m.heldMinutes, m.totalHeld};
        for (qsizetype w = 0; w < s.minutes.size(); ++w) {
            r.weekTotals[w] += s.minutes[w];
        }
        r.total += s.total;
        r.mentors.append(s);
    }
    return r;
}

Result<UtilisationReport> ReportService::utilisation(const ReportRange& range)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    auto ctx = ReportContext::load(m_db, m_clock);
    auto resolved = resolveRange(ReportKind::Utilisation, range);
    if (!ctx || !resolved) {
        return fail(!ctx ? ctx.error() : resolved.error());
    }
    UtilisationReport r;
    r.weeks = ReportCalendar::weekStarts(resolved->from, resolved->to, ctx->weekStartsOn());
    r.from = r.weeks.constFirst();
    r.to = r.weeks.constLast().addDays(6);
    TeachingReportRepository repo(m_db);
    auto rows = repo.minutesPerMentorWeek(ctx->localTime(r.from, r.to), ctx->weekStartsOn(), ctx->startUtc(r.from),
                                          ctx->startUtc(r.to.addDays(1)));
    auto mentors = repo.mentors();
    auto availability = repo.weeklyAvailability();
    if (!rows || !mentors || !availability) {
        return fail(!rows ? rows.error() : !mentors ? mentors.error() : availability.error());
    }
    QHash<QDate, qsizetype> weekIndex;
    for (qsizetype w = 0; w < r.weeks.size(); ++w) {
        weekIndex.insert(r.weeks[w], w);
    }
    QSet<Id> withData;
    for (const auto& row : std::as_const(*rows)) {
        withData.insert(row.mentorId);
    }
    QHash<Id, qsizetype> mentorIndex;
    for (const auto& m : listedMentors(*mentors, withData)) {
        mentorIndex.insert(m.id, r.mentors.size());
        r.mentors.append({m.id, m.name, m.color, availability->value(m.id), QList<qint64>(r.weeks.size(), 0),
                          QList<qint64>(r.weeks.size(), 0), 0});
    }
    for (const auto& row : std::as_const(*rows)) {
        const qsizetype w = weekIndex.value(row.weekStart, -1);
        if (w < 0) {
            continue;
        }
        MentorUtilisation& m = r.mentors[mentorIndex.value(row.mentorId)];
        m.heldMinutes[w] += row.held;
        m.scheduledMinutes[w] += row.scheduled;
        m.totalHeld += row.held;
    }
    return r;
}

Result<ProgressHistoryReport> ReportService::learnerProgress(const Id& learnerId, const ReportRange& range)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    return ProgressHistoryBuilder(m_db, m_clock).build(ProgressHistoryReport::Subject::Learner, learnerId, range);
}

Result<ProgressHistoryReport> ReportService::courseProgress(const Id& courseId, const ReportRange& range)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    return ProgressHistoryBuilder(m_db, m_clock).build(ProgressHistoryReport::Subject::Course, courseId, range);
}

Result<RatingTrendReport> ReportService::ratings(const ReportRange& range)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    auto ctx = ReportContext::load(m_db, m_clock);
    auto resolved = resolveRange(ReportKind::Ratings, range);
    if (!ctx || !resolved) {
        return fail(!ctx ? ctx.error() : resolved.error());
    }
    RatingTrendReport r;
    r.months = ReportCalendar::monthStarts(resolved->from, resolved->to);
    r.from = r.months.constFirst();
    r.to = r.months.constLast().addMonths(1).addDays(-1);
    RatingReportRepository repo(m_db);
    auto rows = repo.monthly(ctx->localTime(r.from, r.to), ctx->startUtc(r.from), ctx->startUtc(r.to.addDays(1)));
    auto names = repo.targetNames();
    if (!rows || !names) {
        return fail(!rows ? rows.error() : names.error());
    }
    QHash<QDate, qsizetype> monthIndex;
    for (qsizetype m = 0; m < r.months.size(); ++m) {
        monthIndex.insert(r.months[m], m);
    }
    const auto emptySeries = [&](const Id& id, const QString& name) {
        return RatingTrendSeries{id, name, QList<int>(r.months.size(), 0), QList<qint64>(r.months.size(), 0), 0, 0};
    };
    r.allCourses = emptySeries({}, tr("All courses"));
    r.allMentors = emptySeries({}, tr("All mentors"));
    QHash<Id, RatingTrendSeries> courses;
    QHash<Id, RatingTrendSeries> mentors;
    for (const auto& row : std::as_const(*rows)) {
        const qsizetype m = monthIndex.value(row.month, -1);
        if (m < 0) {
            continue;
        }
        QHash<Id, RatingTrendSeries>& bucket = row.mentor ? mentors : courses;
        auto it = bucket.find(row.targetId);
        if (it == bucket.end()) {
            it = bucket.insert(row.targetId, emptySeries(row.targetId, names->value(row.targetId, row.targetId)));
        }
        for (RatingTrendSeries* s : {&*it, row.mentor ? &r.allMentors : &r.allCourses}) {
            s->counts[m] += row.count;
            s->starSums[m] += row.stars;
            s->totalCount += row.count;
            s->totalStars += row.stars;
        }
    }
    const auto sorted = [](const QHash<Id, RatingTrendSeries>& bucket) {
        QList<RatingTrendSeries> list = bucket.values();
        std::sort(list.begin(), list.end(), [](const RatingTrendSeries& a, const RatingTrendSeries& b) {
            const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.targetId < b.targetId;
        });
        return list;
    };
    r.courses = sorted(courses);
    r.mentors = sorted(mentors);
    return r;
}

Result<ReportTable> ReportService::atRisk()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    auto list = ProgressService(m_db, m_clock).atRisk();
    if (!list) {
        return fail(list.error());
    }
    ReportTable t;
    t.columns = {QStringLiteral("learner_id"), QStringLiteral("learner"), QStringLiteral("enrollment_id"),
                 QStringLiteral("title"),      QStringLiteral("mentor"),  QStringLiteral("progress"),
                 QStringLiteral("reason"),     QStringLiteral("detail")};
    for (const AtRiskEntry& e : std::as_const(*list)) {
        for (const RiskFlag& f : e.flags) {
            t.rows.append({e.enrollment.learnerId, e.enrollment.learnerName, e.enrollment.id, e.enrollment.title,
                           e.enrollment.mentorName, e.progressPerMille / 1000.0, AtRiskRules::code(f.reason),
                           AtRiskRules::describe(f)});
        }
    }
    return t;
}

Result<QList<PackageStatus>> ReportService::packageStatuses()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto ctx = ReportContext::load(m_db, m_clock);
    if (!ctx) {
        return fail(ctx.error());
    }
    auto rows = BillingReportRepository(m_db).packages();
    if (!rows) {
        return fail(rows.error());
    }
    const QDate today = ctx->today();
    QList<PackageStatus> out;
    QHash<Id, qint64> planRemaining;
    for (const auto& row : std::as_const(*rows)) {
        PackageStatus p;
        p.package = row;
        p.remainingMinutes = row.minutes - row.usedMinutes;
        p.expired = row.validUntil.isValid() && row.validUntil < today;
        if (!p.expired) {
            planRemaining[row.planId] += p.remainingMinutes;
        }
        out.append(p);
    }
    for (PackageStatus& p : out) {
        p.lowBalance = !p.expired && p.package.lowBalanceMinutes > 0 &&
                       planRemaining.value(p.package.planId) <= p.package.lowBalanceMinutes;
    }
    return out;
}

Result<ReportTable> ReportService::packages()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto list = packageStatuses();
    if (!list) {
        return fail(list.error());
    }
    ReportTable t;
    t.columns = {QStringLiteral("package_id"),    QStringLiteral("plan_id"),      QStringLiteral("plan"),
                 QStringLiteral("enrollment_id"), QStringLiteral("learner_id"),   QStringLiteral("learner"),
                 QStringLiteral("payer_id"),      QStringLiteral("purchased_on"), QStringLiteral("valid_until"),
                 QStringLiteral("minutes"),       QStringLiteral("used_minutes"), QStringLiteral("remaining_minutes"),
                 QStringLiteral("expired"),       QStringLiteral("low_balance")};
    for (const PackageStatus& p : std::as_const(*list)) {
        const auto& r = p.package;
        t.rows.append({r.packageId, r.planId, r.planLabel, r.enrollmentId, r.learnerId, r.learnerName, r.payerId,
                       r.purchasedOn, r.validUntil.isValid() ? QVariant(r.validUntil) : QVariant(), r.minutes,
                       r.usedMinutes, p.remainingMinutes, p.expired, p.lowBalance});
    }
    return t;
}

Result<ReportTable> ReportService::revenue(const ReportRange& range)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudioReports); !allowed) {
        return fail(allowed.error());
    }
    auto resolved = resolveRange(ReportKind::Revenue, range);
    if (!resolved) {
        return fail(resolved.error());
    }
    auto studio = StudioService(m_db, m_clock).settings();
    if (!studio) {
        return fail(studio.error());
    }
    const QDate from = ReportCalendar::monthStart(resolved->from);
    const QDate to = ReportCalendar::monthStart(resolved->to).addMonths(1).addDays(-1);
    auto months = BillingReportRepository(m_db).monthlyRevenue(from, to, studio->currency);
    if (!months) {
        return fail(months.error());
    }
    QHash<QDate, BillingReportRepository::MonthRevenue> byMonth;
    for (const auto& m : std::as_const(*months)) {
        byMonth.insert(m.month, m);
    }
    ReportTable t;
    t.columns = {QStringLiteral("month"),          QStringLiteral("currency"),   QStringLiteral("issued_minor"),
                 QStringLiteral("credited_minor"), QStringLiteral("paid_minor"), QStringLiteral("invoices")};
    for (const QDate& month : ReportCalendar::monthStarts(from, to)) {
        const auto m = byMonth.value(month);
        t.rows.append({month.toString(QStringLiteral("yyyy-MM")), studio->currency, m.issuedMinor, m.creditedMinor,
                       m.paidMinor, m.invoiceCount});
    }
    return t;
}

Result<ReportTable> ReportService::aging(const QDate& asOf)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewInvoices); !allowed) {
        return fail(allowed.error());
    }
    auto report = ReceivablesService(m_db, m_clock).aging(asOf);
    if (!report) {
        return fail(report.error());
    }
    ReportTable t;
    t.columns = {QStringLiteral("payer_id"),           QStringLiteral("payer"),
                 QStringLiteral("current_minor"),      QStringLiteral("days_1_30_minor"),
                 QStringLiteral("days_31_60_minor"),   QStringLiteral("days_61_90_minor"),
                 QStringLiteral("days_over_90_minor"), QStringLiteral("total_minor")};
    for (const AgingRow& r : std::as_const(report->rows)) {
        t.rows.append(
            {r.payerId, r.payerName, r.buckets[0], r.buckets[1], r.buckets[2], r.buckets[3], r.buckets[4], r.total()});
    }
    return t;
}

} // namespace mentordesk
