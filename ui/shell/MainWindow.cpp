// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "search/GlobalSearchPopup.h"
#include "security/SessionLock.h"
#include "settings/AutomaticBackup.h"
#include "settings/BackupScheduler.h"
#include "shell/FirstFrame.h"
#include "shell/Page.h"
#include "shell/PageRegistry.h"
#include "shell/StartupTrace.h"
#include "shell/StudioSession.h"
#include "shell/WelcomeWidget.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
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
} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_root = new QStackedWidget(this);
    buildStudioView();
    setCentralWidget(m_root);
    m_lock = new SessionLock(m_root, m_clock, this);
    m_scheduler = new BackupScheduler(m_clock, this);
    buildMenus();

    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusBackup = new QLabel(this);
    m_statusBackup->setObjectName(QStringLiteral("lastBackup"));
    statusBar()->addPermanentWidget(m_statusBackup);
    m_statusStudio = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusStudio);
    connect(m_scheduler, &BackupScheduler::backupStarted, this, [this] { m_statusBackup->setText(tr("Backing up…")); });
    connect(m_scheduler, &BackupScheduler::backupFinished, this, &MainWindow::showLastBackup);
    connect(m_scheduler, &BackupScheduler::backupFailed, this, [this](const QString& message) {
        // Why no dialog: a scheduled backup must never interrupt work; it is retried later.
        showLastBackup();
        statusBar()->showMessage(tr("Automatic backup failed: %1").arg(message), 15000);
    });
    connect(m_lock, &SessionLock::lockedChanged, this, &MainWindow::updateActions);
    connect(m_lock, &SessionLock::unlocked, this, [this](bool switchedUser) {
        if (switchedUser) {
            deletePages(); // Why: the next account may see other records; pages start afresh.
        }
        showStudioView();
    });

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
    m_scheduler->stop(); // a scheduled backup under way finishes while the window still exists
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
        Page* page = ensurePage(row);
        if (page == nullptr) {
            return;
        }
        m_pageStack->setCurrentWidget(page);
        if (m_deferActivation) {
            m_deferActivation = false;
            FirstFrame::after(this, [this, shown = QPointer<Page>(page)] {
                if (shown != nullptr && currentPage() == shown) {
                    shown->activate();
                }
            });
        } else {
            page->activate();
        }
        QSettings().setValue(kLastPageKey, page->pageId());
    });
    for (int i = 0; i < 9; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), m_studioView);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_sidebar->count()) {
                m_sidebar->setCurrentRow(i);
            }
        });
    }
}

