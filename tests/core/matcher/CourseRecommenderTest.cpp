// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/CourseRecommender.h"

#include "courses/TopicGraph.h"
#include "matcher/CourseCatalog.h"
#include "matcher/KFoldSplitter.h"
#include "matcher/MatrixFactorization.h"
#include "matcher/ReasonText.h"
#include "matcher/SeededRandom.h"
#include "matcher/SyntheticRatings.h"
#include "matcher/TopN.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

constexpr int kTopics = 20;

/// A studio-shaped world with planted tastes: 300 learners, 200 courses ("i1"…) over 20 topics
/// (a chain of prerequisites inside each group of five), ratings from planted latent factors. One
/// fifth of the ratings is held out; the model and the catalogue's rating statistics only see the rest.
class CourseRecommenderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_data = SyntheticRatings::planted();
        auto folds = KFoldSplitter::split(m_data.ratings.size(), 5, 11);
        ASSERT_TRUE(folds);
        m_train = m_data.ratings.subset(folds->at(0).train);
        m_test = m_data.ratings.subset(folds->at(0).test);
        auto model = MatrixFactorization::train(m_train);
        ASSERT_TRUE(model);
        m_model = std::move(*model);

        SeededRandom r(5);
        QList<TopicEdge> edges;
        for (int t = 0; t < kTopics; ++t) {
            m_topicNames.insert(topic(t), QStringLiteral("Topic %1").arg(t));
            if (t % 5 != 0) {
                edges.append({topic(t), topic(t - 1)});
            }
        }
        m_graph = TopicGraph(edges);
        QList<CourseInfo> courses;
        for (int i = 0; i < m_data.ratings.itemCount(); ++i) {
            CourseInfo c;
            c.id = m_data.ratings.itemId(i);
            c.title = QStringLiteral("Course %1").arg(c.id);
            c.level = 1 + static_cast<int>(r.below(5));
            c.contentMinutes = 300 + 60 * static_cast<int>(r.below(40));
            c.quality = 1 + static_cast<int>(r.below(10));
            c.practicality = 1 + static_cast<int>(r.below(10));
            c.topics = {topic(static_cast<int>(r.below(kTopics)))};
            if (r.below(3) == 0) {
                c.topics.append(topic(static_cast<int>(r.below(kTopics))));
            }
            courses.append(c);
        }
        for (int e = 0; e < m_train.size(); ++e) {
            CourseInfo& c = courses[m_train.items()[e]];
            ++c.ratingCount;
            c.ratingSum += m_train.ratings()[e];
            ++c.learners;
        }
        m_catalog = CourseCatalog::build(courses, m_topicNames);
    }

    static Id topic(int t) { return QStringLiteral("t%1").arg(t); }

    /// A learner of the planted set with goals, level and weekly time from a seeded generator.
    [[nodiscard]] LearnerProfile learner(int user) const
    {
        SeededRandom r(1000 + static_cast<std::uint64_t>(user));
        LearnerProfile p;
        p.id = m_data.ratings.userId(user);
        p.level = 1 + static_cast<int>(r.below(5));
        p.weeklyMinutes = 60 + 30 * static_cast<int>(r.below(6));
        p.goals = {topic(static_cast<int>(r.below(kTopics)))};
        return p;
    }

    /// Mean over users of the share of held-out rating pairs (different stars) the scores order
    /// the same way as the learner did, ties counting half: 0.5 is guessing.
    [[nodiscard]] double heldOutConcordance(const CourseRecommender& recommender) const
    {
        QHash<int, QList<QPair<int, float>>> byUser;
        for (int e = 0; e < m_test.size(); ++e) {
            byUser[m_test.users()[e]].append({m_test.items()[e], m_test.ratings()[e]});
        }
        double sum = 0.0;
        int users = 0;
        for (auto it = byUser.cbegin(); it != byUser.cend(); ++it) {
            const std::vector<float> scores = recommender.scoreAll(learner(it.key()));
            double agree = 0.0;
            int pairs = 0;
            for (const auto& [i, ri] : it.value()) {
                for (const auto& [j, rj] : it.value()) {
                    if (ri > rj) {
                        ++pairs;
                        const float si = scores[static_cast<std::size_t>(i)];
                        const float sj = scores[static_cast<std::size_t>(j)];
                        agree += si > sj ? 1.0 : (si == sj ? 0.5 : 0.0);
                    }
                }
            }
            if (pairs > 0) {
                sum += agree / pairs;
                ++users;
            }
        }
        return users > 0 ? sum / users : 0.0;
    }

    PlantedRatings m_data;
    RatingMatrix m_train;
    RatingMatrix m_test;
    MatrixFactorization m_model;
    TopicGraph m_graph;
    QHash<Id, QString> m_topicNames;
    CourseCatalog m_catalog;
};

} // namespace

