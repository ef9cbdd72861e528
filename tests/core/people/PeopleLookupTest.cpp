// SPDX-License-Identifier: GPL-3.0-or-later
// Batched look-ups that let list views show payer names and learner counts without a query per row.
#include "TestStudio.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "storage/SqlHelpers.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class PeopleLookupTest : public test::StudioTest
{
protected:
    PayerService payers() { return PayerService(db(), clock()); }
    LearnerService learners() { return LearnerService(db(), clock()); }
    Id addPayer(const QString& name)
    {
        auto p = payers().create({name, {}, {}, {}, QStringLiteral("en"), {}, {}});
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return p ? p->meta.id : Id();
    }
    Id addLearner(const QString& name, const Id& payerId = {}, const Id& mentorId = {})
    {
        auto l = learners().create({.mentorId = mentorId, .payerId = payerId, .name = name});
        EXPECT_TRUE(l) << l.error().message.toStdString();
        return l ? l->meta.id : Id();
    }
};

TEST_F(PeopleLookupTest, NamesForReturnsKnownPayersIncludingArchived)
{
    const Id a = addPayer(QStringLiteral("Alpha family"));
    const Id b = addPayer(QStringLiteral("王家"));
    ASSERT_TRUE(payers().archive(b));
    const Id unknown = newId();
    auto names = payers().namesFor({a, b, unknown, a, QString(), b.toUpper()});
    MD_ASSERT_OK(names);
    EXPECT_EQ(names->size(), 2);
    EXPECT_EQ(names->value(a), QStringLiteral("Alpha family"));
    EXPECT_EQ(names->value(b), QStringLiteral("王家"));
    EXPECT_FALSE(names->contains(unknown));
}

TEST_F(PeopleLookupTest, NamesForEmptyListIsEmpty)
{
    addPayer(QStringLiteral("Alpha"));
    auto names = payers().namesFor({});
    MD_ASSERT_OK(names);
    EXPECT_TRUE(names->isEmpty());
}

TEST_F(PeopleLookupTest, NamesForSpansSeveralBatches)
{
    QList<Id> ids;
    for (int i = 0; i < 250; ++i) {
        ids.append(addPayer(QStringLiteral("Payer %1").arg(i, 3, 10, QLatin1Char('0'))));
    }
    auto names = payers().namesFor(ids);
    MD_ASSERT_OK(names);
    ASSERT_EQ(names->size(), 250);
    EXPECT_EQ(names->value(ids[0]), QStringLiteral("Payer 000"));
    EXPECT_EQ(names->value(ids[149]), QStringLiteral("Payer 149"));
    EXPECT_EQ(names->value(ids[249]), QStringLiteral("Payer 249"));
}

TEST_F(PeopleLookupTest, CountsLearnersPerMentorAndPayerSkippingArchived)
{
    auto lin = MentorService(db(), clock()).create({.name = QStringLiteral("Lin")});
    auto ana = MentorService(db(), clock()).create({.name = QStringLiteral("Ana")});
    ASSERT_TRUE(lin && ana);
    const Id family = addPayer(QStringLiteral("Li family"));
    const Id other = addPayer(QStringLiteral("Other"));
    addLearner(QStringLiteral("A"), family, lin->meta.id);
    const Id paused = addLearner(QStringLiteral("B"), family, lin->meta.id);
    const Id gone = addLearner(QStringLiteral("C"), family, ana->meta.id);
    addLearner(QStringLiteral("D"));
    ASSERT_TRUE(learners().pause(paused));
    ASSERT_TRUE(learners().archive(gone));

    auto byMentor = learners().activeCountsByMentor();
    MD_ASSERT_OK(byMentor);
    EXPECT_EQ(byMentor->value(lin->meta.id), 2) << "paused learners still count";
    EXPECT_FALSE(byMentor->contains(ana->meta.id)) << "archived learners do not";
    EXPECT_EQ(byMentor->size(), 1);

    auto byPayer = learners().activeCountsByPayer({family, other});
    MD_ASSERT_OK(byPayer);
    EXPECT_EQ(byPayer->value(family), 2);
    EXPECT_FALSE(byPayer->contains(other));
}

TEST(SqlHelpersTest, PlaceholderListHasOneMarkPerValue)
{
    EXPECT_EQ(placeholderList(3), QStringLiteral("?, ?, ?"));
    EXPECT_EQ(placeholderList(1), QStringLiteral("?"));
    EXPECT_EQ(placeholderList(0), QString());
}