void MainWindow::retranslate()
{
    m_search->setPlaceholderText(tr("Search learners, payers, courses… (Ctrl+K)"));
    setWindowTitle(m_session ? tr("%1 — MentorDesk").arg(m_session->settings().name) : tr("MentorDesk"));
    m_statusStudio->setText(m_session ? QDir::toNativeSeparators(m_session->path()) : QString());
    showLastBackup();
    updateActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (qsizetype i = 0; i < m_pageInfos.size() && i < m_sidebar->count(); ++i) {
            m_sidebar->item(static_cast<int>(i))->setText(m_pageInfos[i].title());
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
    QElapsedTimer trace;
    trace.start();
    auto session = StudioSession::open(path, m_clock);
    StartupTrace::mark("sessionOpened");
    if (qEnvironmentVariableIsSet("MENTORDESK_TRACE_PAGES")) {
        qInfo("session opened in %lld ms", trace.restart());
    }
    if (!session) {
        return fail(session.error());
    }
    if (m_session) {
        closeStudio(); // Why only then: closing shows (and first builds) the welcome screen.
    }
    m_session = std::move(*session);
    connect(m_session.get(), &StudioSession::navigationRequested, this, &MainWindow::navigateTo);
    connect(m_session.get(), &StudioSession::actorChanged, this, &MainWindow::updateActions);
    m_searchPopup->setSession(m_session.get());
    if (!m_lock->begin(m_session.get())) {
        showStudioView();
    }
    StartupTrace::mark("pageShown");
    if (qEnvironmentVariableIsSet("MENTORDESK_TRACE_PAGES")) {
        qInfo("first page built and shown in %lld ms", trace.restart());
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
    m_scheduler->start(m_session->path());
    retranslate();
    emit studioOpened(path);
    return {};
}

void MainWindow::closeStudio()
{
    closeSession(true);
}

void MainWindow::closeSession(bool automaticBackup)
{
    m_scheduler->stop(); // Why first: a scheduled backup under way finishes before the studio closes.
    if (automaticBackup && m_session && AutomaticBackup::load().enabled) {
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
    deletePages();
    m_lock->end();
    m_searchPopup->setSession(nullptr);
    m_session.reset();
    showWelcome();
    retranslate();
}

void MainWindow::deletePages()
{
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->clear();
    }
    for (Page* page : std::as_const(m_pages)) {
        if (page != nullptr) {
            m_pageStack->removeWidget(page);
            delete page;
        }
    }
    m_pages.clear();
    m_pageInfos.clear();
}

void MainWindow::showStudioView()
{
    if (m_pageInfos.isEmpty()) {
        rebuildPages();
    }
    m_root->setCurrentWidget(m_studioView);
    // Why here: pages are built on demand, so their controls join the focus chain last; with the search
    // field just before the sidebar, Tab goes search field, sidebar, the page shown, and round again.
    QWidget::setTabOrder(m_search, m_sidebar);
    retranslate();
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr && !m_lock->isLocked();
    for (QAction* action : std::as_const(m_studioActions)) {
        action->setEnabled(open);
    }
    const bool login = m_session != nullptr && m_session->loginRequired();
    m_lockAction->setEnabled(open && login);
    // Why ask core: who may restore is the access policy's decision (Action::BackupRestore).
    m_restoreAction->setEnabled(open && BackupInspector::mayRestore(m_session->db()).has_value());
    m_searchBar->setVisible(open);
    const Actor& actor = m_session ? m_session->actor() : Actor{};
    m_statusUser->setText(open && login ? tr("Signed in as %1 (%2)").arg(actor.username, roleLabel(actor.role))
                                        : QString());
}

void MainWindow::showWelcome()
{
    if (m_welcome == nullptr) {
        // Why built on demand: a window that opens a studio at once never needs it (faster start-up).
        m_welcome = new WelcomeWidget(this);
        m_root->addWidget(m_welcome);
        connect(m_welcome, &WelcomeWidget::newStudioRequested, this, &MainWindow::newStudio);
        connect(m_welcome, &WelcomeWidget::openStudioRequested, this, &MainWindow::openStudioDialog);
        connect(m_welcome, &WelcomeWidget::demoStudioRequested, this, &MainWindow::openDemoStudio);
        connect(m_welcome, &WelcomeWidget::recentStudioRequested, this, &MainWindow::openStudio);
        m_welcome->setRecentStudios(QSettings().value(kRecentKey).toStringList());
    }
    m_root->setCurrentWidget(m_welcome);
}

void MainWindow::showEvent(QShowEvent* event)
{
    if (!m_session) {
        showWelcome();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::rebuildPages()
{
    m_pageInfos = pageCatalog();
    m_pages = QList<Page*>(m_pageInfos.size(), nullptr);
    {
        const QSignalBlocker blocker(m_sidebar);
        for (const PageInfo& info : std::as_const(m_pageInfos)) {
            auto* item = new QListWidgetItem(info.icon(), info.title(), m_sidebar);
            item->setSizeHint(QSize(0, 34));
        }
    }
    const QString last = QSettings().value(kLastPageKey).toString();
    if (!showPage(last) && !m_pageInfos.isEmpty()) {
        m_sidebar->setCurrentRow(0);
    }
}

Page* MainWindow::ensurePage(int row)
{
    if (row < 0 || row >= m_pageInfos.size() || !m_session) {
        return nullptr;
    }
    if (m_pages[row] == nullptr) {
        QElapsedTimer timer;
        timer.start();
        Page* page = m_pageInfos[row].create(*m_session, m_pageStack);
        m_pageStack->addWidget(page);
        m_pages[row] = page;
        StartupTrace::mark("pageBuilt");
        if (qEnvironmentVariableIsSet("MENTORDESK_TRACE_PAGES")) {
            qInfo("page %s built in %lld ms", qPrintable(page->pageId()), timer.elapsed());
        }
    }
    return m_pages[row];
}

QList<Page*> MainWindow::pages()
{
    QList<Page*> all;
    for (int row = 0; row < m_pageInfos.size(); ++row) {
        all.append(ensurePage(row));
    }
    return all;
}

QList<Page*> MainWindow::builtPages() const
{
    QList<Page*> built;
    for (Page* page : m_pages) {
        if (page != nullptr) {
            built.append(page);
        }
    }
    return built;
}

Page* MainWindow::currentPage() const
{
    const int row = m_sidebar->currentRow();
    return m_session && row >= 0 && row < m_pages.size() ? m_pages[row] : nullptr;
}

bool MainWindow::showPage(const QString& pageId)
{
    for (qsizetype i = 0; i < m_pageInfos.size(); ++i) {
        if (m_pageInfos[i].id == pageId) {
            m_sidebar->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

bool MainWindow::navigateTo(const QString& kind, const QString& id)
{
    for (int row = 0; row < m_pageInfos.size(); ++row) {
        Page* page = ensurePage(row);
        if (page != nullptr && page->showRecord(kind, id)) {
            showPage(page->pageId());
            return true;
        }
    }
    statusBar()->showMessage(tr("Nothing to show for that item yet."), 5000);
    return false;
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
