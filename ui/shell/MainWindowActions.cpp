// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and the actions behind them (the window itself is in MainWindow.cpp).
#include "importexport/ExportDialog.h"
#include "importexport/ImportWizard.h"
#include "matcher/EnquiryMatchDialog.h"
#include "search/GlobalSearchPopup.h"
#include "security/SessionLock.h"
#include "shell/FirstFrame.h"
#include "shell/HelpDialog.h"
#include "shell/MainWindow.h"
#include "shell/NewStudioDialog.h"
#include "shell/PageRegistry.h"
#include "shell/StudioSession.h"
#include "shell/WelcomeWidget.h"
#include "storage/StudioBackup.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace mentordesk {

namespace {
const QString kRecentKey = QStringLiteral("studios/recent");
constexpr int kMaxRecent = 8;
} // namespace

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAction = file->addAction(tr("&New Studio…"), this, &MainWindow::newStudio);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Studio…"), this, &MainWindow::openStudioDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Demo Studio"), this, &MainWindow::openDemoStudio);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back Up Studio…"), this, &MainWindow::backupStudio);
    backup->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Replaces the open studio by a verified backup (owners only)."));
    QAction* importAction = file->addAction(tr("&Import…"), this, &MainWindow::importCsv);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock / Switch User"), this, [this] {
        m_lock->lock(tr("Locked. Sign in to go on, or let another mentor sign in."));
    });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* close = file->addAction(tr("&Close Studio"), this, &MainWindow::closeStudio);
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QAction* search = go->addAction(tr("&Search…"), this, [this] {
        if (m_session) {
            m_search->setFocus();
            m_search->selectAll();
        }
    });
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    go->addSeparator();
    QAction* enquiry = go->addAction(tr("Match a New &Enquiry…"), this, [this] {
        if (m_session && !m_lock->isLocked()) {
            EnquiryMatchDialog::openFor(*m_session, this);
        }
    });
    enquiry->setObjectName(QStringLiteral("matchEnquiryAction"));
    m_studioActions = {backup, importAction, exportAction, search, enquiry};

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this,
                                     [this] { HelpDialog::showPage(QStringLiteral("user-guide.md"), this); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Command-Line Reference"), this,
                    [this] { HelpDialog::showPage(QStringLiteral("cli.md"), this); });
    help->addAction(tr("&File Formats"), this,
                    [this] { HelpDialog::showPage(QStringLiteral("file-formats.md"), this); });
    help->addAction(tr("&Security and Sign-in"), this,
                    [this] { HelpDialog::showPage(QStringLiteral("security.md"), this); });
    help->addSeparator();
    help->addAction(tr("&About MentorDesk"), this, &MainWindow::showAbout);

    QToolBar* bar = addToolBar(tr("Search"));
    m_searchBar = bar;
    bar->setObjectName(QStringLiteral("searchBar"));
    bar->setMovable(false);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    // Why after the first frame: the clear button's icon is the first image the process decodes, which
    // loads the image-format plugins; the button shows only once something is typed anyway.
    FirstFrame::after(this, [this] { m_search->setClearButtonEnabled(true); });
    m_search->setMaximumWidth(360);
    m_search->setMinimumWidth(240);
    bar->addWidget(m_search);
    m_searchPopup = new GlobalSearchPopup(m_search, this);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    m_recentMenu->clear();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openStudio(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (m_welcome != nullptr) {
        m_welcome->setRecentStudios(recent);
    }
}

void MainWindow::newStudio()
{
    NewStudioDialog dialog(m_clock, this);
    if (dialog.exec() == QDialog::Accepted) {
        openStudio(dialog.createdPath());
    }
}

void MainWindow::openStudioDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Studio"), QString(),
                                                      tr("MentorDesk studios (*.mentordesk);;All files (*)"));
    if (!path.isEmpty()) {
        openStudio(path);
    }
}

void MainWindow::openDemoStudio()
{
    const QString path = demoStudioPath();
    if (!QFileInfo::exists(path) && !createDemoStudio(path, m_clock, this)) {
        return;
    }
    openStudio(path);
}

void MainWindow::backupStudio()
{
    if (!m_session || m_lock->isLocked()) {
        return;
    }
    const QString suggested = m_session->path() + QStringLiteral(".backup");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back Up Studio"), suggested,
                                                        tr("MentorDesk studios (*.mentordesk);;All files (*)"));
    if (target.isEmpty()) {
        return;
    }
    if (auto ok = StudioBackup::backup(m_session->db(), target); !ok) {
        QMessageBox::warning(this, tr("Backup failed"), ok.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::importCsv()
{
    if (m_session && !m_lock->isLocked()) {
        ImportWizard wizard(*m_session, this);
        wizard.exec();
    }
}

void MainWindow::exportData()
{
    if (m_session && !m_lock->isLocked()) {
        ExportDialog dialog(*m_session, this);
        dialog.exec();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MentorDesk"),
                       tr("<h3>MentorDesk %1</h3><p>A local-first studio manager for independent mentors and small "
                          "tutoring studios: learners, lessons, billing, progress and recommendations, on your own "
                          "computer.</p><p>Built with Qt %2 and SQLite.</p>")
                           .arg(QStringLiteral(MENTORDESK_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace mentordesk
