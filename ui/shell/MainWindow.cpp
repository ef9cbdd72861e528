// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "importexport/ExportDialog.h"
#include "importexport/ImportWizard.h"
#include "matcher/EnquiryMatchDialog.h"
#include "search/GlobalSearchPopup.h"
#include "settings/AutomaticBackup.h"
#include "shell/NewStudioDialog.h"
#include "shell/Page.h"
#include "shell/PageRegistry.h"
#include "shell/StudioSession.h"
#include "shell/WelcomeWidget.h"
#include "storage/Database.h"
#include "storage/StudioBackup.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace mentordesk {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastPageKey = QStringLiteral("window/lastPage");
const QString kRecentKey = QStringLiteral("studios/recent");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_root = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(this);
    m_root->addWidget(m_welcome);
    buildStudioView();
    setCentralWidget(m_root);
    buildMenus();

    connect(m_welcome, &WelcomeWidget::newStudioRequested, this, &MainWindow::newStudio);
    connect(m_welcome, &WelcomeWidget::openStudioRequested, this, &MainWindow::openStudioDialog);
    connect(m_welcome, &WelcomeWidget::demoStudioRequested, this, &MainWindow::openDemoStudio);
    connect(m_welcome, &WelcomeWidget::recentStudioRequested, this, &MainWindow::openStudio);

    m_statusStudio = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusStudio);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    updateRecentMenu();
    retranslate();
}

MainWindow::~MainWindow()
{
    // Pages hold references into the session: delete them first.
    qDeleteAll(m_pages);
    m_pages.clear();
}

void MainWindow::buildStudioView()
{
    m_studioView = new QWidget(this);
    auto* layout = new QHBoxLayout(m_studioView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(m_studioView);
    m_sidebar->setObjectName(QStringLiteral("navigation"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_pageStack = new QStackedWidget(m_studioView);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pageStack, 1);
    m_root->addWidget(m_studioView);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size()) {
            return;
        }
        m_pageStack->setCurrentWidget(m_pages[row]);
        m_pages[row]->activate();
        QSettings().setValue(kLastPageKey, m_pages[row]->pageId());
    });
}

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
    QAction* importAction = file->addAction(tr("&Import…"), this, &MainWindow::importCsv);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
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
    go->addAction(tr("Match a New &Enquiry…"), this, [this] {
          if (m_session) {
              EnquiryMatchDialog::openFor(*m_session, this);
          }
      })->setObjectName(QStringLiteral("matchEnquiryAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    m_search->setMinimumWidth(240);
    bar->addWidget(m_search);
    m_searchPopup = new GlobalSearchPopup(m_search, this);
}

void MainWindow::retranslate()
{
    m_search->setPlaceholderText(tr("Search learners, payers, courses… (Ctrl+K)"));
    setWindowTitle(m_session ? tr("%1 — MentorDesk").arg(m_session->settings().name) : tr("MentorDesk"));
    m_statusStudio->setText(m_session ? QDir::toNativeSeparators(m_session->path()) : QString());
    m_searchBar->setVisible(m_session != nullptr);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (qsizetype i = 0; i < m_pages.size() && i < m_sidebar->count(); ++i) {
            m_sidebar->item(static_cast<int>(i))->setText(m_pages[i]->pageTitle());
        }
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::openStudio(const QString& path)
{
    auto opened = openStudioFile(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open studio"), opened.error().message);
        return false;
    }
    return true;
}

Result<void> MainWindow::openStudioFile(const QString& path)
{
    auto session = StudioSession::open(path, m_clock);
    if (!session) {
        return fail(session.error());
    }
    closeStudio();
    m_session = std::move(*session);
    connect(m_session.get(), &StudioSession::navigationRequested, this, &MainWindow::navigateTo);
    m_searchPopup->setSession(m_session.get());
    rebuildPages();
    m_root->setCurrentWidget(m_studioView);
    rememberRecent(QFileInfo(path).absoluteFilePath());
    retranslate();
    emit studioOpened(path);
    return {};
}

void MainWindow::closeStudio()
{
    if (m_session && AutomaticBackup::load().enabled) {
        // Why on the GUI thread: the studio is closing, nothing else may touch it meanwhile.
        statusBar()->showMessage(tr("Backing up the studio…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        auto backup = AutomaticBackup::runIfEnabled(*m_session);
        QApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
        if (!backup) {
            QMessageBox::warning(this, tr("Automatic Backup Failed"),
                                 tr("The studio was not backed up: %1\n\nCheck the backup folder in Settings.")
                                     .arg(backup.error().message));
        }
    }
    m_sidebar->clear();
    for (Page* page : std::as_const(m_pages)) {
        m_pageStack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_searchPopup->setSession(nullptr);
    m_session.reset();
    m_root->setCurrentWidget(m_welcome);
    retranslate();
}

void MainWindow::rebuildPages()
{
    m_pages = createPages(*m_session, this);
    for (Page* page : std::as_const(m_pages)) {
        m_pageStack->addWidget(page);
        auto* item = new QListWidgetItem(page->pageIcon(), page->pageTitle(), m_sidebar);
        item->setSizeHint(QSize(0, 34));
    }
    for (qsizetype i = 0; i < m_pages.size() && i < 9; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), m_pages[i]);
        shortcut->setContext(Qt::WindowShortcut);
        const int row = static_cast<int>(i);
        connect(shortcut, &QShortcut::activated, this, [this, row] { m_sidebar->setCurrentRow(row); });
    }
    const QString last = QSettings().value(kLastPageKey).toString();
    if (!showPage(last) && !m_pages.isEmpty()) {
        m_sidebar->setCurrentRow(0);
    }
}

bool MainWindow::showPage(const QString& pageId)
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == pageId) {
            m_sidebar->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

bool MainWindow::navigateTo(const QString& kind, const QString& id)
{
    for (Page* page : std::as_const(m_pages)) {
        if (page->showRecord(kind, id)) {
            showPage(page->pageId());
            return true;
        }
    }
    statusBar()->showMessage(tr("Nothing to show for that item yet."), 5000);
    return false;
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
    m_welcome->setRecentStudios(recent);
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
    if (!m_session) {
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
    if (m_session) {
        ImportWizard wizard(*m_session, this);
        wizard.exec();
    }
}

void MainWindow::exportData()
{
    if (m_session) {
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_session) {
        closeStudio();
    }
    event->accept();
}

} // namespace mentordesk
