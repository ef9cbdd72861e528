// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerService.h"

#include "PeopleTestRows.h"
#include "TestStudio.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "people/TagList.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class LearnerServiceTest : public test::StudioTest
{
protected:
    LearnerService service() { return LearnerService(db(), clock()); }
    Id addMentor(const QString& name)
    {
        auto m = MentorService(db(), clock()).create({.name = name});
        EXPECT_TRUE(m);
        return m ? m->meta.id : Id();
    }
    Id addPayer(const QString& name)
    {
        auto p = PayerService(db(), clock()).create({name, {}, {}, {}, QStringLiteral("en"), {}, {}});
        EXPECT_TRUE(p);
        return p ? p->meta.id : Id();
    }
    Learner add(const QString& name)
    {
        auto l = service().create({.name = name});
        EXPECT_TRUE(l) << l.error().message.toStdString();
        return l ? *l : Learner{};
    }
    qint64 learnerRows() { return test::countRows(db(), QStringLiteral("SELECT count(*) FROM learners")); }
};

TEST_F(LearnerServiceTest, CreatesWithAllFields)
{
    const Id mentor = addMentor(QStringLiteral("Lin"));
    const Id payer = addPayer(QStringLiteral("Wang family"));
    auto l = service().create({.mentorId = mentor.toUpper(),
                               .payerId = payer,
                               .name = QStringLiteral(" 王小明 "),
                               .email = QStringLiteral("xm@example.com"),
                               .phone = QStringLiteral("138 0000 0000"),
                               .birthYear = 2014,
                               .level = 2,
                               .weeklyMinutes = 90,
                               .notes = QStringLiteral("Loves dinosaurs."),
                               .tags = {QStringLiteral(" exam "), QStringLiteral("online"), QStringLiteral("Exam"), {}},
                               .consentContact = true,
                               .consentPhotos = false});
    ASSERT_TRUE(l) << l.error().message.toStdString();
    EXPECT_EQ(l->name, QStringLiteral("王小明"));
    EXPECT_EQ(l->status, LearnerStatus::Active);
    EXPECT_EQ(l->meta.version, 1);
    auto loaded = service().get(l->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->mentorId, mentor) << "ids are stored lower-case";
    EXPECT_EQ(loaded->payerId, payer);
    EXPECT_EQ(loaded->birthYear, 2014);
    EXPECT_EQ(loaded->level, 2);
    EXPECT_EQ(loaded->weeklyMinutes, 90);
    EXPECT_EQ(loaded->notes, QStringLiteral("Loves dinosaurs."));
    EXPECT_EQ(loaded->tags, (QStringList{QStringLiteral("exam"), QStringLiteral("online")}));
    EXPECT_TRUE(loaded->consentContact);
    EXPECT_FALSE(loaded->consentPhotos);
    EXPECT_TRUE(loaded->isMinor(2026));
    EXPECT_EQ(loaded->meta.createdAt, clock().nowUtc());
}

TEST_F(LearnerServiceTest, DefaultsAndOptionalFieldsStayEmpty)
{
    Learner l = add(QStringLiteral("Ada"));
    auto loaded = service().get(l.meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->mentorId.isEmpty());
    EXPECT_TRUE(loaded->payerId.isEmpty());
    EXPECT_FALSE(loaded->birthYear.has_value());
    EXPECT_EQ(loaded->level, 1);
    EXPECT_EQ(loaded->weeklyMinutes, 60);
    EXPECT_TRUE(loaded->tags.isEmpty());
    EXPECT_FALSE(loaded->isMinor(2026)) << "an unknown birth year is not known to be a minor";
}

TEST_F(LearnerServiceTest, IsMinorUsesTheCalendarYear)
{
    Learner l;
    l.birthYear = 2008;
    EXPECT_TRUE(l.isMinor(2025));
    EXPECT_FALSE(l.isMinor(2026));
    l.birthYear = 1990;
    EXPECT_FALSE(l.isMinor(2026));
}

