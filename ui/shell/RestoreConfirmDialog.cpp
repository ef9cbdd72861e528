// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RestoreConfirmDialog.h"

#include "common/Formatter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mentordesk {

RestoreConfirmDialog::RestoreConfirmDialog(const QString& backupPath, const BackupSummary& summary,
                                           const QString& studioName, const QString& studioPath,
                                           const Formatter& format, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreConfirmDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* headline =
        new QLabel(tr("<b>Replace the open studio “%1” with this backup?</b>").arg(studioName.toHtmlEscaped()), this);
    headline->setWordWrap(true);
    top->addWidget(headline, 1);
    layout->addLayout(top);
    m_labels.append(headline);

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, const QString& value) {
        auto* field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
        m_labels.append(field);
    };
    row(tr("Backup file:"), QDir::toNativeSeparators(QFileInfo(backupPath).absoluteFilePath()));
    row(tr("Studio in the backup:"), summary.studioName);
    row(tr("Written:"), format.dateTime(summary.modifiedUtc));
    row(tr("Size:"), summary.encrypted ? tr("%1, encrypted").arg(QLocale().formattedDataSize(summary.fileSize))
                                       : QLocale().formattedDataSize(summary.fileSize));
    row(tr("Contents:"), tr("%n learner(s)", nullptr, int(summary.learners)) + QStringLiteral(" · ") +
                             tr("%n lesson(s)", nullptr, int(summary.lessons)) + QStringLiteral(" · ") +
                             tr("%n invoice(s)", nullptr, int(summary.invoices)));
    row(tr("Check:"), tr("Intact (integrity check passed), schema version %1").arg(summary.schemaVersion));
    layout->addLayout(form);

    auto* warning = new QLabel(
        tr("Everything in the open studio is replaced by the backup: changes made since the backup was written are "
           "lost. The studio is closed first, and the current file is kept as a safety copy named "
           "“%1.before-restore-<date>” in the same folder. With sign-in on, the restored studio asks for a "
           "sign-in with its own accounts.")
            .arg(QFileInfo(studioPath).fileName()),
        this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    m_labels.append(warning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore and Replace"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Closes the studio, keeps a safety copy, restores the backup and opens it."));
    m_restore->setAutoDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString RestoreConfirmDialog::text() const
{
    QStringList parts;
    for (const QLabel* label : m_labels) {
        parts.append(label->text());
    }
    return parts.join(u'\n');
}

} // namespace mentordesk