TEST_F(CourseRecommenderTest, CollaborativeFilteringOrdersHeldOutRatingsAndTheBlendFollowsItsWeight)
{
    const auto concordance = [this](const BlendWeights& weights) {
        CourseRecommenderSettings settings;
        settings.weights = weights;
        return heldOutConcordance(CourseRecommender(m_catalog, m_graph, &m_model, settings));
    };
    const double content = concordance({1.0, 0.0, 0.0, 0.0});
    const double noCf = concordance({0.4, 0.2, 0.0, 0.2});
    const double blend = heldOutConcordance(CourseRecommender(m_catalog, m_graph, &m_model));
    const double cfHeavy = concordance({0.2, 0.1, 0.6, 0.1});
    const double cf = concordance({0.0, 0.0, 1.0, 0.0});
    // Content knows nothing about the planted tastes (guessing), and without CF the blend only
    // knows the courses' average ratings, diluted by random quality marks. CF alone knows the
    // learner; in the default blend (γ = 0.2) content fit dominates, so CF moves the order only a
    // little, and more as its weight grows.
    EXPECT_NEAR(content, 0.5, 0.05);
    EXPECT_NEAR(noCf, 0.5, 0.05);
    EXPECT_GT(cf, content + 0.15);
    EXPECT_GT(blend, noCf + 0.02);
    EXPECT_GT(cfHeavy, blend + 0.05);
    EXPECT_GT(cf, cfHeavy + 0.05);
}

TEST_F(CourseRecommenderTest, NeverSuggestsTakenCourses)
{
    const CourseRecommender recommender(m_catalog, m_graph, &m_model);
    LearnerProfile p = learner(3);
    const QList<CourseSuggestion> before = recommender.recommend(p, 10, false);
    ASSERT_EQ(before.size(), 10);
    for (const CourseSuggestion& s : before) {
        p.takenCourses.insert(s.courseId);
    }
    const QList<CourseSuggestion> after = recommender.recommend(p, 10, false);
    ASSERT_EQ(after.size(), 10);
    for (const CourseSuggestion& s : after) {
        EXPECT_FALSE(p.takenCourses.contains(s.courseId));
    }
    const std::vector<float> scores = recommender.scoreAll(p);
    EXPECT_TRUE(std::isnan(scores[static_cast<std::size_t>(m_catalog.indexOf(before[0].courseId))]));
    // Everything taken: nothing to suggest.
    for (int c = 0; c < m_catalog.size(); ++c) {
        p.takenCourses.insert(m_catalog.info(c).id);
    }
    EXPECT_TRUE(recommender.recommend(p, 10).isEmpty());
}

TEST_F(CourseRecommenderTest, TheBoundedTopKEqualsTheFullRanking)
{
    // recommend() skips the collaborative term of courses whose upper bound cannot reach the top k;
    // the result must be exactly the top k of the fully scored list (scores bit for bit, ties by
    // catalogue order), for every learner, k and weighting, including cf-heavy ones.
    for (const char* weights : {"", "cf=0.9,content=0.05,quality=0.03,popularity=0.02", "content=1,cf=0.01"}) {
        CourseRecommenderSettings settings;
        if (*weights != 0) {
            auto parsed = BlendWeights::parse(QString::fromLatin1(weights));
            ASSERT_TRUE(parsed);
            settings.weights = *parsed;
        }
        const CourseRecommender recommender(m_catalog, m_graph, &m_model, settings);
        for (int user = 0; user < 60; ++user) {
            LearnerProfile p = learner(user);
            if (user % 3 == 0) {
                p.goals.append(topic((user * 7) % kTopics));
            }
            if (user % 4 == 0) {
                p.takenCourses.insert(m_catalog.info(user % m_catalog.size()).id);
            }
            const std::vector<float> all = recommender.scoreAll(p);
            const std::vector<ScoredItem> expected = TopN::select(all, 25);
            for (const int k : {1, 3, 10, 25}) {
                const QList<CourseSuggestion> top = recommender.recommend(p, k, false);
                ASSERT_EQ(top.size(), k) << weights << " user " << user;
                for (int i = 0; i < k; ++i) {
                    EXPECT_EQ(m_catalog.indexOf(top[i].courseId), expected[static_cast<std::size_t>(i)].item)
                        << weights << " user " << user << " k " << k << " rank " << i;
                    EXPECT_EQ(static_cast<float>(top[i].score), expected[static_cast<std::size_t>(i)].score);
                }
            }
        }
    }
}

