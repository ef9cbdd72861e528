// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/ModelRetrainer.h"

#include "UiTestSupport.h"
#include "matcher/RecommenderTrainer.h"
#include "shell/StudioSession.h"

#include <QSignalSpy>

using namespace mentordesk;

/// The debounce and trigger logic with an injected job: no timer is waited for; the test calls
/// runPending() (what the timer would do) and completes the runs itself.
class ModelRetrainerTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        m_retrainer = std::make_unique<ModelRetrainer>(session());
        m_retrainer->setJob([this](ModelRetrainer::Done done) { m_runs.append(std::move(done)); });
    }
    void TearDown() override
    {
        m_retrainer.reset();
        UiStudioTest::TearDown();
    }

    static TrainingReport trained(int ratings)
    {
        TrainingReport report;
        report.trained = true;
        report.ratings = ratings;
        report.trainMs = 12.0;
        return report;
    }

    std::unique_ptr<ModelRetrainer> m_retrainer;
    QList<ModelRetrainer::Done> m_runs;
};

TEST_F(ModelRetrainerTest, DataChangesAreDebouncedIntoOneRun)
{
    EXPECT_FALSE(m_retrainer->timer()->isActive());
    session().notifyDataChanged();
    session().notifyDataChanged();
    session().notifyDataChanged();
    EXPECT_TRUE(m_retrainer->isPending());
    EXPECT_TRUE(m_retrainer->timer()->isActive());
    EXPECT_TRUE(m_retrainer->timer()->isSingleShot());
    EXPECT_EQ(m_retrainer->timer()->interval(), ModelRetrainer::kDebounceMs);
    EXPECT_TRUE(m_runs.isEmpty()) << "nothing runs before the quiet time is over";
    QSignalSpy started(m_retrainer.get(), &ModelRetrainer::trainingStarted);
    m_retrainer->runPending();
    EXPECT_EQ(m_runs.size(), 1);
    EXPECT_EQ(started.count(), 1);
    EXPECT_TRUE(m_retrainer->isRunning());
    EXPECT_FALSE(m_retrainer->isPending());
    EXPECT_FALSE(m_retrainer->timer()->isActive());
}

TEST_F(ModelRetrainerTest, NothingPendingRunsNothing)
{
    m_retrainer->runPending();
    EXPECT_TRUE(m_runs.isEmpty());
    EXPECT_FALSE(m_retrainer->isRunning());
}

TEST_F(ModelRetrainerTest, ChangesDuringARunRunOnceMoreAfterIt)
{
    m_retrainer->schedule();
    m_retrainer->runPending();
    ASSERT_EQ(m_runs.size(), 1);
    session().notifyDataChanged();
    session().notifyDataChanged();
    EXPECT_FALSE(m_retrainer->timer()->isActive()) << "no timer while a run is going on";
    m_retrainer->runPending();
    EXPECT_EQ(m_runs.size(), 1) << "never two runs at once";

    QSignalSpy finished(m_retrainer.get(), &ModelRetrainer::trainingFinished);
    m_runs.first()(trained(120));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(m_retrainer->isRunning());
    EXPECT_TRUE(m_retrainer->isPending());
    EXPECT_TRUE(m_retrainer->timer()->isActive()) << "the change seen during the run is debounced again";
    m_retrainer->runPending();
    EXPECT_EQ(m_runs.size(), 2);
    m_runs.last()(trained(121));
    EXPECT_FALSE(m_retrainer->isPending());
    EXPECT_FALSE(m_retrainer->timer()->isActive());
}

TEST_F(ModelRetrainerTest, ReportsOutcomesInTheStatus)
{
    QSignalSpy status(m_retrainer.get(), &ModelRetrainer::statusChanged);
    QSignalSpy failed(m_retrainer.get(), &ModelRetrainer::trainingFailed);
    m_retrainer->schedule();
    m_retrainer->runPending();
    EXPECT_EQ(m_retrainer->statusText(), QStringLiteral("Retraining the rating model…"));
    m_runs.last()(trained(120));
    EXPECT_TRUE(m_retrainer->statusText().startsWith(QStringLiteral("Rating model retrained on 120 rating")));
    EXPECT_TRUE(m_retrainer->statusText().endsWith(QStringLiteral("in 12 ms.")));
    m_retrainer->schedule();
    m_retrainer->runPending();
    TrainingReport fresh;
    fresh.ratings = 120;
    m_runs.last()(fresh);
    EXPECT_EQ(m_retrainer->statusText(), QStringLiteral("The rating model is up to date."));
    m_retrainer->schedule();
    m_retrainer->runPending();
    m_runs.last()(Result<TrainingReport>(fail(Error::invalid(QStringLiteral("model"), QStringLiteral("disk full")))));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(m_retrainer->statusText().contains(QStringLiteral("disk full")));
    EXPECT_EQ(status.count(), 6);
}

TEST_F(ModelRetrainerTest, OneRetrainerPerSession)
{
    ModelRetrainer* first = ModelRetrainer::forSession(session());
    EXPECT_EQ(ModelRetrainer::forSession(session()), first);
    EXPECT_EQ(first->parent(), &session());
}

TEST_F(ModelRetrainerTest, TheRealJobTrainsOnItsOwnConnectionAndStoresTheModel)
{
    ModelRetrainer real(session());
    auto before = RecommenderTrainer(session().db(), session().clock()).status();
    ASSERT_TRUE(before);
    ASSERT_GT(before->ratings, 0) << "the demo studio has course ratings";
    ASSERT_NE(before->freshness, ModelFreshness::Fresh);
    QSignalSpy finished(&real, &ModelRetrainer::trainingFinished);
    real.schedule();
    real.runPending();
    EXPECT_TRUE(real.isRunning());
    // Waits for the worker thread (not for the debounce timer, which runPending() replaced).
    ASSERT_TRUE(finished.wait(30000));
    const auto report = finished.first().first().value<TrainingReport>();
    EXPECT_TRUE(report.trained);
    EXPECT_EQ(report.ratings, before->ratings);
    auto after = RecommenderTrainer(session().db(), session().clock()).status();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->freshness, ModelFreshness::Fresh) << "stored as `recommender train` stores it";
    EXPECT_EQ(after->storedRatings, before->ratings);
}
