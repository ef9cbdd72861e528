// SPDX-License-Identifier: GPL-3.0-or-later
// Expertise and weekly availability of mentors.
#include "PeopleTestRows.h"
#include "TestStudio.h"
#include "people/MentorService.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using test::countRows;
using test::insertTopic;

class MentorScheduleTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        auto m = service().create({.name = QStringLiteral("Lin")});
        ASSERT_TRUE(m);
        m_mentor = m->meta.id;
    }
    MentorService service() { return MentorService(db(), clock()); }
    qint64 liveSlots()
    {
        return countRows(db(), QStringLiteral("SELECT count(*) FROM mentor_availability WHERE deleted_at IS NULL"));
    }
    qint64 allSlots() { return countRows(db(), QStringLiteral("SELECT count(*) FROM mentor_availability")); }

    Id m_mentor;
};

TEST_F(MentorScheduleTest, SetExpertiseAddsThenChangesLevel)
{
    const Id algebra = insertTopic(db(), QStringLiteral("Algebra"));
    auto added = service().setExpertise(m_mentor, algebra, 3);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_EQ(added->level, 3);
    EXPECT_EQ(added->meta.version, 1);
    EXPECT_EQ(added->topicName, QStringLiteral("Algebra"));
    auto changed = service().setExpertise(m_mentor, algebra.toUpper(), 5);
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(changed->meta.id, added->meta.id) << "the same row is updated";
    EXPECT_EQ(changed->meta.version, 2);
    auto list = service().expertise(m_mentor);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().level, 5);
    EXPECT_EQ(countRows(db(), QStringLiteral("SELECT count(*) FROM mentor_expertise")), 1);
}

TEST_F(MentorScheduleTest, ExpertiseListIsSortedByTopicNameWithNames)
{
    const Id z = insertTopic(db(), QStringLiteral("Zither"));
    const Id a = insertTopic(db(), QStringLiteral("acoustics"));
    const Id c = insertTopic(db(), QStringLiteral("微积分"));
    ASSERT_TRUE(service().setExpertise(m_mentor, z, 2));
    ASSERT_TRUE(service().setExpertise(m_mentor, a, 4));
    ASSERT_TRUE(service().setExpertise(m_mentor, c, 1));
    auto list = service().expertise(m_mentor);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ((*list)[0].topicName, QStringLiteral("acoustics"));
    EXPECT_EQ((*list)[1].topicName, QStringLiteral("Zither"));
    EXPECT_EQ((*list)[2].topicName, QStringLiteral("微积分"));
    EXPECT_EQ((*list)[2].topicId, c);
    EXPECT_EQ((*list)[2].mentorId, m_mentor);
}

TEST_F(MentorScheduleTest, SetExpertiseRefusesBadInput)
{
    const Id topic = insertTopic(db(), QStringLiteral("Chess"));
    auto unknownTopic = service().setExpertise(m_mentor, newId(), 3);
    ASSERT_FALSE(unknownTopic);
    EXPECT_EQ(unknownTopic.error().code, ErrorCode::Invalid);
    EXPECT_EQ(unknownTopic.error().field, QStringLiteral("topic_id"));
    auto malformed = service().setExpertise(m_mentor, QStringLiteral("chess"), 3);
    ASSERT_FALSE(malformed);
    EXPECT_EQ(malformed.error().field, QStringLiteral("topic_id"));
    for (int level : {0, 6, -1}) {
        auto bad = service().setExpertise(m_mentor, topic, level);
        ASSERT_FALSE(bad) << level;
        EXPECT_EQ(bad.error().field, QStringLiteral("level"));
    }
    auto unknownMentor = service().setExpertise(newId(), topic, 3);
    ASSERT_FALSE(unknownMentor);
    EXPECT_EQ(unknownMentor.error().code, ErrorCode::NotFound);
    EXPECT_EQ(countRows(db(), QStringLiteral("SELECT count(*) FROM mentor_expertise")), 0);
}

TEST_F(MentorScheduleTest, RemoveExpertiseLeavesATombstone)
{
    const Id topic = insertTopic(db(), QStringLiteral("Chess"));
    ASSERT_TRUE(service().setExpertise(m_mentor, topic, 3));
    MD_ASSERT_OK(service().removeExpertise(m_mentor, topic));
    EXPECT_TRUE(service().expertise(m_mentor)->isEmpty());
    EXPECT_EQ(countRows(db(), QStringLiteral("SELECT count(*) FROM mentor_expertise WHERE deleted_at IS NOT NULL")), 1);
    auto twice = service().removeExpertise(m_mentor, topic);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::NotFound);
    auto readded = service().setExpertise(m_mentor, topic, 2);
    ASSERT_TRUE(readded) << "a removed expertise can be added again";
    EXPECT_EQ(readded->meta.version, 1);
}

