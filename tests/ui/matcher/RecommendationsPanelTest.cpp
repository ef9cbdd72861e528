// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RecommendationsPanel.h"

#include "MatcherTestData.h"
#include "UiTestSupport.h"
#include "matcher/EnrollCourseDialog.h"
#include "matcher/SuggestionLoader.h"
#include "matcher/SuggestionTable.h"
#include "models/LearningPathModel.h"
#include "models/SuggestionModel.h"
#include "people/LearnerDetailPane.h"
#include "people/PeopleTestData.h"
#include "shell/StudioSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeView>

using namespace mentordesk;

class RecommendationsPanelTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        m_learner = test::learnerWithGoals(session());
        ASSERT_FALSE(m_learner.isEmpty());
        m_panel = std::make_unique<RecommendationsPanel>(session());
        new QAbstractItemModelTester(m_panel->courses()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_panel.get());
        new QAbstractItemModelTester(m_panel->mentors()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_panel.get());
        new QAbstractItemModelTester(m_panel->pathModel(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     m_panel.get());
    }
    void TearDown() override
    {
        m_panel.reset();
        UiStudioTest::TearDown();
    }
    /// Shows `id` and waits for the worker's answer.
    bool load(const QString& id)
    {
        QSignalSpy loaded(m_panel.get(), &RecommendationsPanel::loaded);
        m_panel->setLearner(id);
        m_panel->reload();
        return loaded.wait(30000);
    }
    bool waitLoaded()
    {
        QSignalSpy loaded(m_panel.get(), &RecommendationsPanel::loaded);
        return loaded.wait(30000);
    }

    QString m_learner;
    std::unique_ptr<RecommendationsPanel> m_panel;
};

TEST_F(RecommendationsPanelTest, ShowsExplainedCoursesMentorsAndAPathOnTheDemoStudio)
{
    m_panel->setLearner(m_learner);
    EXPECT_EQ(m_panel->courses()->model()->rowCount(), 0) << "a hidden panel loads when shown";
    EXPECT_FALSE(m_panel->loader()->isBusy());
    ASSERT_TRUE(load(m_learner));
    ASSERT_TRUE(m_panel->showsContent()) << m_panel->messageText().toStdString();
    const SuggestionModel* courses = m_panel->courses()->model();
    ASSERT_GT(courses->rowCount(), 0);
    EXPECT_LE(courses->rowCount(), RecommendationsPanel::kCourseCount);
    for (int r = 0; r < courses->rowCount(); ++r) {
        EXPECT_FALSE(courses->rows()[r].reasons.isEmpty()) << "every suggestion is explained";
        if (r > 0) {
            EXPECT_GE(courses->rows()[r - 1].score, courses->rows()[r].score) << "best first";
        }
        // Never a course the learner is already in.
        EXPECT_EQ(test::activeEnrollments(session(), m_learner, courses->rows()[r].id), 0);
    }
    EXPECT_EQ(m_panel->courses()->currentId(), courses->rows().first().id);
    EXPECT_TRUE(m_panel->courses()->explanation()->text().contains(courses->rows().first().reasons.first()));
    EXPECT_TRUE(m_panel->enrollButton()->isEnabled());
    EXPECT_GT(m_panel->mentors()->model()->rowCount(), 0);
    EXPECT_FALSE(m_panel->mentors()->model()->rows().first().reasons.isEmpty());
    EXPECT_FALSE(m_panel->footer()->text().isEmpty());

    EXPECT_EQ(m_panel->weeks()->value(), RecommendationsPanel::kDefaultWeeks);
    const LearningPathModel* path = m_panel->pathModel();
    ASSERT_GT(path->rowCount(), 0) << m_panel->pathSummary()->text().toStdString();
    for (int r = 1; r < path->rowCount(); ++r) {
        EXPECT_GE(path->rows()[r].start, path->rows()[r - 1].finish) << "one course after the other";
    }
    EXPECT_FALSE(m_panel->pathSummary()->text().isEmpty());
    std::cout << "[ info ] suggestions loaded in " << m_panel->lastLoadMs() << " ms\n";
}

