// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AutomaticBackup.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mentordesk {

/// The automatic-backup part of the Settings page: on/off, folder and how many copies to keep.
/// Every change is stored at once (AutomaticBackup::store); the backup itself runs when a studio is
/// closed (MainWindow).
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseFolder();
    void changed();

    QCheckBox* m_enabled;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_choose;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    bool m_loading = false;
};

} // namespace mentordesk
