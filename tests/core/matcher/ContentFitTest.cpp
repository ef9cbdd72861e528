// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ContentFit.h"

#include "courses/TopicGraph.h"
#include "matcher/CourseCatalog.h"
#include "matcher/CourseRecommender.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

const Id kA = QStringLiteral("a-basics");
const Id kB = QStringLiteral("b-middle");
const Id kC = QStringLiteral("c-goal");
const Id kX = QStringLiteral("x-unrelated");

CourseInfo course(const QString& id, const QList<Id>& topics, int level = 2, int minutes = 600)
{
    CourseInfo c;
    c.id = id;
    c.title = id;
    c.level = level;
    c.contentMinutes = minutes;
    c.topics = topics;
    return c;
}

/// C requires B requires A; X stands alone. One course per topic.
class ContentFitTest : public ::testing::Test
{
protected:
    ContentFitTest()
        : m_graph(QList<TopicEdge>{{kC, kB}, {kB, kA}})
        , m_catalog(CourseCatalog::build({course(QStringLiteral("cA"), {kA}), course(QStringLiteral("cB"), {kB}),
                                          course(QStringLiteral("cC"), {kC}), course(QStringLiteral("cX"), {kX}),
                                          course(QStringLiteral("cBC"), {kB, kC})},
                                         {{kA, QStringLiteral("A")},
                                          {kB, QStringLiteral("B")},
                                          {kC, QStringLiteral("C")},
                                          {kX, QStringLiteral("X")}}))
    {
        m_learner.id = QStringLiteral("learner");
        m_learner.level = 1;
        m_learner.weeklyMinutes = 60;
        m_learner.goals = {kC};
    }

    [[nodiscard]] int idx(const QString& id) const { return m_catalog.indexOf(id); }

    TopicGraph m_graph;
    CourseCatalog m_catalog;
    LearnerProfile m_learner;
};

} // namespace

TEST_F(ContentFitTest, MissingPrerequisitesAreRelevantByDistance)
{
    const ContentFit fit(m_catalog, m_graph, m_learner, {});
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cC"))), 1.0F);
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cB"))), 0.5F);  // direct prerequisite: decay¹
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cA"))), 0.25F); // two steps back: decay²
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cX"))), 0.0F);
    const GoalMatch m = fit.goalMatch(idx(QStringLiteral("cA")));
    EXPECT_EQ(m.goalId, kC);
    EXPECT_EQ(m.topicId, kA);
    EXPECT_EQ(m.distance, 2);
    EXPECT_EQ(fit.goalMatch(idx(QStringLiteral("cX"))).goal, -1);
    // A course teaching the goal and a prerequisite is matched on the goal itself.
    EXPECT_EQ(fit.goalMatch(idx(QStringLiteral("cBC"))).distance, 0);
}

TEST_F(ContentFitTest, KnownTopicsAreNotMissingAndStopTheExpansion)
{
    m_learner.knownTopics = {kB};
    const ContentFit fit(m_catalog, m_graph, m_learner, {});
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cB"))), 0.0F);
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cA"))), 0.0F); // knowing B implies knowing A
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cC"))), 1.0F);
    // A goal in progress still counts itself, but nothing below it is missing any more.
    m_learner.knownTopics = {kC};
    const ContentFit inProgress(m_catalog, m_graph, m_learner, {});
    EXPECT_FLOAT_EQ(inProgress.goal(idx(QStringLiteral("cC"))), 1.0F);
    EXPECT_FLOAT_EQ(inProgress.goal(idx(QStringLiteral("cB"))), 0.0F);
}

TEST_F(ContentFitTest, SeveralGoalsAverageTheBestAndTheMean)
{
    m_learner.goals = {kC, kX};
    const ContentFit fit(m_catalog, m_graph, m_learner, {});
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cC"))), 0.5F * (1.0F + 0.5F)); // one of two goals fully
    EXPECT_FLOAT_EQ(fit.goal(idx(QStringLiteral("cB"))), 0.5F * (0.5F + 0.25F));
    m_learner.goals.clear();
    const ContentFit none(m_catalog, m_graph, m_learner, {});
    EXPECT_FALSE(none.hasGoals());
    EXPECT_FLOAT_EQ(none.goal(idx(QStringLiteral("cC"))), 0.0F);
}

