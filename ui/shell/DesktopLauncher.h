// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace mentordesk {

/// Everything `mentordesk` does before the event loop: parse the command line (--db FILE, --demo,
/// --lang en|zh_CN, --screenshot DIR), open or create the studio, show the main window.
int runDesktop(QApplication& app);

} // namespace mentordesk
