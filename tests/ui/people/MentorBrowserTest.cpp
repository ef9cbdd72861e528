// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorBrowser.h"

#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "models/ExpertiseModel.h"
#include "models/MentorListModel.h"
#include "people/MentorAvailabilityEditor.h"
#include "people/MentorDetailPane.h"
#include "people/MentorExpertiseEditor.h"
#include "people/MentorService.h"
#include "people/widgets/DetailForm.h"
#include "people/widgets/MessageBar.h"

#include <QComboBox>
#include <QListWidget>
#include <QTest>

using namespace mentordesk;

class MentorBrowserTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        test::UiStudioTest::SetUp();
        m_browser = std::make_unique<MentorBrowser>(session());
        m_browser->setConfirmation([this](const QString&, const QString& text, const QString&) {
            m_asked = text;
            return true;
        });
        m_browser->resize(1200, 700);
        m_browser->show();
        m_browser->activate();
    }
    void TearDown() override
    {
        m_browser.reset();
        test::UiStudioTest::TearDown();
    }
    MentorService mentors() { return MentorService(session().db(), session().clock()); }

    std::unique_ptr<MentorBrowser> m_browser;
    QString m_asked;
};

TEST_F(MentorBrowserTest, ShowsProfileRateAndLearnerCount)
{
    const QString id = test::anyMentor(session());
    ASSERT_TRUE(m_browser->showMentor(id));
    auto mentor = mentors().get(id);
    ASSERT_TRUE(mentor);
    DetailForm* form = m_browser->detail()->form();
    EXPECT_TRUE(form->value(QStringLiteral("rate")).contains(session().format().money(mentor->defaultRateMinor)));
    EXPECT_TRUE(
        form->value(QStringLiteral("learners")).contains(QString::number(m_browser->model()->learnerCount(id))));
    EXPECT_EQ(m_browser->detail()->title(), mentor->name);
}

TEST_F(MentorBrowserTest, ExpertiseCanBeAddedReleveledAndRemoved)
{
    const QString id = test::anyMentor(session());
    ASSERT_TRUE(m_browser->showMentor(id));
    MentorExpertiseEditor* editor = m_browser->detail()->expertise();
    const int before = editor->model()->rowCount();
    ASSERT_GT(editor->topicChoice()->count(), 0) << "the demo has topics this mentor lacks";
    const QString topic = editor->topicChoice()->itemData(0).toString();
    ASSERT_TRUE(editor->addExpertise(topic, 2));
    EXPECT_EQ(editor->model()->rowCount(), before + 1);
    ASSERT_TRUE(editor->setLevel(topic, 4));
    auto stored = mentors().expertise(id);
    ASSERT_TRUE(stored);
    bool found = false;
    for (const Expertise& e : std::as_const(*stored)) {
        if (e.topicId == topic) {
            found = true;
            EXPECT_EQ(e.level, 4);
        }
    }
    EXPECT_TRUE(found);
    EXPECT_FALSE(editor->setLevel(topic, 9));
    EXPECT_FALSE(editor->errorText().isEmpty());
    ASSERT_TRUE(editor->removeExpertise(topic));
    EXPECT_TRUE(editor->errorText().isEmpty());
    EXPECT_EQ(editor->model()->rowCount(), before);
}

TEST_F(MentorBrowserTest, EditingALevelInTheTableSavesIt)
{
    const QString id = test::anyMentor(session());
    ASSERT_TRUE(m_browser->showMentor(id));
    ExpertiseModel* model = m_browser->detail()->expertise()->model();
    ASSERT_GT(model->rowCount(), 0);
    const QString topic = model->index(0, 0).data(ExpertiseModel::TopicIdRole).toString();
    const int level = model->index(0, ExpertiseModel::Level).data(Qt::EditRole).toInt() == 1 ? 2 : 1;
    ASSERT_TRUE(model->setData(model->index(0, ExpertiseModel::Level), level));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            auto stored = mentors().expertise(id);
            for (const Expertise& e : std::as_const(*stored)) {
                if (e.topicId == topic) {
                    return e.level == level;
                }
            }
            return false;
        },
        2000));
}

TEST_F(MentorBrowserTest, AvailabilityRefusesOverlapsAndSavesSlots)
{
    const QString id = test::anyMentor(session());
    ASSERT_TRUE(m_browser->showMentor(id));
    MentorAvailabilityEditor* editor = m_browser->detail()->availability();
    const qsizetype before = editor->weekSlots().size();
    ASSERT_TRUE(editor->addSlot({7, 20 * 60, 22 * 60}));
    EXPECT_EQ(mentors().availability(id)->size(), before + 1);
    EXPECT_EQ(editor->list()->count(), before + 1);
    EXPECT_FALSE(editor->addSlot({7, 21 * 60, 23 * 60})) << "overlaps the slot just added";
    EXPECT_FALSE(editor->errorText().isEmpty());
    EXPECT_EQ(mentors().availability(id)->size(), before + 1) << "a refused change writes nothing";
    EXPECT_FALSE(editor->addSlot({3, 10 * 60, 9 * 60}));
    const int row = static_cast<int>(editor->weekSlots().indexOf(AvailabilitySlot{7, 20 * 60, 22 * 60}));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(editor->removeSlot(row));
    EXPECT_EQ(mentors().availability(id)->size(), before);
    EXPECT_TRUE(MentorAvailabilityEditor::slotText({1, 9 * 60, 24 * 60}).contains(QStringLiteral("24:00")));
}

TEST_F(MentorBrowserTest, ArchiveWarnsAboutLearnersAndUndoes)
{
    MentorListModel* model = m_browser->model();
    QString busy;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->learnerCount(model->mentorAt(row)->meta.id) > 0) {
            busy = model->mentorAt(row)->meta.id;
        }
    }
    ASSERT_FALSE(busy.isEmpty());
    ASSERT_TRUE(m_browser->showMentor(busy));
    ASSERT_TRUE(m_browser->toggleArchived());
    EXPECT_TRUE(m_asked.contains(QStringLiteral("learner"))) << m_asked.toStdString();
    EXPECT_TRUE(mentors().get(busy)->isArchived());
    EXPECT_EQ(model->rowOf(busy), -1);
    m_browser->messages()->undo();
    EXPECT_FALSE(mentors().get(busy)->isArchived());
    ASSERT_TRUE(m_browser->showMentor(busy));
}
