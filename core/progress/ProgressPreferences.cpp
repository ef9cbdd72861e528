// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/ProgressPreferences.h"

namespace mentordesk {

QString efficiencySourceName(EfficiencySource source)
{
    return source == EfficiencySource::Calibrated ? QStringLiteral("calibrated") : QStringLiteral("default");
}

std::optional<EfficiencySource> efficiencySourceFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"default") {
        return EfficiencySource::Default;
    }
    if (n == u"calibrated") {
        return EfficiencySource::Calibrated;
    }
    return std::nullopt;
}

} // namespace mentordesk
