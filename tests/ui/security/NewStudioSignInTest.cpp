// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "security/AccountService.h"
#include "shell/NewStudioDialog.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace mentordesk;

namespace {

class NewStudioSignInTest : public ::testing::Test
{
protected:
    void fill(NewStudioDialog& dialog, const QString& file)
    {
        field(dialog, "studioName")->setText(QStringLiteral("Shared Studio"));
        field(dialog, "studioFile")->setText(file);
        auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currency"));
        currency->setCurrentText(QStringLiteral("EUR"));
        auto* zone = dialog.findChild<QComboBox*>(QStringLiteral("timeZone"));
        zone->setCurrentText(QStringLiteral("Europe/Berlin"));
    }
    static QString errors(NewStudioDialog& dialog)
    {
        QString all;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->isHidden() && label->styleSheet().contains(QStringLiteral("color"))) {
                all += label->text() + QLatin1Char('\n');
            }
        }
        return all;
    }
    QLineEdit* field(NewStudioDialog& dialog, const char* name)
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    QTemporaryDir dir;
};

} // namespace

TEST_F(NewStudioSignInTest, CreatesTheOwnerAndTurnsLoginOn)
{
    const QString file = dir.filePath(QStringLiteral("a.mentordesk"));
    NewStudioDialog dialog(clock);
    fill(dialog, file);
    field(dialog, "ownerUsername")->setText(QStringLiteral("ana"));
    field(dialog, "ownerPassword")->setText(QStringLiteral("long-password"));
    field(dialog, "ownerConfirm")->setText(QStringLiteral("long-password"));
    dialog.accept();
    ASSERT_EQ(dialog.createdPath(), file) << errors(dialog).toStdString();
    auto db = Database::open(file);
    ASSERT_TRUE(db.has_value());
    AccountService accounts(**db, clock);
    EXPECT_EQ(accounts.loginRequired().value_or(false), true);
    auto actor = accounts.login(QStringLiteral("ana"), QStringLiteral("long-password"));
    ASSERT_TRUE(actor.has_value());
    EXPECT_EQ(actor->role, Role::Owner);
}

TEST_F(NewStudioSignInTest, BadOwnerInputIsShownAndNoFileIsLeft)
{
    const QString file = dir.filePath(QStringLiteral("b.mentordesk"));
    NewStudioDialog dialog(clock);
    fill(dialog, file);
    field(dialog, "ownerUsername")->setText(QStringLiteral("ana"));
    field(dialog, "ownerPassword")->setText(QStringLiteral("long-password"));
    field(dialog, "ownerConfirm")->setText(QStringLiteral("other-password"));
    dialog.accept();
    EXPECT_TRUE(dialog.createdPath().isEmpty());
    EXPECT_FALSE(QFile::exists(file));

    field(dialog, "ownerConfirm")->setText(QStringLiteral("short"));
    field(dialog, "ownerPassword")->setText(QStringLiteral("short"));
    dialog.accept();
    EXPECT_TRUE(dialog.createdPath().isEmpty());
    EXPECT_FALSE(QFile::exists(file)) << "a password below the minimum leaves no half-made studio";
    EXPECT_TRUE(errors(dialog).contains(QStringLiteral("8"))) << errors(dialog).toStdString();
}

TEST_F(NewStudioSignInTest, WithoutSignInTheStudioOpensForTheLocalOwner)
{
    const QString file = dir.filePath(QStringLiteral("c.mentordesk"));
    NewStudioDialog dialog(clock);
    fill(dialog, file);
    dialog.findChild<QCheckBox*>(QStringLiteral("signIn"))->setChecked(false);
    EXPECT_FALSE(field(dialog, "ownerPassword")->isEnabled());
    dialog.accept();
    ASSERT_EQ(dialog.createdPath(), file) << errors(dialog).toStdString();
    auto db = Database::open(file);
    ASSERT_TRUE(db.has_value());
    EXPECT_EQ(AccountService(**db, clock).loginRequired().value_or(true), false);
}
