// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shell/Page.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace mentordesk {

class AutomaticBackupForm;
class SecuritySettingsForm;
class StudioSession;
class StudioSettingsForm;

/// The Settings page: the studio's settings (saved through StudioService, errors shown under the
/// field), the interface language (English / 简体中文, applied at once, kept in QSettings
/// "ui/language"), "Back up now", automatic backups when the studio is closed and the Security section
/// (SecuritySettingsForm: sign-in, auto-lock, accounts, audit log).
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("settings"); }
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;

    /// Saves the form; shows the error under its field (or above the buttons) and returns false on failure.
    bool save();
    /// Puts the saved settings back into the form.
    void revert();
    /// Switches the interface language ("en" or "zh_CN") now and remembers it.
    void setLanguage(const QString& language);
    /// Writes a verified copy of the studio to `target`.
    [[nodiscard]] Result<void> backUpTo(const QString& target);

    [[nodiscard]] StudioSettingsForm* form() const { return m_form; }
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QLabel* heading() const { return m_heading; }
    [[nodiscard]] AutomaticBackupForm* automaticBackupForm() const { return m_autoBackup; }
    [[nodiscard]] SecuritySettingsForm* securityForm() const { return m_security; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The Restore button follows the window's "Restore from Backup…" action (hidden without a window).
    void syncRestoreButton();
    void retranslate();
    void backUpNow();
    void reload();
    void setDirty(bool dirty);
    void showStatus(const QString& text, bool error);

    StudioSession& m_session;
    QLabel* m_heading;
    QGroupBox* m_studioBox;
    StudioSettingsForm* m_form;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_revert;
    QGroupBox* m_interfaceBox;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QGroupBox* m_backupBox;
    QLabel* m_backupText;
    QPushButton* m_backup;
    QPushButton* m_restore; ///< triggers the window's "Restore from Backup…" (owners only, like the action)
    QLabel* m_backupStatus;
    AutomaticBackupForm* m_autoBackup;
    QLabel* m_securityHeading;
    SecuritySettingsForm* m_security;
    bool m_dirty = false;
};

} // namespace mentordesk
