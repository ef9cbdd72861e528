// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RecommenderService.h"

#include "TestStudio.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "feedback/FeedbackService.h"
#include "matcher/ModelEnvelope.h"
#include "matcher/RecommenderRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

using namespace mentordesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

/// The small demo studio (3 mentors, 40 learners, today 2026-11-20), generated once and copied
/// for every test.
class RecommenderServiceTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(s_dir->isValid());
        DemoOptions options;
        options.today = kNow.date();
        const FixedClock clock(kNow);
        auto summary = DemoGenerator::createFile(templatePath(), clock, options);
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
    }
    static void TearDownTestSuite() { s_dir.reset(); }
    static QString templatePath() { return s_dir->filePath(QStringLiteral("demo.mentordesk")); }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("studio.mentordesk"));
        ASSERT_TRUE(QFile::copy(templatePath(), m_path));
        auto db = Database::open(m_path);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        m_db = std::move(*db);
    }

    [[nodiscard]] QString text(const QString& sql, const QString& arg = {})
    {
        auto s = m_db->prepare(sql);
        EXPECT_TRUE(s);
        if (!arg.isNull()) {
            s->bind(arg);
        }
        EXPECT_TRUE(s->exec());
        return s->next() ? s->text(0) : QString();
    }

    /// A learner with goals, a finished or running course and a course rating of their own.
    [[nodiscard]] Id experiencedLearner()
    {
        return text(QStringLiteral(
            "SELECT l.id FROM learners l WHERE l.deleted_at IS NULL "
            "AND EXISTS (SELECT 1 FROM learner_goals g WHERE g.learner_id = l.id AND g.deleted_at IS NULL) "
            "AND EXISTS (SELECT 1 FROM enrollments e WHERE e.learner_id = l.id AND e.status IN ('active', "
            "'completed')) "
            "AND EXISTS (SELECT 1 FROM ratings r WHERE r.learner_id = l.id AND r.target = 'course') "
            "ORDER BY l.id LIMIT 1"));
    }

    [[nodiscard]] QSet<Id> takenCourses(const Id& learner)
    {
        QSet<Id> out;
        auto s = m_db->prepare(QStringLiteral("SELECT course_id FROM enrollments WHERE learner_id = ? AND "
                                              "status <> 'cancelled' AND course_id IS NOT NULL"));
        EXPECT_TRUE(s);
        s->bind(learner);
        EXPECT_TRUE(s->exec());
        while (s->next()) {
            out.insert(s->text(0));
        }
        return out;
    }

    [[nodiscard]] QString storedModel()
    {
        return text(QStringLiteral("SELECT value FROM meta WHERE key = ?"), ModelEnvelope::key());
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{kNow};
};

} // namespace

TEST_F(RecommenderServiceTest, RecommendsUntakenCoursesWithReasons)
{
    const Id learner = experiencedLearner();
    ASSERT_FALSE(learner.isEmpty());
    RecommenderService service(*m_db, m_clock);
    auto r = service.recommendCourses(learner, 5, true);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->learner.id, learner);
    EXPECT_FALSE(r->learner.goals.isEmpty());
    ASSERT_FALSE(r->items.isEmpty());
    EXPECT_LE(r->items.size(), 5);
    EXPECT_TRUE(r->model.trainedNow);
    EXPECT_TRUE(r->model.used);
    EXPECT_EQ(r->model.freshness, ModelFreshness::Fresh);
    const QSet<Id> taken = takenCourses(learner);
    EXPECT_EQ(r->learner.takenCourses, taken);
    for (const CourseSuggestion& s : r->items) {
        EXPECT_FALSE(taken.contains(s.courseId)) << s.title.toStdString();
        EXPECT_FALSE(s.explanation.reasons.isEmpty() && s.explanation.caveats.isEmpty()) << s.title.toStdString();
    }
    for (qsizetype i = 1; i < r->items.size(); ++i) {
        EXPECT_GE(r->items[i - 1].score, r->items[i].score);
    }
    // The learner rated a course, so the collaborative filter knows them.
    EXPECT_TRUE(
        std::any_of(r->items.cbegin(), r->items.cend(), [](const CourseSuggestion& s) { return s.factors.cfUsed; }));
}

