// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StudioLocation.h"

#include <QStandardPaths>

namespace mentordesk {

QString defaultStudioPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mentordesk/studio.mentordesk");
}

QString resolveStudioPath(const QString& explicitPath, const QProcessEnvironment& env)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString fromEnv = env.value(QStringLiteral("MENTORDESK_DB"));
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return defaultStudioPath();
}

} // namespace mentordesk
