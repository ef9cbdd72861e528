// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportContext.h"

#include "common/Clock.h"
#include "studio/StudioService.h"

namespace mentordesk {

ReportContext::ReportContext(StudioTimeZone zone, int weekStartsOn, QDate today)
    : m_zone(std::move(zone))
    , m_weekStartsOn(weekStartsOn)
    , m_today(today)
{}

Result<ReportContext> ReportContext::load(Database& db, const Clock& clock)
{
    auto settings = StudioService(db, clock).settings();
    if (!settings) {
        return fail(settings.error());
    }
    auto zone = StudioTimeZone::fromId(settings->timeZone,
                                       {QStringLiteral("time_zone"), StudioTimeZone::tr("Studio time zone")});
    if (!zone) {
        return fail(zone.error());
    }
    const QDate today = zone->toLocal(clock.nowUtc()).date;
    return ReportContext(*zone, settings->weekStartsOn, today);
}

} // namespace mentordesk
