// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: File ▸ Restore from Backup… and the status bar's last automatic backup (docs/user-guide.md,
// "Backups").
#include "security/SessionLock.h"
#include "settings/AutomaticBackup.h"
#include "settings/BackupScheduler.h"
#include "shell/MainWindow.h"
#include "shell/RestoreConfirmDialog.h"
#include "shell/StudioSession.h"
#include "storage/StudioBackup.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace mentordesk {

namespace {

/// Runs `work` on a worker thread while the window shows a busy indicator (after a moment, so quick
/// checks do not flash one) and stays responsive; returns the result.
template <typename T>
T runBusy(QWidget* parent, const QString& label, std::function<T()> work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(400);
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    watcher.waitForFinished();
    return watcher.future().result();
}

} // namespace

Result<BackupSummary> MainWindow::inspectBackup(const QString& backupPath, const QString& passphrase)
{
    if (!m_session || m_lock->isLocked()) {
        return fail(Error::invalid(QStringLiteral("studio"), tr("Open and sign in to the studio to restore first.")));
    }
    if (auto allowed = BackupInspector::mayRestore(m_session->db()); !allowed) {
        return fail(allowed.error());
    }
    return runBusy<Result<BackupSummary>>(this, tr("Checking the backup…"), [backupPath, passphrase] {
        return BackupInspector::inspect(backupPath, passphrase);
    });
}

Result<QString> MainWindow::restoreStudioFrom(const QString& backupPath, const QString& passphrase)
{
    if (!m_session || m_lock->isLocked()) {
        return fail(Error::invalid(QStringLiteral("studio"), tr("Open and sign in to the studio to restore first.")));
    }
    if (auto allowed = BackupInspector::mayRestore(m_session->db()); !allowed) {
        return fail(allowed.error());
    }
    const QString studioPath = QFileInfo(m_session->path()).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == studioPath) {
        return fail(Error::invalid(QStringLiteral("file"), tr("A studio cannot be restored from itself.")));
    }
    // Why no on-close backup: the restore keeps the whole current file as its safety copy.
    closeSession(false);
    statusBar()->showMessage(tr("Restoring the backup…"));
    auto restored = runBusy<Result<QString>>(this, tr("Restoring the backup…"), [backupPath, studioPath, passphrase] {
        return StudioBackup::restore(backupPath, studioPath, passphrase);
    });
    statusBar()->clearMessage();
    auto reopened = openStudioFile(studioPath);
    if (!restored) {
        if (!reopened) {
            return fail(Error::storage(tr("%1\n\nThe studio file was not changed, but it could not be opened again: %2")
                                           .arg(restored.error().message, reopened.error().message)));
        }
        return fail(restored.error());
    }
    if (!reopened) {
        return fail(Error::storage(tr("The backup was restored but cannot be opened: %1\n\nThe previous studio is "
                                      "kept as %2.")
                                       .arg(reopened.error().message, QDir::toNativeSeparators(*restored))));
    }
    statusBar()->showMessage(tr("Restored from %1. The previous studio is kept as %2.")
                                 .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(*restored)),
                             15000);
    return restored;
}

void MainWindow::restoreFromBackup()
{
    if (!m_session || m_lock->isLocked()) {
        return;
    }
    if (auto allowed = BackupInspector::mayRestore(m_session->db()); !allowed) {
        QMessageBox::warning(this, tr("Restore from Backup"), allowed.error().message);
        return;
    }
    const QString folder = AutomaticBackup::load().folder;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore from Backup"), folder.isEmpty() ? QFileInfo(m_session->path()).absolutePath() : folder,
        tr("MentorDesk backups (*.mentordesk-backup *.backup *.mentordesk);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString passphrase;
    if (BackupInspector::isEncrypted(path)) {
        QInputDialog ask(this);
        ask.setWindowTitle(tr("Encrypted Backup"));
        ask.setLabelText(tr("This backup is encrypted. &Passphrase:"));
        ask.setTextEchoMode(QLineEdit::Password);
        if (auto* field = ask.findChild<QLineEdit*>()) {
            field->setPlaceholderText(tr("The passphrase given when the backup was made"));
        }
        if (ask.exec() != QDialog::Accepted || ask.textValue().isEmpty()) {
            return;
        }
        passphrase = ask.textValue();
    }
    auto summary = inspectBackup(path, passphrase);
    if (!summary) {
        QMessageBox::warning(this, tr("Cannot Restore This Backup"),
                             tr("%1\n\nThe open studio was not changed.").arg(summary.error().message));
        return;
    }
    RestoreConfirmDialog confirm(path, *summary, m_session->settings().name, m_session->path(), m_session->format(),
                                 this);
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    if (auto restored = restoreStudioFrom(path, passphrase); !restored) {
        QMessageBox::warning(
            this, tr("Restore Failed"),
            m_session ? tr("%1\n\nThe studio was not changed and is open again.").arg(restored.error().message)
                      : restored.error().message);
    }
}

void MainWindow::showLastBackup()
{
    if (!m_session || !AutomaticBackup::load().enabled) {
        m_statusBackup->clear();
        m_statusBackup->setToolTip(QString());
        return;
    }
    const QDateTime last = m_scheduler->lastBackupUtc();
    m_statusBackup->setText(last.isValid() ? tr("Last backup %1").arg(m_session->format().dateTime(last))
                                           : tr("No automatic backup yet"));
    const QString error = m_scheduler->lastError();
    m_statusBackup->setToolTip(
        error.isEmpty()
            ? tr("Automatic backups go to %1.").arg(QDir::toNativeSeparators(AutomaticBackup::load().folder))
            : tr("The last automatic backup failed: %1").arg(error));
    if (!error.isEmpty()) {
        m_statusBackup->setText(tr("Automatic backup failed"));
    }
}

} // namespace mentordesk