TEST_F(CourseRecommenderTest, SameSeedGivesTheSameSuggestions)
{
    auto again = MatrixFactorization::train(m_train);
    ASSERT_TRUE(again);
    const CourseRecommender a(m_catalog, m_graph, &m_model);
    const CourseRecommender b(m_catalog, m_graph, &*again);
    for (int user = 0; user < 20; ++user) {
        const QList<CourseSuggestion> x = a.recommend(learner(user), 10, true);
        const QList<CourseSuggestion> y = b.recommend(learner(user), 10, true);
        ASSERT_EQ(x.size(), y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            EXPECT_EQ(x[i].courseId, y[i].courseId);
            EXPECT_EQ(x[i].score, y[i].score);
            EXPECT_EQ(x[i].explanation.reasons.size(), y[i].explanation.reasons.size());
        }
    }
}

TEST_F(CourseRecommenderTest, ColdStartFallsBackToContentQualityAndPopularity)
{
    const CourseRecommender recommender(m_catalog, m_graph, &m_model);
    LearnerProfile newcomer = learner(7);
    newcomer.id = QStringLiteral("somebody-new");
    const QList<CourseSuggestion> top = recommender.recommend(newcomer, 10, true);
    ASSERT_EQ(top.size(), 10);
    const BlendWeights w = *BlendWeights::normalised({});
    for (const CourseSuggestion& s : top) {
        EXPECT_FALSE(s.factors.cfUsed);
        const CourseFactors& f = s.factors;
        const double expected =
            (w.content * f.content + w.quality * f.content * f.quality + w.popularity * f.popularity) /
            (w.content + w.quality + w.popularity);
        EXPECT_NEAR(s.score, expected, 1e-5);
        for (const MatchReason& r : s.explanation.reasons) {
            EXPECT_NE(r.factor, MatchFactor::Collaborative);
        }
    }
    // A learner the model knows gets CF on courses it knows, and not on a course it has never seen.
    QList<CourseInfo> courses;
    for (int c = 0; c < m_catalog.size(); ++c) {
        courses.append(m_catalog.info(c));
    }
    CourseInfo fresh;
    fresh.id = QStringLiteral("brand-new-course");
    fresh.title = QStringLiteral("Brand new");
    fresh.contentMinutes = 600;
    fresh.topics = {topic(0)};
    courses.append(fresh);
    const CourseCatalog withNew = CourseCatalog::build(courses, m_topicNames);
    const CourseRecommender r2(withNew, m_graph, &m_model);
    auto known = r2.explainCourse(learner(7), m_catalog.info(0).id);
    auto unknown = r2.explainCourse(learner(7), fresh.id);
    ASSERT_TRUE(known);
    ASSERT_TRUE(unknown);
    EXPECT_TRUE(known->factors.cfUsed);
    EXPECT_FALSE(unknown->factors.cfUsed);
    EXPECT_FALSE(r2.explainCourse(learner(7), QStringLiteral("nope")));
    // Without a model at all, nobody gets CF.
    const CourseRecommender noModel(m_catalog, m_graph, nullptr);
    EXPECT_FALSE(noModel.recommend(learner(7), 1).first().factors.cfUsed);
}

