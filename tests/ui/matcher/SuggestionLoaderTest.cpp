// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SuggestionLoader.h"

#include "MatcherTestData.h"
#include "UiTestSupport.h"
#include "people/PeopleTestData.h"
#include "shell/StudioSession.h"

#include <QSignalSpy>

using namespace mentordesk;

Q_DECLARE_METATYPE(mentordesk::SuggestionAnswer)

class SuggestionLoaderTest : public test::UiStudioTest
{};

TEST_F(SuggestionLoaderTest, ComputesWhatWasAskedFor)
{
    const QString learner = test::learnerWithGoals(session());
    SuggestionRequest full;
    full.learnerId = learner;
    full.weeks = 26;
    const SuggestionAnswer all = SuggestionLoader::compute(session().db(), session().clock(), full);
    ASSERT_TRUE(all.courses && *all.courses);
    ASSERT_TRUE(all.mentors && *all.mentors);
    ASSERT_TRUE(all.path && *all.path);
    EXPECT_FALSE(all.courses->value().items.isEmpty());
    EXPECT_FALSE(all.courses->value().model.trainedNow) << "the GUI never trains while answering";

    SuggestionRequest pathOnly = full;
    pathOnly.pathOnly = true;
    const SuggestionAnswer path = SuggestionLoader::compute(session().db(), session().clock(), pathOnly);
    EXPECT_FALSE(path.courses);
    EXPECT_FALSE(path.mentors);
    ASSERT_TRUE(path.path && *path.path);

    // Without goals only the courses answer comes back (it says so); nothing else is computed.
    SuggestionRequest plain;
    plain.learnerId = test::addLearners(session(), 1, QStringLiteral("Plain")).first();
    const SuggestionAnswer none = SuggestionLoader::compute(session().db(), session().clock(), plain);
    ASSERT_TRUE(none.courses && *none.courses);
    EXPECT_TRUE(none.courses->value().learner.goals.isEmpty());
    EXPECT_FALSE(none.mentors);
    EXPECT_FALSE(none.path);

    // An enquiry: courses and mentors, no path; a bad enquiry fails naming the field.
    SuggestionRequest enquiry;
    enquiry.enquiry = Enquiry{{QStringLiteral("SQL")}, 2, 120};
    enquiry.withPath = false;
    const SuggestionAnswer e = SuggestionLoader::compute(session().db(), session().clock(), enquiry);
    ASSERT_TRUE(e.courses && *e.courses);
    ASSERT_TRUE(e.mentors && *e.mentors);
    EXPECT_FALSE(e.path);
    enquiry.enquiry.level = 9;
    const SuggestionAnswer bad = SuggestionLoader::compute(session().db(), session().clock(), enquiry);
    ASSERT_TRUE(bad.courses);
    ASSERT_FALSE(*bad.courses);
    EXPECT_EQ(bad.courses->error().field, QStringLiteral("level"));
}

TEST_F(SuggestionLoaderTest, OnlyTheLatestRequestIsAnswered)
{
    SuggestionLoader loader(session());
    QList<SuggestionAnswer> answers;
    QObject::connect(&loader, &SuggestionLoader::answered, &loader,
                     [&answers](const SuggestionAnswer& a) { answers.append(a); });
    QSignalSpy answered(&loader, &SuggestionLoader::answered);
    SuggestionRequest first;
    first.learnerId = test::learnerWithGoals(session());
    SuggestionRequest second = first;
    second.weeks = 3;
    SuggestionRequest third = first;
    third.weeks = 7;
    const quint64 a = loader.request(first);
    EXPECT_TRUE(loader.isBusy());
    const quint64 b = loader.request(second); // waits, then is replaced by the third
    const quint64 c = loader.request(third);
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    ASSERT_TRUE(answered.wait(30000));
    EXPECT_FALSE(loader.isBusy()) << "the waiting request started before the answer was delivered";
    ASSERT_EQ(answers.size(), 1) << "the first answer is stale when it arrives, the second never runs";
    EXPECT_EQ(answers.first().ticket, c);
    EXPECT_EQ(answers.first().request.weeks, 7);
}
