// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SessionLock.h"

#include "UiTestSupport.h"
#include "security/AccountService.h"
#include "security/IdleLock.h"
#include "security/LockScreen.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace mentordesk;

namespace {

const QString kOwnerPassword = QStringLiteral("owner-password-1");
const QString kMentorPassword = QStringLiteral("mentor-password-1");

class SessionLockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("shared.mentordesk"));
        ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path);
        ASSERT_TRUE(db.has_value());
        AccountService accounts(**db, clock, PasswordHasher(PasswordCost::floor()));
        AccountInput owner;
        owner.username = QStringLiteral("owner");
        owner.role = Role::Owner;
        owner.password = kOwnerPassword;
        auto created = accounts.createOwner(owner);
        ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
        auto mentors =
            (*db)->prepare(QStringLiteral("SELECT id FROM mentors WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
        ASSERT_TRUE(mentors && mentors->exec().has_value() && mentors->next());
        AccountInput mentor;
        mentor.username = QStringLiteral("mentor1");
        mentor.role = Role::Mentor;
        mentor.mentorId = mentors->text(0);
        mentor.password = kMentorPassword;
        auto added = accounts.add(AccountService::actorOf(*created), mentor);
        ASSERT_TRUE(added.has_value()) << added.error().message.toStdString();
    }

    void signIn(MainWindow& window, const QString& user, const QString& password)
    {
        LockScreen* screen = window.sessionLock().screen();
        ASSERT_NE(screen, nullptr);
        screen->usernameField()->setText(user);
        screen->passwordField()->setText(password);
        screen->signIn();
    }

    QAction* action(MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(SessionLockTest, AStudioWithLoginOpensLockedAndShowsNothingUntilSignIn)
{
    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    EXPECT_TRUE(window.sessionLock().isLocked());
    EXPECT_TRUE(window.builtPages().isEmpty()) << "no page reads anything before someone signs in";
    EXPECT_FALSE(action(window, "importAction")->isEnabled());
    EXPECT_FALSE(action(window, "searchAction")->isEnabled());
    EXPECT_TRUE(window.sessionLock().screen()->isVisible());

    signIn(window, QStringLiteral("owner"), QStringLiteral("wrong-password"));
    EXPECT_TRUE(window.sessionLock().isLocked());
    EXPECT_FALSE(window.sessionLock().screen()->errorText().isEmpty());
    EXPECT_TRUE(window.sessionLock().screen()->passwordField()->text().isEmpty());

    signIn(window, QStringLiteral("owner"), kOwnerPassword);
    EXPECT_FALSE(window.sessionLock().isLocked());
    EXPECT_EQ(window.session()->actor().username, QStringLiteral("owner"));
    EXPECT_EQ(window.builtPages().size(), 1);
    EXPECT_TRUE(action(window, "importAction")->isEnabled());
    EXPECT_TRUE(action(window, "lockAction")->isEnabled());
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("signedInUser"))->text().contains(QStringLiteral("owner")));
}

TEST_F(SessionLockTest, LockKeepsAnOpenDialogsInputForTheSameUserAndDropsItOnSwitchUser)
{
    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    signIn(window, QStringLiteral("owner"), kOwnerPassword);
    ASSERT_FALSE(window.sessionLock().isLocked());

    auto* dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    auto* field = new QLineEdit(dialog);
    field->setText(QStringLiteral("half-typed note"));
    dialog->open();
    ASSERT_TRUE(dialog->isVisible());

    action(window, "lockAction")->trigger();
    EXPECT_TRUE(window.sessionLock().isLocked());
    EXPECT_FALSE(dialog->isVisible()) << "the dialog is hidden behind the lock";
    EXPECT_EQ(window.sessionLock().screen()->usernameField()->text(), QStringLiteral("owner"));

    signIn(window, QStringLiteral("owner"), kOwnerPassword);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(field->text(), QStringLiteral("half-typed note"));
    EXPECT_EQ(dialog->result(), 0);

    window.sessionLock().lock(QStringLiteral("test"));
    Page* before = window.builtPages().constFirst();
    QPointer<Page> watch(before);
    signIn(window, QStringLiteral("mentor1"), kMentorPassword);
    EXPECT_FALSE(window.sessionLock().isLocked());
    EXPECT_EQ(window.session()->actor().username, QStringLiteral("mentor1"));
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Rejected) << "the owner's unsaved input is not shown to another account";
    EXPECT_TRUE(watch.isNull()) << "pages are rebuilt for the new account";
    EXPECT_EQ(window.builtPages().size(), 1);
}

TEST_F(SessionLockTest, IdleTimeLocksTheWindow)
{
    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    signIn(window, QStringLiteral("owner"), kOwnerPassword);
    window.sessionLock().setIdleMinutes(10);
    IdleLock& idle = window.sessionLock().idleLock();
    ASSERT_TRUE(idle.isArmed());
    clock.advanceSeconds(9 * 60);
    idle.check();
    EXPECT_FALSE(window.sessionLock().isLocked());
    clock.advanceSeconds(60);
    idle.check();
    EXPECT_TRUE(window.sessionLock().isLocked());
    EXPECT_FALSE(action(window, "exportAction")->isEnabled());
    SessionLock::storeIdleMinutes(SessionLock::kDefaultIdleMinutes);
}

TEST(SessionLockNoLoginTest, AStudioWithoutLoginNeverLocks)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("solo.mentordesk"));
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window(clock);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path).has_value());
    EXPECT_FALSE(window.sessionLock().isLocked());
    EXPECT_FALSE(window.sessionLock().lock(QStringLiteral("test")));
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    EXPECT_EQ(window.session()->actor().username, Actor::localOwner().username);
    EXPECT_EQ(window.builtPages().size(), 1);
}