TEST_F(LearnerServiceTest, RejectsBadInputNamingTheFieldAndWritesNothing)
{
    struct Case
    {
        LearnerInput input;
        const char* field;
    };
    const QList<Case> cases = {
        {{.name = QStringLiteral(" ")}, "name"},
        {{.name = QString(201, u'n')}, "name"},
        {{.name = QStringLiteral("A"), .email = QStringLiteral("a@b")}, "email"},
        {{.name = QStringLiteral("A"), .phone = QString(51, u'9')}, "phone"},
        {{.mentorId = QStringLiteral("lin"), .name = QStringLiteral("A")}, "mentor_id"},
        {{.mentorId = newId(), .name = QStringLiteral("A")}, "mentor_id"},
        {{.payerId = QStringLiteral("x"), .name = QStringLiteral("A")}, "payer_id"},
        {{.payerId = newId(), .name = QStringLiteral("A")}, "payer_id"},
        {{.name = QStringLiteral("A"), .birthYear = 1899}, "birth_year"},
        {{.name = QStringLiteral("A"), .birthYear = 2027}, "birth_year"},
        {{.name = QStringLiteral("A"), .level = 0}, "level"},
        {{.name = QStringLiteral("A"), .level = 6}, "level"},
        {{.name = QStringLiteral("A"), .weeklyMinutes = -1}, "weekly_minutes"},
        {{.name = QStringLiteral("A"), .weeklyMinutes = 10081}, "weekly_minutes"},
        {{.name = QStringLiteral("A"), .notes = QString(10001, u'x')}, "notes"},
        {{.name = QStringLiteral("A"), .tags = {QStringLiteral("a,b")}}, "tags"},
        {{.name = QStringLiteral("A"), .tags = {QString(51, u't')}}, "tags"},
    };
    for (const Case& c : cases) {
        auto l = service().create(c.input);
        ASSERT_FALSE(l) << c.field;
        EXPECT_EQ(l.error().code, ErrorCode::Invalid) << c.field;
        EXPECT_EQ(l.error().field, QString::fromLatin1(c.field)) << l.error().message.toStdString();
        EXPECT_FALSE(l.error().message.isEmpty());
    }
    EXPECT_EQ(learnerRows(), 0) << "a refused create must not write anything";
}

TEST_F(LearnerServiceTest, AcceptsBoundaryValues)
{
    auto l = service().create({.name = QStringLiteral("Edge"), .birthYear = 2026, .level = 5, .weeklyMinutes = 10080});
    ASSERT_TRUE(l) << l.error().message.toStdString();
    auto old = service().create({.name = QStringLiteral("Old"), .birthYear = 1900, .level = 1, .weeklyMinutes = 0});
    ASSERT_TRUE(old) << old.error().message.toStdString();
}

