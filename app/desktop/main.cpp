// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DesktopLauncher.h"
#include "shell/StartupTrace.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    mentordesk::StartupTrace::mark("main");
    QApplication app(argc, argv);
    return mentordesk::runDesktop(app);
}
