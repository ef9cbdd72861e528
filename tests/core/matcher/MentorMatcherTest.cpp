// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MentorMatcher.h"

#include "courses/TopicGraph.h"
#include "matcher/ReasonText.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

const Id kBasics = QStringLiteral("py-basics");
const Id kAdvanced = QStringLiteral("py-adv");
const Id kSql = QStringLiteral("sql");
const Id kFundamentals = QStringLiteral("fundamentals");

/// Python basics requires fundamentals; advanced Python requires Python basics.
class MentorMatcherTest : public ::testing::Test
{
protected:
    MentorMatcherTest()
        : m_graph(QList<TopicEdge>{{kBasics, kFundamentals}, {kAdvanced, kBasics}})
    {
        m_names = {{kBasics, QStringLiteral("Python basics")},
                   {kAdvanced, QStringLiteral("Advanced Python")},
                   {kSql, QStringLiteral("SQL")},
                   {kFundamentals, QStringLiteral("Programming fundamentals")}};
        m_learner.level = 2;
        m_learner.weeklyMinutes = 120;
        m_learner.goals = {kBasics};
    }

    static MentorProfile mentor(const QString& name, QHash<Id, int> expertise, int years, qint64 available,
                                qint64 booked, int ratings = 0, double stars = 0.0)
    {
        MentorProfile m;
        m.id = name.toLower();
        m.name = name;
        m.expertise = std::move(expertise);
        m.yearsTeaching = years;
        m.availableMinutes = available;
        m.bookedMinutes = booked;
        m.coachingCount = ratings;
        m.coachingSum = ratings * stars;
        return m;
    }

    [[nodiscard]] QList<MentorSuggestion> rank(const QList<MentorProfile>& mentors) const
    {
        return MentorMatcher::rank(mentors, m_graph, m_learner, m_names, 10);
    }

    TopicGraph m_graph;
    QHash<Id, QString> m_names;
    LearnerProfile m_learner;
};

} // namespace

TEST_F(MentorMatcherTest, AnExpertWithFreeTimeRanksAboveABusyNovice)
{
    // Four weeks: the expert has 40 h available and 8 h booked; the novice is fully booked.
    const QList<MentorSuggestion> r = rank({mentor(QStringLiteral("Novice"), {{kBasics, 2}}, 1, 2400, 2400, 3, 3.0),
                                            mentor(QStringLiteral("Expert"), {{kBasics, 5}}, 12, 2400, 480, 8, 4.8)});
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0].name, QStringLiteral("Expert"));
    EXPECT_GT(r[0].score, r[1].score);
    EXPECT_DOUBLE_EQ(r[0].factors.expertise, 1.0); // needed level 3, has 5
    EXPECT_NEAR(r[1].factors.expertise, 2.0 / 3.0, 1e-12);
    EXPECT_EQ(r[0].factors.freeMinutesPerWeek, 480);
    EXPECT_DOUBLE_EQ(r[0].factors.freeTime, 1.0);
    EXPECT_DOUBLE_EQ(r[1].factors.freeTime, 0.0);
    EXPECT_EQ(r[1].factors.bookedPercent, 100);

    QList<ReasonKind> expertWhy;
    for (const MatchReason& m : r[0].explanation.reasons) {
        expertWhy.append(m.kind);
    }
    EXPECT_TRUE(expertWhy.contains(ReasonKind::ExpertInGoal));
    EXPECT_TRUE(expertWhy.contains(ReasonKind::HasFreeTime));
    QList<ReasonKind> noviceCaveats;
    for (const MatchReason& m : r[1].explanation.caveats) {
        noviceCaveats.append(m.kind);
    }
    EXPECT_TRUE(noviceCaveats.contains(ReasonKind::LittleFreeTime));
    const MatchReason expert = r[0].explanation.reasons.first();
    EXPECT_FALSE(ReasonText::text(expert).isEmpty());
}

TEST_F(MentorMatcherTest, ContributionsAddUpAndReasonsAreTheLargest)
{
    const QList<MentorSuggestion> r = rank({mentor(QStringLiteral("A"), {{kBasics, 4}}, 3, 1200, 600, 2, 4.0),
                                            mentor(QStringLiteral("B"), {{kSql, 5}}, 20, 3000, 0, 10, 4.9),
                                            mentor(QStringLiteral("C"), {{kAdvanced, 5}}, 8, 600, 500, 5, 4.5),
                                            mentor(QStringLiteral("D"), {{kFundamentals, 5}}, 2, 2400, 1200)});
    ASSERT_EQ(r.size(), 4);
    for (const MentorSuggestion& m : r) {
        double sum = 0.0;
        double best = -1.0;
        MatchFactor bestFactor = MatchFactor::Expertise;
        for (const FactorContribution& c : m.explanation.contributions) {
            sum += c.contribution;
            if (c.contribution > best) {
                best = c.contribution;
                bestFactor = c.factor;
            }
        }
        EXPECT_NEAR(sum, m.score - m.explanation.reference, 1e-12) << m.name.toStdString();
        if (best > 0.005) {
            ASSERT_FALSE(m.explanation.reasons.isEmpty()) << m.name.toStdString();
            EXPECT_EQ(m.explanation.reasons.first().factor, bestFactor) << m.name.toStdString();
        }
    }
    // Scores are sorted.
    for (qsizetype i = 1; i < r.size(); ++i) {
        EXPECT_GE(r[i - 1].score, r[i].score);
    }
}

