// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/PageFactories.h"
#include "storage/BackupInspector.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace mentordesk {

class BackupScheduler;
class Clock;
class GlobalSearchPopup;
class Page;
class SessionLock;
class StudioSession;
class WelcomeWidget;

/// The main window: a welcome screen when no studio is open, otherwise a navigation sidebar with
/// the pages, a global search field, menus and a status bar. It only assembles; pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the studio at `path` (closing the current one); shows an error and returns false on failure.
    bool openStudio(const QString& path);
    /// The same without any dialog: the error is returned (tests, scripted use).
    [[nodiscard]] Result<void> openStudioFile(const QString& path);
    void closeStudio();
    /// File ▸ Restore from Backup…, first step without dialogs: refused unless the signed-in account may
    /// restore (owner); verifies the backup off the GUI thread (a busy indicator after a moment) and
    /// says what it holds. Nothing is changed.
    [[nodiscard]] Result<BackupSummary> inspectBackup(const QString& backupPath, const QString& passphrase = {});
    /// The restore itself, without dialogs (call inspectBackup() and confirm first): closes the studio,
    /// replaces its file by the backup (StudioBackup::restore verifies it again first and keeps the old
    /// file as "<studio>.before-restore-<time>") and opens it again. On any failure the previous studio
    /// is left as it was and opened again. Returns the safety copy's path.
    [[nodiscard]] Result<QString> restoreStudioFrom(const QString& backupPath, const QString& passphrase = {});
    /// Scheduled automatic backups while the studio is open.
    [[nodiscard]] BackupScheduler& backupScheduler() const { return *m_scheduler; }
    /// Shows the welcome screen (create, open or demo studio); built the first time it is needed.
    void showWelcome();
    /// Locking and signing in for studios whose login is on (docs/security.md).
    [[nodiscard]] SessionLock& sessionLock() const { return *m_lock; }
    [[nodiscard]] StudioSession* session() const { return m_session.get(); }
    /// The pages of the open studio, in sidebar order; builds every page not built yet.
    [[nodiscard]] QList<Page*> pages();
    /// The pages built so far, in sidebar order. A page is built the first time it is shown or asked
    /// to show a record, so opening a studio builds only the page it opens on.
    [[nodiscard]] QList<Page*> builtPages() const;
    /// The page shown (nullptr on the welcome screen).
    [[nodiscard]] Page* currentPage() const;
    /// Shows the page with `pageId`; false when there is none.
    bool showPage(const QString& pageId);
    /// Shows the page that displays record `id` of `kind` and selects it there.
    bool navigateTo(const QString& kind, const QString& id);
    /// The next page shown starts loading its data only after the window's first frame (start-up:
    /// the page says "Loading…" in that frame, and its worker does not compete with the first paint).
    void deferFirstPageLoad() { m_deferActivation = true; }

signals:
    void studioOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildStudioView();
    void rebuildPages();
    /// The page in sidebar row `row`, built (and added to the stack) on first use.
    Page* ensurePage(int row);
    void retranslate();
    /// Enables what needs an open, unlocked studio; shows who is signed in.
    void updateActions();
    /// Shows the studio's pages once someone may see them (at open, or after signing in).
    void showStudioView();
    void deletePages();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void newStudio();
    void openStudioDialog();
    void openDemoStudio();
    void backupStudio();
    void restoreFromBackup();
    /// Closes the open studio; `automaticBackup`: make the on-close backup first when it is enabled.
    void closeSession(bool automaticBackup);
    /// The status bar's "Last backup …" (empty when automatic backups are off).
    void showLastBackup();
    void importCsv();
    void exportData();
    void showAbout();

    const Clock& m_clock;
    std::unique_ptr<StudioSession> m_session;
    QStackedWidget* m_root = nullptr;
    WelcomeWidget* m_welcome = nullptr;
    QWidget* m_studioView = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QLineEdit* m_search = nullptr;
    GlobalSearchPopup* m_searchPopup = nullptr;
    QToolBar* m_searchBar = nullptr;
    QLabel* m_statusStudio = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_studioActions; ///< Enabled only while a studio is open and unlocked.
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusBackup = nullptr;
    QAction* m_restoreAction = nullptr;
    BackupScheduler* m_scheduler = nullptr;
    SessionLock* m_lock = nullptr;
    QList<PageInfo> m_pageInfos; ///< The sidebar, in order.
    QList<Page*> m_pages;        ///< Parallel to m_pageInfos; nullptr until the page is built.
    bool m_deferActivation = false;
};

} // namespace mentordesk
