// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportLoader.h"

#include "progress/ProgressService.h"
#include "reports/ProgressChart.h"
#include "reports/ReportCharts.h"
#include "reports/ReportService.h"
#include "shell/StudioSession.h"

namespace mentordesk {

ReportLoader::ReportLoader(StudioSession& session)
    : m_session(session)
{}

LoadedReport ReportLoader::hours(const ReportRange& range)
{
    LoadedReport out;
    auto r = ReportService(m_session.db(), m_session.clock()).hours(range);
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    out.chart.reset(ReportCharts::hours(*r, m_session.format()));
    out.table = r->table();
    out.from = r->from;
    out.to = r->to;
    return out;
}

LoadedReport ReportLoader::utilisation(const ReportRange& range)
{
    LoadedReport out;
    auto r = ReportService(m_session.db(), m_session.clock()).utilisation(range);
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    out.chart.reset(ReportCharts::utilisation(*r, m_session.format()));
    out.table = r->table();
    out.from = r->from;
    out.to = r->to;
    return out;
}

LoadedReport ReportLoader::progress(const Id& learnerId, const Id& enrollmentId, const ReportRange& range)
{
    LoadedReport out;
    auto r = ReportService(m_session.db(), m_session.clock()).learnerProgress(learnerId, range);
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    out.chart.reset(ProgressChart::build(*r, m_session.format(), enrollmentId));
    out.table = r->table();
    out.from = r->from;
    out.to = r->to;
    out.progress = *r;
    return out;
}

LoadedReport ReportLoader::ratings(const ReportRange& range, bool byMentor)
{
    LoadedReport out;
    auto r = ReportService(m_session.db(), m_session.clock()).ratings(range);
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    out.chart.reset(ReportCharts::ratings(*r, m_session.format(), byMentor));
    out.table = r->table();
    out.from = r->from;
    out.to = r->to;
    return out;
}

LoadedReport ReportLoader::atRisk()
{
    LoadedReport out;
    auto list = ProgressService(m_session.db(), m_session.clock()).atRisk();
    auto table = ReportService(m_session.db(), m_session.clock()).atRisk();
    if (!list || !table) {
        out.error = !list ? list.error().message : table.error().message;
        return out;
    }
    out.atRisk = *list;
    out.table = *table;
    return out;
}

} // namespace mentordesk