TEST_F(RecommenderServiceTest, StoresTheModelOnceAndRetrainsWhenRatingsChange)
{
    const Id learner = experiencedLearner();
    RecommenderService service(*m_db, m_clock);
    ASSERT_EQ(service.modelStatus()->freshness, ModelFreshness::Missing);
    ASSERT_TRUE(service.recommendCourses(learner));
    auto second = service.recommendCourses(learner);
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->model.trainedNow);
    EXPECT_EQ(second->model.freshness, ModelFreshness::Fresh);

    // The envelope in `meta`: format, fingerprint of the current ratings, a readable model.
    const QString stored = storedModel();
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("format")).toInt(), ModelEnvelope::kFormat);
    auto status = service.modelStatus();
    ASSERT_TRUE(status);
    EXPECT_EQ(o.value(QStringLiteral("fingerprint")).toString(), status->currentFingerprint);
    EXPECT_EQ(status->trainedAt, kNow);
    auto decoded = ModelEnvelope::decode(stored);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->ratings, status->ratings);
    EXPECT_GT(decoded->model.userCount(), 5);

    // A new course rating makes the model stale; a GUI-style service keeps using it meanwhile.
    const Id course = text(QStringLiteral("SELECT id FROM courses WHERE id NOT IN (SELECT course_id FROM ratings WHERE "
                                          "learner_id = ? AND course_id IS NOT NULL) ORDER BY id LIMIT 1"),
                           learner);
    ASSERT_TRUE(FeedbackService(*m_db, m_clock).rate({learner, RatingTarget::Course, course, 5, QString()}));
    EXPECT_EQ(service.modelStatus()->freshness, ModelFreshness::Stale);
    RecommenderSettings gui;
    gui.trainWhenStale = false;
    auto stale = RecommenderService(*m_db, m_clock, gui).recommendCourses(learner);
    ASSERT_TRUE(stale);
    EXPECT_FALSE(stale->model.trainedNow);
    EXPECT_TRUE(stale->model.used);
    EXPECT_EQ(stale->model.freshness, ModelFreshness::Stale);
    EXPECT_EQ(storedModel(), stored);
    // The CLI-style service retrains on its next answer.
    auto fresh = service.recommendCourses(learner);
    ASSERT_TRUE(fresh);
    EXPECT_TRUE(fresh->model.trainedNow);
    EXPECT_EQ(fresh->model.ratings, status->ratings + 1);
    EXPECT_NE(storedModel(), stored);
}

TEST_F(RecommenderServiceTest, TrainsOnAWorkerThreadWithItsOwnConnection)
{
    Result<TrainingReport> report = fail(Error::storage(QStringLiteral("not run")));
    std::thread worker([&report, this] { report = RecommenderTrainer::trainFile(m_path, m_clock); });
    worker.join();
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_TRUE(report->trained);
    EXPECT_GT(report->ratings, 10);
    // The GUI's connection sees it at once.
    RecommenderService service(*m_db, m_clock);
    EXPECT_EQ(service.modelStatus()->freshness, ModelFreshness::Fresh);
    auto again = service.trainModel(false);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->trained);
    EXPECT_FALSE(RecommenderTrainer::trainFile(m_dir.filePath(QStringLiteral("missing.mentordesk")), m_clock));
}

TEST_F(RecommenderServiceTest, RefusesBadInputsWithoutWritingAnything)
{
    RecommenderService service(*m_db, m_clock);
    auto unknown = service.recommendCourses(newId());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("learner"));
    EXPECT_EQ(service.recommendCourses(QStringLiteral("not-an-id")).error().field, QStringLiteral("learner"));
    EXPECT_EQ(service.recommendCourses(experiencedLearner(), 0).error().field, QStringLiteral("k"));
    EXPECT_EQ(service.recommendMentors(experiencedLearner(), 101).error().field, QStringLiteral("k"));
    EXPECT_TRUE(storedModel().isEmpty());
    RecommenderSettings bad;
    bad.courses.weights = {-1.0, 1.0, 1.0, 1.0};
    EXPECT_EQ(RecommenderService(*m_db, m_clock, bad).recommendCourses(experiencedLearner()).error().field,
              QStringLiteral("weights"));
    bad = {};
    bad.masteryPercent = 101;
    EXPECT_EQ(RecommenderService::validated(bad).error().field, QStringLiteral("mastery_percent"));
}