TEST_F(ContentFitTest, LevelCurvePeaksOneLevelAboveTheLearner)
{
    const ContentFitSettings s;
    EXPECT_DOUBLE_EQ(ContentFit::levelFit(3, 2, s), 1.0);
    EXPECT_NEAR(ContentFit::levelFit(2, 2, s), std::exp(-1.0 / 4.5), 1e-12); // 0.80
    EXPECT_NEAR(ContentFit::levelFit(4, 2, s), std::exp(-0.5), 1e-12);       // 0.61
    EXPECT_NEAR(ContentFit::levelFit(1, 2, s), std::exp(-4.0 / 4.5), 1e-12); // 0.41
    EXPECT_GT(ContentFit::levelFit(2, 2, s), ContentFit::levelFit(4, 2, s));
    EXPECT_GT(ContentFit::levelFit(4, 2, s), ContentFit::levelFit(1, 2, s));
    EXPECT_GT(ContentFit::levelFit(1, 2, s), ContentFit::levelFit(5, 2, s));
}

TEST_F(ContentFitTest, TimeFitComparesHoursNeededWithTheHorizon)
{
    EXPECT_DOUBLE_EQ(ContentFit::timeFit(600, 720), 1.0);
    EXPECT_DOUBLE_EQ(ContentFit::timeFit(1500, 720), 0.48);
    EXPECT_DOUBLE_EQ(ContentFit::timeFit(10, 0), 0.0);
    // 600 content minutes at E = 0.8 need 750 learner minutes; 60 a week × 12 weeks = 720.
    const ContentFit fit(m_catalog, m_graph, m_learner, {});
    EXPECT_EQ(fit.neededMinutes(idx(QStringLiteral("cA"))), 750);
    EXPECT_EQ(fit.availableMinutes(), 720);
    EXPECT_FLOAT_EQ(fit.time(idx(QStringLiteral("cA"))), 720.0F / 750.0F);
    m_learner.weeklyMinutes = 120;
    EXPECT_FLOAT_EQ(ContentFit(m_catalog, m_graph, m_learner, {}).time(idx(QStringLiteral("cA"))), 1.0F);
}

TEST_F(ContentFitTest, TeachingAMissingPrerequisiteRanksAboveAnUnrelatedCourse)
{
    const CourseRecommender recommender(m_catalog, m_graph, nullptr);
    m_learner.takenCourses = {QStringLiteral("cC"), QStringLiteral("cBC")};
    const QList<CourseSuggestion> top = recommender.recommend(m_learner, 3, true);
    ASSERT_EQ(top.size(), 3);
    EXPECT_EQ(top[0].courseId, QStringLiteral("cB"));
    EXPECT_EQ(top[1].courseId, QStringLiteral("cA"));
    EXPECT_EQ(top[2].courseId, QStringLiteral("cX"));
    ASSERT_FALSE(top[0].explanation.reasons.isEmpty());
    const MatchReason& why = top[0].explanation.reasons.first();
    EXPECT_EQ(why.kind, ReasonKind::TeachesPrerequisite);
    EXPECT_EQ(why.topicName, QStringLiteral("B"));
    EXPECT_EQ(why.goalName, QStringLiteral("C"));
    EXPECT_EQ(top[2].explanation.caveats.first().kind, ReasonKind::UnrelatedToGoals);
}

TEST_F(ContentFitTest, RefusesBadSettings)
{
    ContentFitSettings s;
    s.levelWeight = -1.0;
    auto r = ContentFit::validated(s);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("content_weights"));
    s = {};
    s.prerequisiteDecay = 0.0;
    EXPECT_EQ(ContentFit::validated(s).error().field, QStringLiteral("prerequisite_decay"));
    s = {};
    s.levelSpreadAbove = 0.0;
    EXPECT_EQ(ContentFit::validated(s).error().field, QStringLiteral("level_spread"));
    s = {};
    s.horizonWeeks = 0;
    EXPECT_EQ(ContentFit::validated(s).error().field, QStringLiteral("horizon_weeks"));
    auto ok = ContentFit::validated({.goalWeight = 2.0, .levelWeight = 1.0, .timeWeight = 1.0});
    ASSERT_TRUE(ok);
    EXPECT_DOUBLE_EQ(ok->goalWeight, 0.5);
}