TEST_F(MentorScheduleTest, SetAvailabilityStoresSortedSlotsAndTotals)
{
    const QList<AvailabilitySlot> weekSlots = {{3, 14 * 60, 18 * 60 + 30}, {1, 9 * 60, 12 * 60}, {1, 13 * 60, 15 * 60}};
    auto stored = service().setAvailability(m_mentor, weekSlots);
    ASSERT_TRUE(stored) << stored.error().message.toStdString();
    const QList<AvailabilitySlot> expected = {{1, 540, 720}, {1, 780, 900}, {3, 840, 1110}};
    EXPECT_EQ(*stored, expected);
    auto loaded = service().availability(m_mentor);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, expected);
    auto minutes = service().weeklyAvailableMinutes(m_mentor);
    ASSERT_TRUE(minutes);
    EXPECT_EQ(*minutes, 180 + 120 + 270);
}

TEST_F(MentorScheduleTest, SetAvailabilityReplacesTheWeekWithTombstones)
{
    ASSERT_TRUE(service().setAvailability(m_mentor, {{1, 540, 720}, {2, 540, 720}}));
    ASSERT_TRUE(service().setAvailability(m_mentor, {{2, 540, 720}, {5, 0, 1440}}));
    EXPECT_EQ(*service().availability(m_mentor), (QList<AvailabilitySlot>{{2, 540, 720}, {5, 0, 1440}}));
    EXPECT_EQ(liveSlots(), 2);
    EXPECT_EQ(allSlots(), 3) << "the removed Monday slot is a tombstone; the kept Tuesday slot keeps its row";
    ASSERT_TRUE(service().setAvailability(m_mentor, {}));
    EXPECT_TRUE(service().availability(m_mentor)->isEmpty());
    EXPECT_EQ(*service().weeklyAvailableMinutes(m_mentor), 0);
    EXPECT_EQ(allSlots(), 3);
}

TEST_F(MentorScheduleTest, OverlappingSlotsAreRefusedAndNothingChanges)
{
    ASSERT_TRUE(service().setAvailability(m_mentor, {{4, 600, 660}}));
    auto overlap = service().setAvailability(m_mentor, {{1, 540, 720}, {2, 0, 60}, {1, 700, 800}});
    ASSERT_FALSE(overlap);
    EXPECT_EQ(overlap.error().code, ErrorCode::Invalid);
    EXPECT_EQ(overlap.error().field, QStringLiteral("availability"));
    EXPECT_TRUE(overlap.error().message.contains(QStringLiteral("mon 09:00-12:00")))
        << overlap.error().message.toStdString();
    EXPECT_TRUE(overlap.error().message.contains(QStringLiteral("mon 11:40-13:20")))
        << overlap.error().message.toStdString();
    EXPECT_EQ(*service().availability(m_mentor), (QList<AvailabilitySlot>{{4, 600, 660}}));
    EXPECT_EQ(allSlots(), 1);
    auto duplicate = service().setAvailability(m_mentor, {{6, 60, 120}, {6, 60, 120}});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().field, QStringLiteral("availability"));
}

TEST_F(MentorScheduleTest, TouchingSlotsAndOtherDaysAreFine)
{
    auto ok = service().setAvailability(m_mentor, {{1, 540, 720}, {1, 720, 780}, {2, 540, 720}});
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_EQ(ok->size(), 3);
}

TEST_F(MentorScheduleTest, SlotsOutOfRangeAreRefused)
{
    const QList<AvailabilitySlot> bad = {{0, 60, 120}, {8, 60, 120}, {1, -1, 60}, {1, 1440, 1441},
                                         {1, 60, 60},  {1, 120, 60}, {1, 0, 1441}};
    for (const AvailabilitySlot& slot : bad) {
        auto r = service().setAvailability(m_mentor, {slot});
        ASSERT_FALSE(r) << slot.weekday << ' ' << slot.startMinute << ' ' << slot.endMinute;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QStringLiteral("availability"));
    }
    EXPECT_EQ(allSlots(), 0);
}

TEST_F(MentorScheduleTest, UnknownMentorIsNotFound)
{
    EXPECT_EQ(service().setAvailability(newId(), {{1, 0, 60}}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().availability(newId()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().weeklyAvailableMinutes(newId()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().expertise(newId()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(allSlots(), 0);
}