TEST_F(RecommenderServiceTest, UnknownLearnersEmptyGoalsAndZeroBudgetsAreRefusedEverywhere)
{
    RecommenderService service(*m_db, m_clock);
    const Id stranger = newId();
    EXPECT_EQ(service.recommendMentors(stranger).error().field, QStringLiteral("learner"));
    EXPECT_EQ(service.planPath(stranger, 10).error().field, QStringLiteral("learner"));
    EXPECT_EQ(service.planPath(QString(), 10).error().field, QStringLiteral("learner"));
    // An enquiry needs goals and weekly time; a plan needs weeks.
    const Enquiry sql{{QStringLiteral("SQL")}, 2, 120};
    EXPECT_EQ(service.planPath(Enquiry{{}, 2, 120}, 10).error().field, QStringLiteral("goals"));
    EXPECT_EQ(service.planPath(Enquiry{{QStringLiteral("  ")}, 2, 120}, 10).error().field, QStringLiteral("goals"));
    EXPECT_EQ(service.planPath(Enquiry{{QStringLiteral("SQL")}, 2, 0}, 10).error().field,
              QStringLiteral("weekly_minutes"));
    EXPECT_EQ(service.planPath(sql, 0).error().field, QStringLiteral("weeks"));
    EXPECT_EQ(service.planPath(sql, 521).error().field, QStringLiteral("weeks"));
    EXPECT_EQ(service.recommendMentors(sql, 0).error().field, QStringLiteral("k"));
    EXPECT_TRUE(storedModel().isEmpty()); // nothing trained, nothing written
}

TEST_F(RecommenderServiceTest, ALearnerWithoutGoalsGetsCoursesAndMentorsButNoPath)
{
    const Id learner = experiencedLearner();
    auto clear = m_db->prepare(QStringLiteral("UPDATE learner_goals SET deleted_at = ? WHERE learner_id = ?"));
    ASSERT_TRUE(clear);
    clear->bind(QStringLiteral("2026-11-20T08:00:00Z"));
    clear->bind(learner);
    ASSERT_TRUE(clear->exec());
    RecommenderService service(*m_db, m_clock);
    auto courses = service.recommendCourses(learner, 5);
    ASSERT_TRUE(courses) << courses.error().message.toStdString();
    EXPECT_TRUE(courses->learner.goals.isEmpty());
    EXPECT_EQ(courses->items.size(), 5);
    for (const CourseSuggestion& c : courses->items) {
        EXPECT_EQ(c.factors.goal, 0.0);
    }
    auto mentors = service.recommendMentors(learner, 2);
    ASSERT_TRUE(mentors) << mentors.error().message.toStdString();
    EXPECT_EQ(mentors->items.size(), 2);
    EXPECT_EQ(service.planPath(learner, 10).error().field, QStringLiteral("goals"));
}

TEST_F(RecommenderServiceTest, RanksMentorsForALearner)
{
    RecommenderService service(*m_db, m_clock);
    auto r = service.recommendMentors(experiencedLearner());
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->items.size(), 3);
    EXPECT_EQ(r->from, QDate(2026, 11, 20));
    EXPECT_EQ(r->horizonWeeks, 4);
    for (const MentorSuggestion& m : r->items) {
        double sum = 0.0;
        for (const FactorContribution& c : m.explanation.contributions) {
            sum += c.contribution;
        }
        EXPECT_NEAR(sum, m.score - m.explanation.reference, 1e-9);
        EXPECT_GT(m.factors.freeMinutesPerWeek, 0); // demo mentors are available 78 h a week
        EXPECT_GT(m.factors.bookedPercent, 0);      // and teach in the coming weeks
    }
    // The best mentor knows the learner's goal area (demo mentors are experts in their first area).
    EXPECT_GT(r->items.first().factors.expertise, 0.5);
}

TEST_F(RecommenderServiceTest, RanksMentorsForAnEnquiry)
{
    RecommenderService service(*m_db, m_clock);
    // Goals by id or by name, names case-insensitively.
    const Id sql = text(QStringLiteral("SELECT id FROM topics WHERE name = 'SQL'"));
    const Id python = text(QStringLiteral("SELECT id FROM topics WHERE name = 'Python basics'"));
    auto r = service.recommendMentors(Enquiry{{sql, QStringLiteral("python BASICS"), QStringLiteral("sql")}, 2, 120});
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->learner.id.isEmpty());
    EXPECT_EQ(r->learner.goals, (QList<Id>{sql, python}));
    ASSERT_FALSE(r->items.isEmpty());
    EXPECT_FALSE(r->items.first().explanation.reasons.isEmpty());
    EXPECT_EQ(service.recommendMentors(Enquiry{{QStringLiteral("Underwater basket weaving")}, 2, 120}).error().field,
              QStringLiteral("goals"));
    EXPECT_EQ(service.recommendMentors(Enquiry{{}, 2, 120}).error().field, QStringLiteral("goals"));
    EXPECT_EQ(service.recommendMentors(Enquiry{{sql}, 6, 120}).error().field, QStringLiteral("level"));
    EXPECT_EQ(service.recommendMentors(Enquiry{{sql}, 2, 0}).error().field, QStringLiteral("weekly_minutes"));
}

