// SPDX-License-Identifier: GPL-3.0-or-later
// Learner lists (filters, search, paging at studio scale), payers' learners and goals.
#include "PeopleTestRows.h"
#include "TestStudio.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "storage/Transaction.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace mentordesk;
using test::insertTopic;

class LearnerListTest : public test::StudioTest
{
protected:
    LearnerService service() { return LearnerService(db(), clock()); }
    Learner add(LearnerInput input)
    {
        auto l = service().create(input);
        EXPECT_TRUE(l) << l.error().message.toStdString();
        return l ? *l : Learner{};
    }
    QStringList names(const LearnerFilter& filter)
    {
        QStringList out;
        auto page = service().list(filter, {});
        EXPECT_TRUE(page);
        for (const Learner& l : page->items) {
            out << l.name;
        }
        return out;
    }
};

TEST_F(LearnerListTest, DefaultListShowsActiveAndPausedSortedByName)
{
    add({.name = QStringLiteral("bob")});
    const Learner paused = add({.name = QStringLiteral("Alice")});
    const Learner archived = add({.name = QStringLiteral("Carl")});
    ASSERT_TRUE(service().pause(paused.meta.id));
    ASSERT_TRUE(service().archive(archived.meta.id));
    EXPECT_EQ(names({}), (QStringList{QStringLiteral("Alice"), QStringLiteral("bob")}));
    LearnerFilter f;
    f.statuses = {LearnerStatus::Archived};
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Carl")});
    f.statuses = {LearnerStatus::Paused, LearnerStatus::Paused, LearnerStatus::Active};
    EXPECT_EQ(names(f).size(), 2) << "repeated statuses do not widen the filter";
    f.statuses = {LearnerStatus::Active, LearnerStatus::Paused, LearnerStatus::Archived};
    EXPECT_EQ(names(f).size(), 3);
}

TEST_F(LearnerListTest, FiltersByMentorAndPayer)
{
    auto mentor = MentorService(db(), clock()).create({.name = QStringLiteral("Lin")});
    auto payer =
        PayerService(db(), clock()).create({QStringLiteral("Li family"), {}, {}, {}, QStringLiteral("en"), {}, {}});
    ASSERT_TRUE(mentor && payer);
    add({.mentorId = mentor->meta.id, .name = QStringLiteral("With mentor")});
    add({.payerId = payer->meta.id, .name = QStringLiteral("With payer")});
    const Learner both = add({.mentorId = mentor->meta.id, .payerId = payer->meta.id, .name = QStringLiteral("Both")});
    add({.name = QStringLiteral("Neither")});
    LearnerFilter f;
    f.mentorId = mentor->meta.id.toUpper();
    EXPECT_EQ(names(f), (QStringList{QStringLiteral("Both"), QStringLiteral("With mentor")}));
    f.payerId = payer->meta.id;
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Both")});
    f.mentorId.clear();
    EXPECT_EQ(names(f), (QStringList{QStringLiteral("Both"), QStringLiteral("With payer")}));
    ASSERT_TRUE(service().archive(both.meta.id));
    auto ofPayer = service().learnersOfPayer(payer->meta.id);
    ASSERT_TRUE(ofPayer);
    ASSERT_EQ(ofPayer->size(), 2) << "learnersOfPayer includes archived learners";
    EXPECT_EQ(ofPayer->first().name, QStringLiteral("Both"));
}

TEST_F(LearnerListTest, SearchesNameEmailPhoneAndTagsLiterally)
{
    add({.name = QStringLiteral("张伟"), .tags = {QStringLiteral("考试")}});
    add({.name = QStringLiteral("Ben"), .email = QStringLiteral("ben_k@example.com")});
    add({.name = QStringLiteral("Cleo"), .phone = QStringLiteral("+49 30 555")});
    add({.name = QStringLiteral("Dan 50%"), .tags = {QStringLiteral("online")}});
    add({.name = QStringLiteral("Eve"), .email = QStringLiteral("benkx@example.com")});
    LearnerFilter f;
    f.text = QStringLiteral("张");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("张伟")});
    f.text = QStringLiteral("考试");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("张伟")}) << "tags are searched";
    f.text = QStringLiteral("ben_");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Ben")}) << "'_' is not a wildcard";
    f.text = QStringLiteral("%");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Dan 50%")}) << "'%' is not a wildcard";
    f.text = QStringLiteral("30 555");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Cleo")});
    f.text = QStringLiteral("ONLINE");
    EXPECT_EQ(names(f), QStringList{QStringLiteral("Dan 50%")});
    f.text = QStringLiteral("nobody");
    EXPECT_TRUE(names(f).isEmpty());
}

