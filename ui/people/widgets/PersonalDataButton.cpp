// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/widgets/PersonalDataButton.h"

#include "people/widgets/ErasePersonDialog.h"
#include "privacy/PersonalDataService.h"
#include "security/PermissionPolicy.h"
#include "shell/StudioSession.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>

namespace mentordesk {

namespace {

// Why: the desktop app has no login yet (docs/security.md), so it acts as the local owner; once the
// session carries the logged-in account, pass it here and the role check below hides the menu.
Actor desktopActor()
{
    return Actor::localOwner();
}

} // namespace

PersonalDataButton::PersonalDataButton(StudioSession& session, PersonKind kind, QWidget* parent)
    : QToolButton(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("personalData"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    m_export = menu->addAction(QString(), this, &PersonalDataButton::runExport);
    m_export->setObjectName(QStringLiteral("exportPersonalData"));
    menu->addSeparator();
    m_erase = menu->addAction(QString(), this, &PersonalDataButton::runErase);
    m_erase->setObjectName(QStringLiteral("erasePersonalData"));
    setMenu(menu);
    const Role role = desktopActor().role;
    m_export->setVisible(PermissionPolicy::allows(role, Action::ExportPersonalData, Ownership::Studio));
    m_erase->setVisible(PermissionPolicy::allows(role, Action::ErasePerson, Ownership::Studio));
    setVisible(m_export->isVisible() || m_erase->isVisible());

    m_askFolder = [guard = QPointer<QWidget>(this)] {
        return QFileDialog::getExistingDirectory(guard.data(), tr("Export personal data to folder"),
                                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    };
    m_askName = [this](const QString& name) {
        ErasePersonDialog dialog(name, m_kind == PersonKind::Learner, window());
        return dialog.exec() == QDialog::Accepted ? dialog.typedName() : QString();
    };
    m_report = [guard = QPointer<QWidget>(this)](const QString& message, bool error) {
        if (error) {
            QMessageBox::warning(guard.data(), tr("Personal data"), message);
        } else {
            QMessageBox::information(guard.data(), tr("Personal data"), message);
        }
    };
    retranslate();
    setPerson({}, {});
}

void PersonalDataButton::setPerson(const Id& id, const QString& name)
{
    m_id = id;
    m_name = name;
    setEnabled(!id.isEmpty());
}

Result<QStringList> PersonalDataButton::exportTo(const QString& dir)
{
    auto data = PersonalDataService(m_session.db(), m_session.clock(), desktopActor()).exportPerson(m_kind, m_id);
    if (!data) {
        return fail(data.error());
    }
    return PersonalDataService::save(*data, dir);
}

Result<ErasureReport> PersonalDataButton::erase(const QString& typedName)
{
    auto report = PersonalDataService(m_session.db(), m_session.clock(), desktopActor()).erase(m_kind, m_id, typedName);
    if (!report) {
        return fail(report.error());
    }
    emit erased(m_id);
    m_session.notifyDataChanged();
    return report;
}

void PersonalDataButton::runExport()
{
    const QString dir = m_askFolder ? m_askFolder() : QString();
    if (dir.isEmpty()) {
        return;
    }
    auto paths = exportTo(dir);
    if (!paths) {
        m_report(paths.error().message, true);
        return;
    }
    m_report(
        tr("Saved %1 and %2.").arg(QDir::toNativeSeparators(paths->first()), QDir::toNativeSeparators(paths->last())),
        false);
}

void PersonalDataButton::runErase()
{
    const QString typed = m_askName ? m_askName(m_name) : QString();
    if (typed.isEmpty()) {
        return;
    }
    auto report = erase(typed);
    if (!report) {
        m_report(report.error().message, true);
        return;
    }
    m_report(tr("The personal data was erased. The records now read “%1”; issued invoices were kept unchanged.")
                 .arg(report->pseudonym),
             false);
}

void PersonalDataButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QToolButton::changeEvent(event);
}

void PersonalDataButton::retranslate()
{
    setText(tr("Personal data"));
    m_export->setText(tr("Export personal data…"));
    m_erase->setText(tr("Erase personal data…"));
}

} // namespace mentordesk
