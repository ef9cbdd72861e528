// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsPage.h"

#include "Translations.h"
#include "common/GlyphIconEngine.h"
#include "security/SecuritySettingsForm.h"
#include "security/SessionLock.h"
#include "settings/AutomaticBackupForm.h"
#include "settings/StudioSettingsForm.h"
#include "shell/StudioSession.h"
#include "storage/StudioBackup.h"
#include "studio/StudioService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>
#include <cmath>

namespace mentordesk {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

SettingsPage::SettingsPage(StudioSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_studioBox(new QGroupBox(this))
    , m_form(new StudioSettingsForm(m_studioBox))
    , m_status(new QLabel(m_studioBox))
    , m_save(new QPushButton(m_studioBox))
    , m_revert(new QPushButton(m_studioBox))
    , m_interfaceBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(m_interfaceBox))
    , m_language(new QComboBox(m_interfaceBox))
    , m_languageNote(new QLabel(m_interfaceBox))
    , m_backupBox(new QGroupBox(this))
    , m_backupText(new QLabel(m_backupBox))
    , m_backup(new QPushButton(m_backupBox))
    , m_restore(new QPushButton(m_backupBox))
    , m_backupStatus(new QLabel(m_backupBox))
    , m_autoBackup(new AutomaticBackupForm(m_backupBox))
    , m_securityHeading(new QLabel(this))
    , m_security(new SecuritySettingsForm(session, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.6 : 18);
    big.setBold(true);
    m_heading->setFont(big);

    m_status->setWordWrap(true);
    m_status->hide();
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 3);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* studioLayout = new QVBoxLayout(m_studioBox);
    studioLayout->addWidget(m_form);
    studioLayout->addLayout(buttons);

    // Why native names: whoever cannot read the current language must still find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto* interfaceLayout = new QVBoxLayout(m_interfaceBox);
    interfaceLayout->addLayout(languageRow);
    interfaceLayout->addWidget(m_languageNote);

    m_backupText->setWordWrap(true);
    m_backupStatus->setWordWrap(true);
    m_backupStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backupStatus->hide();
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupText, 1);
    auto* backupButtons = new QVBoxLayout;
    backupButtons->addWidget(m_backup);
    backupButtons->addWidget(m_restore);
    backupButtons->addStretch(1);
    backupRow->addLayout(backupButtons);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    auto* backupLayout = new QVBoxLayout(m_backupBox);
    backupLayout->addLayout(backupRow);
    backupLayout->addWidget(m_backupStatus);
    backupLayout->addWidget(m_autoBackup);

    // Two columns: the studio's settings on the left; this computer's (language, backups) on the right.
    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(24, 16, 24, 24);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(14);
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(m_studioBox, 1, 0, 3, 1, Qt::AlignTop);
    grid->addWidget(m_interfaceBox, 1, 1);
    grid->addWidget(m_backupBox, 2, 1);
    QFont sectionFont = big;
    sectionFont.setPointSizeF(big.pointSizeF() / 1.3);
    m_securityHeading->setFont(sectionFont);
    grid->addWidget(m_securityHeading, 4, 0, 1, 2);
    grid->addWidget(m_security, 5, 0, 1, 2);
    // Why two stretches: row 3 takes the studio box's extra height (so the right column stays packed);
    // row 6 takes nearly all free space (so Security follows the boxes directly).
    grid->setRowStretch(3, 1);
    grid->setRowStretch(6, 1000);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    content->setMaximumWidth(1240);
    auto* centred = new QWidget(this);
    auto* centring = new QHBoxLayout(centred);
    centring->setContentsMargins(0, 0, 0, 0);
    centring->addWidget(content, 1);
    centring->addStretch(0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(centred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setTabOrder(m_revert, m_save);
    setTabOrder(m_save, m_language);
    setTabOrder(m_language, m_backup);
    setTabOrder(m_backup, m_restore);

    connect(m_form, &StudioSettingsForm::edited, this, [this] { setDirty(true); });
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_backup, &QPushButton::clicked, this, &SettingsPage::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        // Why the window's action: restoring closes and reopens the studio, which only the window can do.
        if (auto* action = window()->findChild<QAction*>(QStringLiteral("restoreAction")); action != nullptr) {
            action->trigger();
        }
    });
    connect(m_language, &QComboBox::activated, this, [this] { setLanguage(m_language->currentData().toString()); });
    connect(&m_session, &StudioSession::settingsChanged, this, [this] {
        if (!m_dirty) {
            reload();
        }
    });
    connect(&m_session, &StudioSession::dataChanged, this, &SettingsPage::reload);
    // Why look the lock up: the running window's auto-lock follows at once, without a MainWindow hook.
    connect(m_security, &SecuritySettingsForm::idleMinutesChanged, this, [this](int minutes) {
        if (auto* lock = window()->findChild<SessionLock*>(QString(), Qt::FindDirectChildrenOnly)) {
            lock->setIdleMinutes(minutes);
        }
    });

    // Why the installed language and not QSettings: `--lang` and the environment can override it.
    m_language->setCurrentIndex(std::max(0, m_language->findData(installedLanguage())));
    reload();
    retranslate();
}

