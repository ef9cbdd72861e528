// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecuritySettingsForm.h"

#include "SecuritySettingsTestBase.h"
#include "security/AccountDialog.h"
#include "security/AccountTableModel.h"
#include "security/AccountsBox.h"
#include "security/AuditLogBox.h"
#include "security/IdleLock.h"
#include "security/SessionLock.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace mentordesk;

namespace {

class SecuritySettingsFormTest : public test::SecuritySettingsTestBase
{};

const QString kPassword = QStringLiteral("owner-password-1");

} // namespace

TEST_F(SecuritySettingsFormTest, CreatingTheOwnerTurnsLoginOn)
{
    SecuritySettingsForm form(session());
    EXPECT_FALSE(form.loginBox()->isChecked());
    EXPECT_TRUE(form.hasNoAccount());
    MD_ASSERT_OK(form.turnLoginOn(input(QStringLiteral("ana"), Role::Mentor, kPassword)));
    EXPECT_TRUE(session().loginRequired());
    EXPECT_TRUE(form.loginBox()->isChecked());
    EXPECT_EQ(session().actor().username, QStringLiteral("ana"));
    EXPECT_EQ(session().actor().role, Role::Owner); // the first account is always the owner
    EXPECT_FALSE(session().actor().accountId.isEmpty());
    ASSERT_EQ(form.accounts()->model()->rowCount(), 1);
    EXPECT_EQ(form.accounts()->model()->account(0).username, QStringLiteral("ana"));
    EXPECT_TRUE(form.statusText().contains(QStringLiteral("ana")));
    EXPECT_FALSE(form.passwordButton()->isHidden());
}

TEST_F(SecuritySettingsFormTest, OwnerDialogShowsErrorsUnderTheFieldAndCreatesNothing)
{
    SecuritySettingsForm form(session());
    AccountDialog dialog(AccountDialog::Mode::CreateOwner,
                         [&form](const AccountDialog& d) { return form.turnLoginOn(d.input()); });
    dialog.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("ana"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("something-else"));
    dialog.accept();
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("repeat")).isEmpty());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(session().loginRequired());

    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("short"));
    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("short"));
    dialog.accept();
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("repeat")).isEmpty());
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("password")).isEmpty());
    EXPECT_FALSE(session().loginRequired());
    EXPECT_TRUE(form.hasNoAccount());

    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(kPassword);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(session().loginRequired());
}

TEST_F(SecuritySettingsFormTest, OwnerTurnsLoginOffAndOnAgain)
{
    auto owner = cheapAccounts().createOwner(input(QStringLiteral("olivia"), Role::Owner, kPassword));
    ASSERT_TRUE(owner.has_value());
    session().setActor(AccountService::actorOf(*owner));
    SecuritySettingsForm form(session());
    EXPECT_TRUE(form.loginBox()->isChecked());
    MD_ASSERT_OK(form.turnLoginOff());
    EXPECT_FALSE(session().loginRequired());
    EXPECT_FALSE(form.loginBox()->isChecked());
    EXPECT_FALSE(form.hasNoAccount());
    MD_ASSERT_OK(form.turnLoginOn()); // the owner exists: no new account
    EXPECT_TRUE(session().loginRequired());
    EXPECT_EQ(form.accounts()->model()->rowCount(), 1);
}