TEST_F(MentorMatcherTest, ExpertiseCountsThroughTopicsThatBuildOnTheGoalAndThroughPrerequisites)
{
    const QList<MentorSuggestion> r = rank({mentor(QStringLiteral("Advanced"), {{kAdvanced, 4}}, 5, 1200, 0),
                                            mentor(QStringLiteral("Prereq"), {{kFundamentals, 5}}, 5, 1200, 0),
                                            mentor(QStringLiteral("Other"), {{kSql, 5}}, 5, 1200, 0)});
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[0].name, QStringLiteral("Advanced"));
    EXPECT_DOUBLE_EQ(r[0].factors.expertise, 1.0); // level 4 in a topic that requires the goal
    EXPECT_DOUBLE_EQ(r[1].factors.expertise, 0.5); // a missing prerequisite, one step back
    EXPECT_DOUBLE_EQ(r[2].factors.expertise, 0.0);
    const MatchReason& why = r[0].explanation.reasons.first();
    EXPECT_EQ(why.kind, ReasonKind::ExpertInGoal);
    EXPECT_EQ(why.topicName, QStringLiteral("Advanced Python"));
    EXPECT_EQ(why.goalName, QStringLiteral("Python basics"));
    // Once the learner knows the fundamentals they are no longer a missing prerequisite.
    m_learner.knownTopics = {kFundamentals};
    const QList<MentorSuggestion> known = rank({mentor(QStringLiteral("Prereq"), {{kFundamentals, 5}}, 5, 1200, 0)});
    EXPECT_DOUBLE_EQ(known.first().factors.expertise, 0.0);
}

TEST_F(MentorMatcherTest, WithoutGoalsAbilityAndTimeDecide)
{
    m_learner.goals.clear();
    const QList<MentorSuggestion> r = rank({mentor(QStringLiteral("Junior"), {{kSql, 2}}, 1, 1200, 0, 4, 3.0),
                                            mentor(QStringLiteral("Senior"), {{kSql, 5}}, 15, 1200, 0, 20, 4.9)});
    EXPECT_EQ(r[0].name, QStringLiteral("Senior"));
    EXPECT_DOUBLE_EQ(r[0].factors.expertise, 0.0);
    EXPECT_DOUBLE_EQ(r[0].factors.skill, 5.0);
    EXPECT_EQ(r[0].explanation.reasons.first().kind, ReasonKind::StrongCoach);
    EXPECT_EQ(MentorMatcher::rank({}, m_graph, m_learner, m_names, 5).size(), 0);
}

TEST_F(MentorMatcherTest, TiesGoByNameAndKLimitsTheList)
{
    const MentorProfile same = mentor(QStringLiteral("Zed"), {{kBasics, 3}}, 5, 1200, 0);
    MentorProfile twin = same;
    twin.id = QStringLiteral("amy");
    twin.name = QStringLiteral("Amy");
    const QList<MentorSuggestion> r = MentorMatcher::rank({same, twin}, m_graph, m_learner, m_names, 1);
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].name, QStringLiteral("Amy"));
}

TEST_F(MentorMatcherTest, RefusesBadSettings)
{
    MentorMatchSettings s;
    s.weights.load = -1.0;
    EXPECT_EQ(MentorMatcher::validated(s).error().field, QStringLiteral("mentor_weights"));
    s = {};
    s.horizonWeeks = 0;
    EXPECT_EQ(MentorMatcher::validated(s).error().field, QStringLiteral("horizon_weeks"));
    s = {};
    s.ability.skill = -1.0;
    EXPECT_EQ(MentorMatcher::validated(s).error().field, QStringLiteral("weights"));
    s = {};
    s.prerequisiteDecay = 2.0;
    EXPECT_EQ(MentorMatcher::validated(s).error().field, QStringLiteral("prerequisite_decay"));
    auto ok = MentorMatcher::validated({});
    ASSERT_TRUE(ok);
    EXPECT_NEAR(ok->weights.expertise + ok->weights.ability + ok->weights.freeTime + ok->weights.load, 1.0, 1e-12);
}