TEST_F(LearnerServiceTest, TooManyTagsAreRefused)
{
    QStringList tags;
    for (int i = 0; i <= TagList::kMaxTags; ++i) {
        tags << QStringLiteral("t%1").arg(i);
    }
    auto l = service().create({.name = QStringLiteral("A"), .tags = tags});
    ASSERT_FALSE(l);
    EXPECT_EQ(l.error().field, QStringLiteral("tags"));
    EXPECT_EQ(TagList::split(QStringLiteral(" a, ,b ,")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

TEST_F(LearnerServiceTest, ArchivedMentorOrPayerCannotBeAssigned)
{
    const Id mentor = addMentor(QStringLiteral("Gone"));
    const Id payer = addPayer(QStringLiteral("Gone family"));
    ASSERT_TRUE(MentorService(db(), clock()).archive(mentor));
    ASSERT_TRUE(PayerService(db(), clock()).archive(payer));
    auto m = service().create({.mentorId = mentor, .name = QStringLiteral("A")});
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().field, QStringLiteral("mentor_id"));
    EXPECT_TRUE(m.error().message.contains(QStringLiteral("Gone")));
    auto p = service().create({.payerId = payer, .name = QStringLiteral("A")});
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().field, QStringLiteral("payer_id"));
    EXPECT_EQ(learnerRows(), 0);
}

TEST_F(LearnerServiceTest, EditKeepsAMentorArchivedAfterAssignment)
{
    const Id mentor = addMentor(QStringLiteral("Lin"));
    auto l = service().create({.mentorId = mentor, .name = QStringLiteral("Kai")});
    ASSERT_TRUE(l);
    ASSERT_TRUE(MentorService(db(), clock()).archive(mentor));
    auto edited = service().edit(l->meta.id, {.mentorId = mentor, .name = QStringLiteral("Kai Chen")});
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited->name, QStringLiteral("Kai Chen"));
    const Id other = addMentor(QStringLiteral("Other"));
    ASSERT_TRUE(MentorService(db(), clock()).archive(other));
    auto moved = service().edit(l->meta.id, {.mentorId = other, .name = QStringLiteral("Kai Chen")});
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().field, QStringLiteral("mentor_id"));
    auto cleared = service().edit(l->meta.id, {.name = QStringLiteral("Kai Chen")});
    ASSERT_TRUE(cleared);
    EXPECT_TRUE(service().get(l->meta.id)->mentorId.isEmpty());
}

TEST_F(LearnerServiceTest, EditDetectsConcurrentChangeAndBadInputChangesNothing)
{
    Learner l = add(QStringLiteral("Mia"));
    auto first = service().edit(l.meta.id, {.name = QStringLiteral("Mia"), .level = 3}, l.meta.version);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->meta.version, 2);
    auto stale = service().edit(l.meta.id, {.name = QStringLiteral("Mia"), .level = 4}, l.meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto bad = service().edit(l.meta.id, {.name = QStringLiteral("Mia"), .level = 9});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("level"));
    auto loaded = service().get(l.meta.id);
    EXPECT_EQ(loaded->level, 3);
    EXPECT_EQ(loaded->meta.version, 2);
}

TEST_F(LearnerServiceTest, StatusChangesFollowTheLifecycle)
{
    Learner l = add(QStringLiteral("Noa"));
    EXPECT_EQ(service().resume(l.meta.id).error().code, ErrorCode::Refused);
    EXPECT_EQ(service().restore(l.meta.id).error().code, ErrorCode::Refused);
    auto paused = service().pause(l.meta.id);
    ASSERT_TRUE(paused);
    EXPECT_EQ(paused->status, LearnerStatus::Paused);
    EXPECT_EQ(service().pause(l.meta.id).error().code, ErrorCode::Refused);
    auto resumed = service().resume(l.meta.id);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->status, LearnerStatus::Active);
    ASSERT_TRUE(service().pause(l.meta.id));
    auto archived = service().archive(l.meta.id);
    ASSERT_TRUE(archived) << "a paused learner can be archived";
    EXPECT_EQ(archived->status, LearnerStatus::Archived);
    EXPECT_EQ(service().archive(l.meta.id).error().code, ErrorCode::Refused);
    auto pauseArchived = service().pause(l.meta.id);
    ASSERT_FALSE(pauseArchived);
    EXPECT_EQ(pauseArchived.error().code, ErrorCode::Refused);
    EXPECT_TRUE(pauseArchived.error().message.contains(QStringLiteral("restore")));
    EXPECT_EQ(service().resume(l.meta.id).error().code, ErrorCode::Refused);
    auto restored = service().restore(l.meta.id);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->status, LearnerStatus::Active);
    EXPECT_EQ(service().get(l.meta.id)->meta.version, 6);
    EXPECT_EQ(service().pause(newId()).error().code, ErrorCode::NotFound);
}

TEST_F(LearnerServiceTest, UnknownIdIsNotFound)
{
    EXPECT_EQ(service().get(newId()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().edit(newId(), {.name = QStringLiteral("X")}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().goals(newId()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().setGoals(newId(), {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().learnersOfPayer(newId()).error().code, ErrorCode::NotFound);
}
