// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/PageFactories.h"

#include <QList>

class QWidget;

namespace mentordesk {

class Clock;
class Page;
class StudioSession;

/// The pages of an open studio in sidebar order. Features add their page here as they land.
[[nodiscard]] QList<PageInfo> pageCatalog();

/// Where the demo studio lives (~/.local/share/mentordesk/demo.mentordesk; $MENTORDESK_DEMO_DB overrides).
[[nodiscard]] QString demoStudioPath();

/// Generates the demo studio at `path` off the GUI thread, with a progress dialog. False on failure or cancel.
bool createDemoStudio(const QString& path, const Clock& clock, QWidget* parent);

} // namespace mentordesk
