// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/BackupInspector.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace mentordesk {

class Formatter;

/// File ▸ Restore from Backup…, last step before anything changes: what the verified backup holds
/// (studio, when written, size, schema, counts), which studio it replaces, and that a safety copy of
/// the current studio is kept. "Cancel" is the default button.
class RestoreConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreConfirmDialog(const QString& backupPath, const BackupSummary& summary, const QString& studioName,
                         const QString& studioPath, const Formatter& format, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
    /// The whole text shown (tests).
    [[nodiscard]] QString text() const;

private:
    QList<QLabel*> m_labels;
    QPushButton* m_restore = nullptr;
};

} // namespace mentordesk
