// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerDialog.h"

#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "people/LearnerService.h"
#include "people/PayerService.h"
#include "people/widgets/PayerPicker.h"
#include "people/widgets/TopicChecklist.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>

using namespace mentordesk;

class LearnerDialogTest : public test::UiStudioTest
{
protected:
    LearnerService learners() { return LearnerService(session().db(), session().clock()); }
    template <typename T>
    T* field(LearnerDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    void checkFirstTopics(LearnerDialog& dialog, int count)
    {
        QListWidget* list = field<TopicChecklist>(dialog, "goals")->list();
        ASSERT_GE(list->count(), count);
        for (int i = 0; i < count; ++i) {
            list->item(i)->setCheckState(Qt::Checked);
        }
    }
};

TEST_F(LearnerDialogTest, CreatesALearnerWithGoalsThroughTheService)
{
    const int before = test::learnerCount(session());
    LearnerDialog dialog(session().db(), session().clock());
    QSignalSpy saved(&dialog, &LearnerDialog::learnerSaved);
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("  欧阳娜娜 "));
    field<QLineEdit>(dialog, "email")->setText(QStringLiteral("nana@example.com"));
    field<QSpinBox>(dialog, "birthYear")->setValue(2012);
    field<QComboBox>(dialog, "level")->setCurrentIndex(2);
    field<QDoubleSpinBox>(dialog, "weeklyHours")->setValue(2.5);
    QComboBox* mentor = field<QComboBox>(dialog, "mentor");
    ASSERT_GT(mentor->count(), 1);
    mentor->setCurrentIndex(1);
    field<QLineEdit>(dialog, "tags")->setText(QStringLiteral("exam, online,, exam"));
    checkFirstTopics(dialog, 2);

    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errors().message({}).toStdString();
    ASSERT_EQ(saved.count(), 1);
    auto stored = learners().get(dialog.savedId());
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    EXPECT_EQ(stored->name, QStringLiteral("欧阳娜娜"));
    EXPECT_EQ(stored->birthYear, 2012);
    EXPECT_EQ(stored->level, 3);
    EXPECT_EQ(stored->weeklyMinutes, 150);
    EXPECT_EQ(stored->mentorId, mentor->itemData(1).toString());
    EXPECT_EQ(stored->tags, (QStringList{QStringLiteral("exam"), QStringLiteral("online")}));
    EXPECT_EQ(learners().goals(stored->meta.id)->size(), 2);
    EXPECT_EQ(test::learnerCount(session()), before + 1);
}

TEST_F(LearnerDialogTest, BadInputShowsTheMessageUnderTheFieldAndWritesNothing)
{
    const int before = test::learnerCount(session());
    LearnerDialog dialog(session().db(), session().clock());
    dialog.show();
    QLineEdit* email = field<QLineEdit>(dialog, "email");
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Ana"));
    email->setText(QStringLiteral("not-an-email"));
    checkFirstTopics(dialog, 1);
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("email")).isEmpty());
    EXPECT_TRUE(dialog.errors().message(QStringLiteral("name")).isEmpty());
    EXPECT_EQ(dialog.focusWidget(), email) << "the offending field gets the focus";
    EXPECT_EQ(email->text(), QStringLiteral("not-an-email")) << "input is kept";
    EXPECT_EQ(test::learnerCount(session()), before);

    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("   "));
    email->clear();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "a refused save keeps the dialog open";
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("name")).isEmpty());
    EXPECT_TRUE(dialog.errors().message(QStringLiteral("email")).isEmpty()) << "old messages are cleared";
    EXPECT_EQ(test::learnerCount(session()), before);
}

TEST_F(LearnerDialogTest, TooManyTagsAreRefusedNamingTheTagsField)
{
    LearnerDialog dialog(session().db(), session().clock());
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Ana"));
    QStringList tags;
    for (int i = 0; i < 40; ++i) {
        tags << QStringLiteral("t%1").arg(i);
    }
    field<QLineEdit>(dialog, "tags")->setText(tags.join(u','));
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().message(QStringLiteral("tags")).isEmpty());
    EXPECT_TRUE(dialog.savedId().isEmpty());
}

TEST_F(LearnerDialogTest, PayerIsChosenByTypedNameOrRefusedWhenUnknown)
{
    auto payer = PayerService(session().db(), session().clock())
                     .create({QStringLiteral("Ouyang family"), {}, {}, {}, QStringLiteral("zh_CN"), {}, {}});
    ASSERT_TRUE(payer);
    LearnerDialog dialog(session().db(), session().clock());
    field<QLineEdit>(dialog, "name")->setText(QStringLiteral("Ouyang Lei"));
    auto* picker = field<PayerPicker>(dialog, "payer");
    picker->setText(QStringLiteral("Nobody we know"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errors().message(QStringLiteral("payer_id")).contains(QStringLiteral("Nobody we know")));
    EXPECT_TRUE(dialog.savedId().isEmpty());

    picker->setText(QStringLiteral("ouyang FAMILY"));
    picker->refreshSuggestions();
    EXPECT_EQ(picker->suggestions()->rowCount(), 1);
    ASSERT_TRUE(dialog.save()) << dialog.errors().message(QStringLiteral("payer_id")).toStdString();
    EXPECT_EQ(learners().get(dialog.savedId())->payerId, payer->meta.id);
}

TEST_F(LearnerDialogTest, EditsKeepGoalsAndDetectConcurrentChanges)
{
    const QString id = test::learnerWithStatus(session(), QStringLiteral("active"));
    auto learner = learners().get(id);
    ASSERT_TRUE(learner);
    const qsizetype goals = learners().goals(id)->size();
    LearnerDialog dialog(session().db(), session().clock());
    dialog.setLearner(*learner);
    EXPECT_EQ(field<QLineEdit>(dialog, "name")->text(), learner->name);
    EXPECT_EQ(field<TopicChecklist>(dialog, "goals")->checkedIds().size(), goals);
    field<QLineEdit>(dialog, "phone")->setText(QStringLiteral("+86 138 0000 0000"));
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(learners().get(id)->phone, QStringLiteral("+86 138 0000 0000"));
    EXPECT_EQ(learners().goals(id)->size(), goals);

    LearnerDialog stale(session().db(), session().clock());
    stale.setLearner(*learner); // the version from before the first edit
    field<QLineEdit>(stale, "phone")->setText(QStringLiteral("1"));
    EXPECT_FALSE(stale.save());
    EXPECT_FALSE(stale.errors().message({}).isEmpty()) << "a conflict is reported in the general message";
    EXPECT_EQ(learners().get(id)->phone, QStringLiteral("+86 138 0000 0000"));
}
