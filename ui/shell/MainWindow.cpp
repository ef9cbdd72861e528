// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "storage/Database.h"
#include "studio/StudioService.h"

#include <QLabel>
#include <QStatusBar>

namespace mentordesk {

MainWindow::MainWindow(Database& db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
{
    auto studio = StudioService(m_db, m_clock).settings();
    setWindowTitle(studio ? tr("%1 — MentorDesk").arg(studio->name) : tr("MentorDesk"));
    setCentralWidget(new QLabel(tr("MentorDesk"), this));
    statusBar()->showMessage(m_db.path());
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

} // namespace mentordesk
