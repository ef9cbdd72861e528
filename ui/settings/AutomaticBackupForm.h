// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AutomaticBackup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mentordesk {

/// The automatic-backup part of the Settings page: on/off, folder, how many copies to keep and how often
/// to back up while the studio is open. Every change is stored at once (AutomaticBackup::store); the
/// backups run when a studio is closed (MainWindow) and on schedule (BackupScheduler).
class AutomaticBackupForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AutomaticBackupForm(QWidget* parent = nullptr);

    /// What the form shows (and has stored).
    [[nodiscard]] AutomaticBackup::Options options() const;
    /// Shows `options` and stores them.
    void setOptions(const AutomaticBackup::Options& options);

    [[nodiscard]] QCheckBox* enabledBox() const { return m_enabled; }
    [[nodiscard]] QLineEdit* folderEdit() const { return m_folder; }
    [[nodiscard]] QSpinBox* keepBox() const { return m_keep; }
    [[nodiscard]] QComboBox* scheduleBox() const { return m_schedule; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFolder();
    void changed();
    void selectSchedule(int everyHours);

    QCheckBox* m_enabled;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_choose;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    QLabel* m_scheduleLabel;
    QComboBox* m_schedule;
    bool m_loading = false;
};

} // namespace mentordesk
