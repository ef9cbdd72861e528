// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace mentordesk {

/// Where the studio file is: an explicit `--db` path wins, then $MENTORDESK_DB, then
/// "<GenericDataLocation>/mentordesk/studio.mentordesk" (~/.local/share/mentordesk/ on Linux).
[[nodiscard]] QString resolveStudioPath(const QString& explicitPath, const QProcessEnvironment& env);

/// The default location alone.
[[nodiscard]] QString defaultStudioPath();

} // namespace mentordesk
