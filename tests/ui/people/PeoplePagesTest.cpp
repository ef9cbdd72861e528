// SPDX-License-Identifier: GPL-3.0-or-later
// The pages as the main window sees them. Includes no core service header: shell/Page.h's Page
// clashes with core's Page<T>.
#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "people/LearnersPage.h"
#include "people/MentorsPage.h"
#include "people/PayersPage.h"
#include "shell/PageFactories.h"

#include <QApplication>
#include <QEvent>
#include <memory>

using namespace mentordesk;

class PeoplePagesTest : public test::UiStudioTest
{};

TEST_F(PeoplePagesTest, FactoriesMakeTheThreePages)
{
    std::unique_ptr<Page> learners(createLearnersPage(session(), nullptr));
    std::unique_ptr<Page> payers(createPayersPage(session(), nullptr));
    std::unique_ptr<Page> mentors(createMentorsPage(session(), nullptr));
    ASSERT_TRUE(learners && payers && mentors);
    EXPECT_EQ(learners->pageId(), QStringLiteral("learners"));
    EXPECT_EQ(payers->pageId(), QStringLiteral("payers"));
    EXPECT_EQ(mentors->pageId(), QStringLiteral("mentors"));
    for (Page* page : {learners.get(), payers.get(), mentors.get()}) {
        EXPECT_FALSE(page->pageTitle().isEmpty());
        page->resize(1280, 760);
        page->show();
        page->activate();
        page->focusSearch();
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(page, &change); // retranslating must not lose state or crash
    }
}

TEST_F(PeoplePagesTest, ShowRecordSelectsTheRecordOfItsKindOnly)
{
    LearnersPage learners(session());
    PayersPage payers(session());
    MentorsPage mentors(session());
    const QString learner = test::learnerWithStatus(session(), QStringLiteral("paused"));
    const QString payer = test::anyPayer(session());
    const QString mentor = test::anyMentor(session());
    ASSERT_FALSE(learner.isEmpty());
    EXPECT_TRUE(learners.showRecord(QStringLiteral("learner"), learner));
    EXPECT_TRUE(payers.showRecord(QStringLiteral("payer"), payer));
    EXPECT_TRUE(mentors.showRecord(QStringLiteral("mentor"), mentor));
    EXPECT_FALSE(learners.showRecord(QStringLiteral("payer"), payer));
    EXPECT_FALSE(payers.showRecord(QStringLiteral("learner"), learner));
    EXPECT_FALSE(mentors.showRecord(QStringLiteral("course"), mentor));
    EXPECT_FALSE(learners.showRecord(QStringLiteral("learner"), QStringLiteral("missing")));
}
