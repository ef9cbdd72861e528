// SPDX-License-Identifier: GPL-3.0-or-later
// Payer and mentor dialogs: save through the services, show refusals under their field.
#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "people/MentorDialog.h"
#include "people/MentorService.h"
#include "people/PayerDialog.h"
#include "people/PayerService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace mentordesk;

class PeopleDialogsTest : public test::UiStudioTest
{
protected:
    template <typename T>
    T* field(QWidget& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
};

TEST_F(PeopleDialogsTest, PayerDialogCreatesAndEdits)
{
    const int before = test::payerCount(session());
    PayerDialog dialog(session().db(), session().clock());
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("司马 family"));
    field<QLineEdit>(dialog, "email")->setText(QStringLiteral("sima@example.com"));
    QComboBox* language = field<QComboBox>(dialog, "invoiceLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    ASSERT_TRUE(dialog.save()) << dialog.errors().message({}).toStdString();
    EXPECT_EQ(test::payerCount(session()), before + 1);
    PayerService payers(session().db(), session().clock());
    auto stored = payers.get(dialog.savedId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->invoiceLanguage, QStringLiteral("zh_CN"));

    PayerDialog edit(session().db(), session().clock());
    edit.setPayer(*stored);
    EXPECT_EQ(field<QComboBox>(edit, "invoiceLanguage")->currentData().toString(), QStringLiteral("zh_CN"));
    field<QLineEdit>(edit, "taxId")->setText(QStringLiteral("91310000MA1FL00000"));
    edit.accept();
    EXPECT_EQ(edit.result(), QDialog::Accepted);
    EXPECT_EQ(payers.get(stored->meta.id)->taxId, QStringLiteral("91310000MA1FL00000"));
    EXPECT_EQ(test::payerCount(session()), before + 1);
}

TEST_F(PeopleDialogsTest, PayerDialogRefusesBadInputUnderTheField)
{
    const int before = test::payerCount(session());
    PayerDialog dialog(session().db(), session().clock());
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Smith"));
    field<QLineEdit>(dialog, "email")->setText(QStringLiteral("smith@"));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("email")).isEmpty());
    EXPECT_EQ(dialog.focusWidget(), field<QLineEdit>(dialog, "email"));
    field<QLineEdit>(dialog, "email")->clear();
    field<QLineEdit>(dialog, "name")->setText(QString(201, u'x'));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("name")).isEmpty());
    EXPECT_EQ(test::payerCount(session()), before);
}

TEST_F(PeopleDialogsTest, MentorDialogParsesTheRateExactly)
{
    MentorDialog dialog(session().db(), session().clock(), session().format());
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Lin Yue"));
    field<QLineEdit>(dialog, "defaultRate")->setText(QStringLiteral("1,234.55"));
    field<QLineEdit>(dialog, "color")->setText(QStringLiteral("#3D7ED1"));
    field<QSpinBox>(dialog, "yearsTeaching")->setValue(12);
    QComboBox* role = field<QComboBox>(dialog, "role");
    role->setCurrentIndex(role->findData(static_cast<int>(MentorRole::Owner)));
    ASSERT_TRUE(dialog.save()) << dialog.errors().message(QStringLiteral("default_rate")).toStdString();
    auto stored = MentorService(session().db(), session().clock()).get(dialog.savedId());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->defaultRateMinor, 123455);
    EXPECT_EQ(stored->color, QStringLiteral("#3d7ed1"));
    EXPECT_EQ(stored->role, MentorRole::Owner);
    EXPECT_EQ(stored->yearsTeaching, 12);

    MentorDialog edit(session().db(), session().clock(), session().format());
    edit.setMentor(*stored);
    EXPECT_EQ(field<QLineEdit>(edit, "defaultRate")->text(), QStringLiteral("1234.55"));
    ASSERT_TRUE(edit.save());
    EXPECT_EQ(MentorService(session().db(), session().clock()).get(stored->meta.id)->defaultRateMinor, 123455);
}

TEST_F(PeopleDialogsTest, MentorDialogRefusesBadRateAndColourWritingNothing)
{
    const int before = test::mentorCount(session());
    MentorDialog dialog(session().db(), session().clock(), session().format());
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Ana"));
    field<QLineEdit>(dialog, "defaultRate")->setText(QStringLiteral("12.345"));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("default_rate")).isEmpty());
    EXPECT_EQ(dialog.focusWidget(), field<QLineEdit>(dialog, "defaultRate"));
    field<QLineEdit>(dialog, "defaultRate")->setText(QStringLiteral("-5"));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("default_rate")).isEmpty());
    field<QLineEdit>(dialog, "defaultRate")->setText(QStringLiteral("40"));
    field<QLineEdit>(dialog, "color")->setText(QStringLiteral("blue"));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("color")).isEmpty());
    EXPECT_TRUE(dialog.errors().message(QStringLiteral("default_rate")).isEmpty());
    EXPECT_EQ(test::mentorCount(session()), before);
}