QString SettingsPage::title()
{
    return tr("Settings");
}

QIcon SettingsPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Settings);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_studioBox->setTitle(tr("Studio"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Store the studio settings (Ctrl+S)."));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Forget the changes and show the saved settings again."));
    m_interfaceBox->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The language of menus, pages and messages on this computer. Invoices use each "
                              "payer's own invoice language."));
    m_languageNote->setText(tr("Applies at once and is remembered on this computer."));
    m_backupBox->setTitle(tr("Backup"));
    m_backupText->setText(tr("Write a complete, verified copy of the studio to a file of your choice — on a USB "
                             "stick or another disk — while it stays open."));
    m_backup->setText(tr("&Back Up Now…"));
    m_backup->setToolTip(tr("Choose where to save a copy of the studio file."));
    m_restore->setText(tr("Restore fro&m Backup…"));
    m_restore->setToolTip(tr("Replace the open studio by a backup, after checking the backup (File ▸ Restore from "
                             "Backup…)."));
    m_securityHeading->setText(tr("Security"));
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    Page::changeEvent(event);
}

void SettingsPage::activate()
{
    m_security->refresh();
    if (auto* action = window()->findChild<QAction*>(QStringLiteral("restoreAction")); action != nullptr) {
        connect(action, &QAction::changed, this, &SettingsPage::syncRestoreButton, Qt::UniqueConnection);
    }
    syncRestoreButton();
    if (!m_dirty) {
        reload();
    }
}

void SettingsPage::syncRestoreButton()
{
    const auto* action = window()->findChild<QAction*>(QStringLiteral("restoreAction"));
    m_restore->setVisible(action != nullptr);
    m_restore->setEnabled(action != nullptr && action->isEnabled());
}

void SettingsPage::focusSearch()
{
    if (QWidget* name = m_form->editor(QStringLiteral("name"))) {
        name->setFocus();
    }
}

void SettingsPage::reload()
{
    StudioService service(m_session.db(), m_session.clock());
    if (!m_dirty) {
        if (auto current = service.settings(); current) {
            m_form->load(*current);
        }
    }
    auto locked = service.currencyLocked();
    m_form->setCurrencyLocked(locked && *locked);
}

void SettingsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty) {
        m_status->hide();
    }
}

void SettingsPage::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setText(text);
    m_status->show();
}

bool SettingsPage::save()
{
    m_form->clearErrors();
    StudioSettings edited = m_form->read();
    edited.meta.version = m_session.settings().meta.version;
    auto saved = StudioService(m_session.db(), m_session.clock()).update(edited);
    if (!saved) {
        if (m_form->showError(saved.error())) {
            showStatus(tr("Not saved: please correct the field marked in red."), true);
        } else {
            showStatus(tr("Not saved: %1").arg(saved.error().message), true);
        }
        return false;
    }
    setDirty(false);
    m_session.reloadSettings();
    m_form->load(*saved);
    showStatus(tr("Saved."), false);
    return true;
}

void SettingsPage::revert()
{
    setDirty(false);
    reload();
    m_status->hide();
}

void SettingsPage::setLanguage(const QString& language)
{
    const QString lang = language == QStringLiteral("zh_CN") ? language : QStringLiteral("en");
    m_language->setCurrentIndex(std::max(0, m_language->findData(lang)));
    QSettings().setValue(kLanguageKey, lang);
    installTranslations(*qApp, lang);
    m_session.reloadSettings();
}

Result<void> SettingsPage::backUpTo(const QString& target)
{
    auto ok = StudioBackup::backup(m_session.db(), target);
    m_backupStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
    m_backupStatus->setText(ok ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(target))
                               : tr("The backup failed: %1").arg(ok.error().message));
    m_backupStatus->show();
    return ok;
}

void SettingsPage::backUpNow()
{
    const QString suggested = m_session.path() + QStringLiteral(".backup");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back Up Studio"), suggested,
                                                        tr("MentorDesk studios (*.mentordesk);;All files (*)"));
    if (!target.isEmpty()) {
        (void)backUpTo(target);
    }
}

QString SettingsPage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace mentordesk