TEST_F(RecommenderServiceTest, RecommendsCoursesForAnEnquiry)
{
    RecommenderService service(*m_db, m_clock);
    const Id sql = text(QStringLiteral("SELECT id FROM topics WHERE name = 'SQL'"));
    auto r = service.recommendCourses(Enquiry{{QStringLiteral("sql")}, 2, 120}, 5);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_TRUE(r->learner.id.isEmpty());
    EXPECT_EQ(r->learner.goals, QList<Id>{sql});
    ASSERT_FALSE(r->items.isEmpty());
    EXPECT_LE(r->items.size(), 5);
    // Nothing is taken by an enquiry: every active course is a candidate.
    EXPECT_EQ(QString::number(r->candidates),
              text(QStringLiteral("SELECT COUNT(*) FROM courses WHERE deleted_at IS NULL AND archived_at IS NULL")));
    // The best course serves the goal, and says so.
    EXPECT_GT(r->items.first().factors.goal, 0.0);
    EXPECT_FALSE(r->items.first().explanation.reasons.isEmpty());
    EXPECT_EQ(service.recommendCourses(Enquiry{{QStringLiteral("Underwater basket weaving")}, 2, 120}).error().field,
              QStringLiteral("goals"));
    EXPECT_EQ(service.recommendCourses(Enquiry{{}, 2, 120}).error().field, QStringLiteral("goals"));
    EXPECT_EQ(service.recommendCourses(Enquiry{{sql}, 0, 120}).error().field, QStringLiteral("level"));
    EXPECT_EQ(service.recommendCourses(Enquiry{{sql}, 2, 20000}).error().field, QStringLiteral("weekly_minutes"));
    EXPECT_EQ(service.recommendCourses(Enquiry{{sql}, 2, 120}, 0).error().field, QStringLiteral("k"));
}

TEST_F(RecommenderServiceTest, PlansAPathToTheLearnersGoals)
{
    const Id learner = experiencedLearner();
    RecommenderService service(*m_db, m_clock);
    auto r = service.planPath(learner, 52);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    const PathPlan& p = r->plan;
    EXPECT_TRUE(p.exact);
    EXPECT_LE(p.usedMinutes, p.budgetMinutes);
    EXPECT_EQ(p.budgetMinutes, 52LL * r->learner.weeklyMinutes);
    EXPECT_EQ(p.goals.size(), r->learner.goals.size());
    const QSet<Id> taken = takenCourses(learner);
    QDate previous = QDate(2026, 11, 20);
    for (const PlannedCourse& c : p.courses) {
        EXPECT_FALSE(taken.contains(c.courseId));
        EXPECT_TRUE(c.prerequisitesMet);
        EXPECT_EQ(c.start, previous);
        EXPECT_GT(c.finish, c.start);
        previous = c.finish;
    }
    // A learner without goals cannot be planned for; weeks are checked.
    const Id noGoals =
        text(QStringLiteral("SELECT l.id FROM learners l WHERE NOT EXISTS (SELECT 1 FROM learner_goals g "
                            "WHERE g.learner_id = l.id AND g.deleted_at IS NULL) LIMIT 1"));
    if (!noGoals.isEmpty()) {
        EXPECT_EQ(service.planPath(noGoals, 10).error().field, QStringLiteral("goals"));
    }
    EXPECT_EQ(service.planPath(learner, 0).error().field, QStringLiteral("weeks"));
    EXPECT_EQ(service.planPath(learner, 10, -5).error().field, QStringLiteral("weekly_minutes"));
}

TEST_F(RecommenderServiceTest, PlansAPathForAnEnquiry)
{
    RecommenderService service(*m_db, m_clock);
    auto r = service.planPath(Enquiry{{QStringLiteral("Machine learning")}, 1, 240}, 104, QDate(2027, 1, 4));
    ASSERT_TRUE(r) << r.error().message.toStdString();
    const PathPlan& p = r->plan;
    EXPECT_GT(p.neededTopics, 8); // ML needs data analysis, linear algebra, probability and all below
    EXPECT_TRUE(p.exact);
    ASSERT_FALSE(p.courses.isEmpty());
    EXPECT_EQ(p.courses.first().start, QDate(2027, 1, 4));
    EXPECT_EQ(r->topicNames.value(p.goals.first().topicId), QStringLiteral("Machine learning"));
    QSet<Id> taught;
    for (const PlannedCourse& c : p.courses) {
        EXPECT_TRUE(c.prerequisitesMet) << c.title.toStdString();
        for (const Id& t : c.topics) {
            taught.insert(t);
        }
    }
    EXPECT_EQ(p.goals.first().achieved, taught.size() == p.neededTopics);
}