TEST_F(RecommendationsPanelTest, FewerWeeksNeverPlanMoreHours)
{
    ASSERT_TRUE(load(m_learner));
    const auto hours = [&] {
        qint64 sum = 0;
        for (const PathRow& row : m_panel->pathModel()->rows()) {
            sum += row.minutes;
        }
        return sum;
    };
    const qint64 longPlan = hours();
    m_panel->weeks()->setValue(2);
    ASSERT_TRUE(waitLoaded()) << "the path is planned again on the worker";
    EXPECT_LE(hours(), longPlan);
    EXPECT_NE(m_panel->pathSummary()->text(), QString());
}

TEST_F(RecommendationsPanelTest, ALearnerWithoutGoalsIsAskedForThem)
{
    const QString plain = test::addLearners(session(), 1, QStringLiteral("Nogoal")).first();
    ASSERT_TRUE(load(plain));
    EXPECT_FALSE(m_panel->showsContent());
    EXPECT_EQ(m_panel->messageText(), QStringLiteral("Add goal topics to get suggestions."));
    ASSERT_TRUE(load(QStringLiteral("no-such-learner")));
    EXPECT_FALSE(m_panel->showsContent());
    EXPECT_TRUE(m_panel->messageText().startsWith(QStringLiteral("No suggestions: ")));
}

TEST_F(RecommendationsPanelTest, EnrollGoesThroughTheEnrollmentService)
{
    ASSERT_TRUE(load(m_learner));
    const Id course = m_panel->courses()->currentId();
    const Id mentor = m_panel->mentors()->model()->rows().first().id;
    QSignalSpy changed(&session(), &StudioSession::dataChanged);
    QSignalSpy enrolled(m_panel.get(), &RecommendationsPanel::enrolled);
    auto done = m_panel->enroll(course, mentor);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->learnerId, m_learner);
    EXPECT_EQ(done->mentorId, mentor);
    EXPECT_EQ(test::activeEnrollments(session(), m_learner, course), 1);
    EXPECT_EQ(enrolled.count(), 1);
    EXPECT_GE(changed.count(), 1) << "the other pages learn of it";
    ASSERT_TRUE(waitLoaded()) << "the suggestions are read again";
    for (const SuggestionRow& row : m_panel->courses()->model()->rows()) {
        EXPECT_NE(row.id, course) << "a taken course is not suggested again";
    }
    // Enrolling again is refused by the core, and nothing is written.
    auto again = m_panel->enroll(course, mentor);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().field, QStringLiteral("course_id"));
    EXPECT_EQ(test::activeEnrollments(session(), m_learner, course), 1);
    auto noMentor = m_panel->enroll(m_panel->courses()->currentId(), QStringLiteral("nobody"));
    ASSERT_FALSE(noMentor);
    EXPECT_EQ(noMentor.error().field, QStringLiteral("mentor_id"));
    EXPECT_EQ(test::activeEnrollments(session(), m_learner, m_panel->courses()->currentId()), 0);
}

TEST_F(RecommendationsPanelTest, TheEnrollDialogConfirmsAndEnrolls)
{
    ASSERT_TRUE(load(m_learner));
    const Id course = m_panel->courses()->currentId();
    const QString title = m_panel->courses()->currentRow()->name;
    EnrollCourseDialog* dialog = m_panel->enrollSelected();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->question()->text().contains(title));
    EXPECT_EQ(dialog->mentorBox()->count(), m_panel->mentors()->model()->rowCount());
    const QString primary =
        test::queryText(session(), QStringLiteral("SELECT mentor_id FROM learners WHERE id = ?"), m_learner);
    if (!primary.isEmpty()) {
        EXPECT_EQ(dialog->mentorId(), primary) << "the learner's primary mentor is preselected";
    }
    EXPECT_EQ(dialog->startDate(), QDate(2026, 11, 20));
    dialog->accept();
    EXPECT_EQ(test::activeEnrollments(session(), m_learner, course), 1);
}

TEST_F(RecommendationsPanelTest, TheLearnerDetailHasASuggestionsTab)
{
    LearnerDetailPane pane(session());
    ASSERT_NE(pane.suggestions(), nullptr);
    auto* tabs = pane.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(pane.suggestions())), QStringLiteral("Suggestions"));
    pane.showLearner(m_learner);
    EXPECT_EQ(pane.suggestions()->learnerId(), m_learner);
}
