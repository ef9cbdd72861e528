// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AutomaticBackupForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace mentordesk {

AutomaticBackupForm::AutomaticBackupForm(QWidget* parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_keepLabel(new QLabel(this))
    , m_keep(new QSpinBox(this))
    , m_scheduleLabel(new QLabel(this))
    , m_schedule(new QComboBox(this))
{
    m_enabled->setObjectName(QStringLiteral("automaticBackup"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, AutomaticBackup::kMaxKeep);
    m_folderLabel->setBuddy(m_folder);
    m_keepLabel->setBuddy(m_keep);
    m_schedule->setObjectName(QStringLiteral("backupSchedule"));
    m_scheduleLabel->setBuddy(m_schedule);
    for (const int hours : AutomaticBackup::scheduleChoices()) {
        m_schedule->addItem(QString(), hours);
    }

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_enabled, 0, 0, 1, 3);
    grid->addWidget(m_folderLabel, 1, 0);
    grid->addWidget(m_folder, 1, 1);
    grid->addWidget(m_choose, 1, 2);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    grid->addWidget(m_keepLabel, 2, 0);
    grid->addLayout(keepRow, 2, 1, 1, 2);
    auto* scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addStretch(1);
    grid->addWidget(m_scheduleLabel, 3, 0);
    grid->addLayout(scheduleRow, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_enabled, &QCheckBox::toggled, this, &AutomaticBackupForm::changed);
    connect(m_folder, &QLineEdit::editingFinished, this, &AutomaticBackupForm::changed);
    connect(m_keep, &QSpinBox::valueChanged, this, &AutomaticBackupForm::changed);
    connect(m_choose, &QPushButton::clicked, this, &AutomaticBackupForm::chooseFolder);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &AutomaticBackupForm::changed);

    m_loading = true;
    const AutomaticBackup::Options stored = AutomaticBackup::load();
    m_enabled->setChecked(stored.enabled);
    m_folder->setText(QDir::toNativeSeparators(stored.folder));
    m_keep->setValue(stored.keep);
    selectSchedule(stored.everyHours);
    m_loading = false;
    changed();
    retranslate();
}

AutomaticBackup::Options AutomaticBackupForm::options() const
{
    AutomaticBackup::Options options;
    options.enabled = m_enabled->isChecked();
    options.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.keep = m_keep->value();
    options.everyHours = m_schedule->currentData().toInt();
    return options;
}

void AutomaticBackupForm::setOptions(const AutomaticBackup::Options& options)
{
    m_loading = true;
    m_enabled->setChecked(options.enabled);
    m_folder->setText(QDir::toNativeSeparators(options.folder));
    m_keep->setValue(options.keep);
    selectSchedule(options.everyHours);
    m_loading = false;
    changed();
}

void AutomaticBackupForm::selectSchedule(int everyHours)
{
    const int index = m_schedule->findData(everyHours);
    m_schedule->setCurrentIndex(index >= 0 ? index : 0);
}

void AutomaticBackupForm::changed()
{
    const bool on = m_enabled->isChecked();
    m_folder->setEnabled(on);
    m_choose->setEnabled(on);
    m_keep->setEnabled(on);
    m_schedule->setEnabled(on);
    if (!m_loading) {
        AutomaticBackup::store(options());
    }
}

void AutomaticBackupForm::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for Automatic Backups"), m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
        changed();
    }
}

void AutomaticBackupForm::retranslate()
{
    m_enabled->setText(tr("Back up a&utomatically whenever the studio is closed"));
    m_enabled->setToolTip(tr("A verified copy of the studio goes to the folder below when you close it, and on "
                             "the schedule below while it is open."));
    m_folderLabel->setText(tr("Folder:"));
    m_folder->setPlaceholderText(tr("A folder on another disk or a USB stick"));
    m_choose->setText(tr("C&hoose…"));
    m_keepLabel->setText(tr("&Keep:"));
    m_keep->setSuffix(tr(" newest copies"));
    m_keep->setToolTip(tr("Older automatic backups in the folder are deleted."));
    m_scheduleLabel->setText(tr("Wh&ile open:"));
    for (int i = 0; i < m_schedule->count(); ++i) {
        const int hours = m_schedule->itemData(i).toInt();
        m_schedule->setItemText(i, hours == 0    ? tr("Only when the studio is closed")
                                   : hours == 24 ? tr("Also once a day")
                                                 : tr("Also every %n hour(s)", nullptr, hours));
    }
    m_schedule->setToolTip(tr("Backs up in the background while you work; the status bar shows when the last "
                              "backup was made."));
}

void AutomaticBackupForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