TEST_F(CourseRecommenderTest, ExplanationsNameTheLargestContributions)
{
    CourseRecommenderSettings settings;
    settings.maxReasons = 2;
    const CourseRecommender recommender(m_catalog, m_graph, &m_model, settings);
    int explained = 0;
    for (int user = 0; user < 60; ++user) {
        for (const CourseSuggestion& s : recommender.recommend(learner(user), 5, true)) {
            const Explanation& e = s.explanation;
            ASSERT_EQ(e.contributions.size(), 6);
            double sum = 0.0;
            QList<FactorContribution> positive;
            for (const FactorContribution& c : e.contributions) {
                sum += c.contribution;
                if (c.contribution > 0.0) {
                    positive.append(c);
                }
            }
            // Exact decomposition: the contributions add up to the score minus the reference.
            EXPECT_NEAR(sum, s.score - e.reference, 1e-4);
            std::stable_sort(positive.begin(), positive.end(),
                             [](const FactorContribution& a, const FactorContribution& b) {
                                 return a.contribution > b.contribution;
                             });
            const auto aboveThreshold = std::count_if(positive.cbegin(), positive.cend(), [&](const auto& c) {
                return c.contribution > settings.reasonThreshold;
            });
            // The named factors are the largest contributions (at most two here); a suggestion with
            // none above the threshold still names its largest positive one.
            const qsizetype expected =
                aboveThreshold > 0 ? std::min<qsizetype>(2, aboveThreshold) : std::min<qsizetype>(1, positive.size());
            ASSERT_EQ(e.reasons.size(), expected);
            for (qsizetype i = 0; i < e.reasons.size(); ++i) {
                EXPECT_EQ(e.reasons[i].factor, positive[i].factor)
                    << "reason " << i << " of " << s.courseId.toStdString();
                EXPECT_DOUBLE_EQ(e.reasons[i].contribution, positive[i].contribution);
                EXPECT_FALSE(ReasonText::text(e.reasons[i]).isEmpty());
            }
            for (const MatchReason& c : e.caveats) {
                EXPECT_LT(c.contribution, -settings.reasonThreshold);
            }
            // A suggestion above the average candidate always has something to say for itself.
            if (s.score > e.reference + 0.01) {
                EXPECT_FALSE(e.reasons.isEmpty());
            }
            explained += e.reasons.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_GT(explained, 250);
}

TEST_F(CourseRecommenderTest, ReasonsCarryTheirFacts)
{
    const CourseRecommender recommender(m_catalog, m_graph, &m_model);
    bool sawGoal = false, sawRating = false, sawCf = false;
    for (int user = 0; user < 40; ++user) {
        const LearnerProfile p = learner(user);
        for (const CourseSuggestion& s : recommender.recommend(p, 10, true)) {
            const CourseInfo& info = m_catalog.info(m_catalog.indexOf(s.courseId));
            for (const MatchReason& r : s.explanation.reasons) {
                if (r.kind == ReasonKind::CoversGoal) {
                    sawGoal = true;
                    EXPECT_TRUE(info.topics.contains(r.goalId));
                    EXPECT_TRUE(ReasonText::text(r).contains(m_topicNames.value(r.goalId)));
                } else if (r.kind == ReasonKind::WellRated) {
                    sawRating = true;
                    EXPECT_EQ(r.count, info.ratingCount);
                    EXPECT_NEAR(r.rating, info.ratingSum / info.ratingCount, 1e-9);
                } else if (r.kind == ReasonKind::SimilarLearnersLiked) {
                    sawCf = true;
                    EXPECT_NEAR(r.predicted, m_model.predict(p.id, s.courseId), 1e-5);
                }
            }
        }
    }
    EXPECT_TRUE(sawGoal);
    EXPECT_TRUE(sawRating);
    EXPECT_TRUE(sawCf);
}

TEST_F(CourseRecommenderTest, WeightsAreValidatedAndParsed)
{
    auto w = BlendWeights::parse(QStringLiteral("content=2, cf=1"));
    ASSERT_TRUE(w);
    EXPECT_NEAR(w->content, 2.0 / 3.4, 1e-12); // quality 0.2 and popularity 0.2 keep their defaults
    EXPECT_NEAR(w->sum(), 1.0, 1e-12);
    for (const QString& bad :
         {QStringLiteral("content"), QStringLiteral("content=x"), QStringLiteral("mood=1"),
          QStringLiteral("content=-1"), QStringLiteral(""), QStringLiteral("content=0,quality=0,cf=0,popularity=0")}) {
        auto r = BlendWeights::parse(bad);
        ASSERT_FALSE(r) << bad.toStdString();
        EXPECT_EQ(r.error().field, QStringLiteral("weights"));
    }
    EXPECT_EQ(BlendWeights::format({0.4, 0.2, 0.2, 0.2}),
              QStringLiteral("content=0.4,quality=0.2,cf=0.2,popularity=0.2"));
    CourseRecommenderSettings s;
    s.maxReasons = 11;
    EXPECT_EQ(CourseRecommender::validated(s).error().field, QStringLiteral("reasons"));
    s = {};
    s.content.horizonWeeks = 0;
    EXPECT_EQ(CourseRecommender::validated(s).error().field, QStringLiteral("horizon_weeks"));
}