TEST_F(SecuritySettingsFormTest, NonOwnerSeesNoAccountOrAuditControls)
{
    AccountService accounts = cheapAccounts();
    auto owner = accounts.createOwner(input(QStringLiteral("olivia"), Role::Owner, kPassword));
    ASSERT_TRUE(owner.has_value());
    auto mentor = accounts.add(AccountService::actorOf(*owner),
                               input(QStringLiteral("mia"), Role::Mentor, kPassword, firstMentor()));
    ASSERT_TRUE(mentor.has_value()) << mentor.error().message.toStdString();
    session().setActor(AccountService::actorOf(*mentor));

    SecuritySettingsForm form(session());
    EXPECT_FALSE(form.loginBox()->isEnabled());
    EXPECT_TRUE(form.accounts()->table()->isHidden());
    EXPECT_TRUE(form.accounts()->findChild<QPushButton*>(QStringLiteral("addAccount"))->isHidden());
    EXPECT_FALSE(form.accounts()->notice()->isHidden());
    EXPECT_EQ(form.accounts()->model()->rowCount(), 0);
    EXPECT_FALSE(form.auditLog()->verifyButton()->isVisibleTo(&form));
    EXPECT_FALSE(form.auditLog()->notice()->isHidden());
    EXPECT_FALSE(form.passwordButton()->isHidden()); // any role changes its own password
    EXPECT_FALSE(form.accounts()->addAccount(input(QStringLiteral("x"), Role::FrontDesk, kPassword)).has_value());
    if (const QByteArray dir = qgetenv("MENTORDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        form.resize(1100, 500);
        form.show();
        form.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/security-mentor.png"));
    }

    // Switching to the owner shows everything again.
    session().setActor(AccountService::actorOf(*owner));
    EXPECT_FALSE(form.accounts()->table()->isHidden());
    EXPECT_EQ(form.accounts()->model()->rowCount(), 2);
    EXPECT_TRUE(form.auditLog()->verifyButton()->isVisibleTo(&form));
}

TEST_F(SecuritySettingsFormTest, ChangesOwnPasswordCheckingTheCurrentOne)
{
    auto owner = cheapAccounts().createOwner(input(QStringLiteral("olivia"), Role::Owner, kPassword));
    ASSERT_TRUE(owner.has_value());
    session().setActor(AccountService::actorOf(*owner));
    SecuritySettingsForm form(session());
    AccountDialog dialog(AccountDialog::Mode::ChangePassword, [&form](const AccountDialog& d) {
        return form.changeOwnPassword(d.currentPassword(), d.input().password);
    });
    dialog.findChild<QLineEdit*>(QStringLiteral("current_password"))->setText(QStringLiteral("wrong-password"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("brand-new-pass"));
    dialog.findChild<QLineEdit*>(QStringLiteral("repeat"))->setText(QStringLiteral("brand-new-pass"));
    dialog.accept();
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("current_password")).isEmpty());
    EXPECT_TRUE(cheapAccounts().login(QStringLiteral("olivia"), kPassword).has_value());

    dialog.findChild<QLineEdit*>(QStringLiteral("current_password"))->setText(kPassword);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(cheapAccounts().login(QStringLiteral("olivia"), QStringLiteral("brand-new-pass")).has_value());
}

TEST_F(SecuritySettingsFormTest, AutoLockMinutesAreStoredAndAnnounced)
{
    const int before = SessionLock::storedIdleMinutes();
    SecuritySettingsForm form(session());
    QSignalSpy spy(&form, &SecuritySettingsForm::idleMinutesChanged);
    form.idleBox()->setValue(before == 7 ? 8 : 7);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(SessionLock::storedIdleMinutes(), form.idleBox()->value());
    form.setIdleMinutes(0);
    EXPECT_EQ(SessionLock::storedIdleMinutes(), 0);
    EXPECT_EQ(form.idleBox()->text(), QStringLiteral("never"));
    EXPECT_EQ(spy.count(), 2);
    SessionLock::storeIdleMinutes(before);
}

TEST_F(SecuritySettingsFormTest, TheRunningWindowsLockFollowsTheSettingsPage)
{
    const int before = SessionLock::storedIdleMinutes();
    MainWindow window(m_clock);
    window.show();
    ASSERT_TRUE(window.openStudioFile(studioPath()).has_value());
    ASSERT_TRUE(window.showPage(QStringLiteral("settings")));
    auto* page = qobject_cast<SettingsPage*>(window.currentPage());
    ASSERT_NE(page, nullptr);
    const int minutes = before == 3 ? 4 : 3;
    page->securityForm()->idleBox()->setValue(minutes);
    EXPECT_EQ(window.sessionLock().idleLock().idleMinutes(), minutes);
    SessionLock::storeIdleMinutes(before);
}
