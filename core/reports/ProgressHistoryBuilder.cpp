// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProgressHistoryBuilder.h"

#include "courses/CourseService.h"
#include "people/LearnerService.h"
#include "progress/ProgressModel.h"
#include "progress/ProgressService.h"
#include "reports/ProgressHistoryRepository.h"
#include "reports/ReportCalendar.h"
#include "reports/ReportContext.h"
#include "reports/ReportService.h"

#include <QHash>
#include <algorithm>

namespace mentordesk {

ProgressHistoryBuilder::ProgressHistoryBuilder(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ProgressHistoryReport> ProgressHistoryBuilder::build(ProgressHistoryReport::Subject subject, const Id& subjectId,
                                                            const ReportRange& range)
{
    const bool learner = subject == ProgressHistoryReport::Subject::Learner;
    const Id id = subjectId.trimmed().toLower();
    auto ctx = ReportContext::load(m_db, m_clock);
    if (!ctx) {
        return fail(ctx.error());
    }
    ProgressService progress(m_db, m_clock);
    auto current = learner ? progress.learner(id) : progress.course(id);
    if (!current) {
        return fail(current.error());
    }
    ProgressHistoryReport r;
    r.subject = subject;
    r.subjectId = id;
    if (learner) {
        auto l = LearnerService(m_db, m_clock).get(id);
        if (!l) {
            return fail(l.error());
        }
        r.subjectName = l->name;
    } else {
        auto c = CourseService(m_db, m_clock).get(id);
        if (!c) {
            return fail(c.error());
        }
        r.subjectName = c->title;
    }

    const QDate today = ctx->today();
    if (range.from.isValid() && range.from > today) {
        return fail(Error::invalid(QStringLiteral("from"), tr("The range starts after today (%1); progress has no "
                                                              "future values.")
                                                               .arg(today.toString(Qt::ISODate))));
    }
    ReportRange requested{range.from, range.to.isValid() ? std::min(range.to, today) : today};
    if (!requested.from.isValid() && learner) {
        for (const EnrollmentProgress& e : std::as_const(*current)) {
            if (e.enrollment.startDate.isValid() &&
                (!requested.from.isValid() || e.enrollment.startDate < requested.from)) {
                requested.from = std::min(e.enrollment.startDate, requested.to);
            }
        }
    }
    auto resolved = ReportService(m_db, m_clock).resolveRange(ReportKind::Progress, requested);
    if (!resolved) {
        return fail(resolved.error());
    }
    const QList<QDate> weeks = ReportCalendar::weekStarts(resolved->from, resolved->to, ctx->weekStartsOn());
    r.from = weeks.constFirst();
    r.to = resolved->to;
    QHash<QDate, qsizetype> weekIndex;
    for (qsizetype w = 0; w < weeks.size(); ++w) {
        weekIndex.insert(weeks[w], w);
        r.dates.append(std::min(weeks[w].addDays(6), r.to));
    }

    const ProgressScope scope{learner ? ProgressScope::Kind::Learner : ProgressScope::Kind::Course, id};
    auto rows = ProgressHistoryRepository(m_db).heldPerWeek(scope, ctx->localTime(r.from, r.to), ctx->weekStartsOn(),
                                                            ctx->startUtc(r.from), ctx->startUtc(r.to.addDays(1)));
    if (!rows) {
        return fail(rows.error());
    }
    QHash<Id, qint64> before;
    QHash<Id, QList<qint64>> perWeek;
    for (const auto& row : std::as_const(*rows)) {
        if (!row.weekStart.isValid()) {
            before[row.enrollmentId] += row.minutes;
            continue;
        }
        const qsizetype w = weekIndex.value(row.weekStart, -1);
        if (w >= 0) {
            QList<qint64>& list = perWeek[row.enrollmentId];
            list.resize(weeks.size(), 0);
            list[w] += row.minutes;
        }
    }
    for (const EnrollmentProgress& e : std::as_const(*current)) {
        EnrollmentHistory h{e, {}};
        qint64 held = before.value(e.enrollment.id);
        const QList<qint64> minutes = perWeek.value(e.enrollment.id);
        for (qsizetype w = 0; w < weeks.size(); ++w) {
            held += minutes.value(w);
            const ProgressFraction p =
                ProgressModel::progress(held, e.report.efficiencyPermille, e.report.contentMinutes);
            h.points.append({r.dates[w], held, p.perMille()});
        }
        r.enrollments.append(h);
    }
    if (!learner) {
        for (qsizetype d = 0; d < r.dates.size(); ++d) {
            qint64 sum = 0;
            int started = 0;
            for (const EnrollmentHistory& h : std::as_const(r.enrollments)) {
                if (!h.current.enrollment.startDate.isValid() || h.current.enrollment.startDate <= r.dates[d]) {
                    sum += h.points[d].perMille;
                    ++started;
                }
            }
            r.startedCount.append(started);
            r.averagePerMille.append(
                started > 0 ? std::optional<int>(static_cast<int>((2 * sum + started) / (2 * started))) : std::nullopt);
        }
    }
    return r;
}

} // namespace mentordesk