TEST_F(LearnerListTest, PagesThroughAStudioOfTwoThousandFiveHundredLearners)
{
    {
        auto tx = Transaction::begin(db());
        ASSERT_TRUE(tx);
        for (int i = 0; i < 2500; ++i) {
            auto l = service().create(
                {.name = QStringLiteral("Learner %1").arg(i, 4, 10, QLatin1Char('0')), .level = 1 + i % 5});
            ASSERT_TRUE(l) << l.error().message.toStdString();
        }
        MD_ASSERT_OK(tx->commit());
    }
    QSet<QString> seen;
    QString previous;
    int offset = 0;
    for (;;) {
        auto page = service().list({}, {offset, 300});
        ASSERT_TRUE(page);
        EXPECT_EQ(page->total, 2500);
        EXPECT_LE(page->items.size(), 300);
        if (page->items.isEmpty()) {
            break;
        }
        for (const Learner& l : page->items) {
            EXPECT_LT(previous, l.name);
            previous = l.name;
            seen.insert(l.meta.id);
        }
        offset += static_cast<int>(page->items.size());
    }
    EXPECT_EQ(seen.size(), 2500);
    auto last = service().list({}, {2490, 100});
    ASSERT_TRUE(last);
    ASSERT_EQ(last->items.size(), 10);
    EXPECT_EQ(last->items.last().name, QStringLiteral("Learner 2499"));
    auto huge = service().list({}, {0, 1000000});
    ASSERT_TRUE(huge);
    EXPECT_EQ(huge->items.size(), 2500) << "the limit is clamped, not refused";
}

TEST_F(LearnerListTest, SetGoalsReplacesTheSet)
{
    const Learner l = add({.name = QStringLiteral("Gia")});
    const Id algebra = insertTopic(db(), QStringLiteral("Algebra"));
    const Id chess = insertTopic(db(), QStringLiteral("Chess"));
    const Id bio = insertTopic(db(), QStringLiteral("Biology"));
    auto first = service().setGoals(l.meta.id, {chess, algebra, chess.toUpper()});
    ASSERT_TRUE(first) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 2) << "duplicates are removed";
    EXPECT_EQ(first->at(0).topicName, QStringLiteral("Algebra"));
    EXPECT_EQ(first->at(1).topicId, chess);
    auto second = service().setGoals(l.meta.id, {bio, chess});
    ASSERT_TRUE(second);
    auto goals = service().goals(l.meta.id);
    ASSERT_TRUE(goals);
    ASSERT_EQ(goals->size(), 2);
    EXPECT_EQ(goals->at(0).topicName, QStringLiteral("Biology"));
    EXPECT_EQ(goals->at(1).topicName, QStringLiteral("Chess"));
    EXPECT_EQ(test::countRows(db(), QStringLiteral("SELECT count(*) FROM learner_goals")), 3)
        << "Algebra is tombstoned; Chess keeps its row";
    ASSERT_TRUE(service().setGoals(l.meta.id, {}));
    EXPECT_TRUE(service().goals(l.meta.id)->isEmpty());
}

TEST_F(LearnerListTest, SetGoalsRefusesUnknownTopicsAndChangesNothing)
{
    const Learner l = add({.name = QStringLiteral("Hal")});
    const Id chess = insertTopic(db(), QStringLiteral("Chess"));
    ASSERT_TRUE(service().setGoals(l.meta.id, {chess}));
    auto unknown = service().setGoals(l.meta.id, {newId()});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::Invalid);
    EXPECT_EQ(unknown.error().field, QStringLiteral("goals"));
    auto malformed = service().setGoals(l.meta.id, {QStringLiteral("chess")});
    ASSERT_FALSE(malformed);
    EXPECT_EQ(malformed.error().field, QStringLiteral("goals"));
    auto goals = service().goals(l.meta.id);
    ASSERT_EQ(goals->size(), 1);
    EXPECT_EQ(goals->first().topicId, chess);
    EXPECT_EQ(test::countRows(db(), QStringLiteral("SELECT count(*) FROM learner_goals")), 1);
}
