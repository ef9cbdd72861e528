// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/IcsExportService.h"

#include "LessonTestBase.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class IcsExportServiceTest : public test::LessonTestBase
{
protected:
    void SetUp() override
    {
        LessonTestBase::SetUp();
        auto s = db().prepare(QStringLiteral("UPDATE enrollments SET title = ? WHERE id = ?"));
        ASSERT_TRUE(s);
        s->bind(QStringLiteral("Piano, grade 2")).bind(liEnrollment);
        ASSERT_TRUE(s->exec());
        early = add(anna, {liEnrollment}, "2026-01-10 17:00");
        inRange = add(anna, {liEnrollment}, "2026-01-12 17:00");
        cancelled = add(anna, {miaEnrollment}, "2026-01-13 09:00");
        lastDay = add(anna, {liEnrollment, noahEnrollment}, "2026-01-18 23:30", 30);
        late = add(anna, {liEnrollment}, "2026-01-19 08:00");
        other = add(bo, {miaEnrollment}, "2026-01-12 10:00");
        ASSERT_TRUE(service().cancel(cancelled.meta.id, CancelledBy::Mentor));
    }

    IcsExportService exporter() { return IcsExportService(db(), clock()); }

    Lesson early, inRange, cancelled, lastDay, late, other;
};

TEST_F(IcsExportServiceTest, ExportsOnlyTheMentorsLessonsInTheRange)
{
    auto result = exporter().exportMentor({anna, QDate(2026, 1, 12), QDate(2026, 1, 18)});
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->lessons, 3);
    EXPECT_EQ(result->mentorName, QStringLiteral("Anna Berg"));
    const QByteArray& ics = result->data;
    EXPECT_TRUE(ics.contains(QByteArray("UID:" + inRange.meta.id.toLatin1() + "@mentordesk")));
    EXPECT_TRUE(ics.contains(QByteArray("UID:" + cancelled.meta.id.toLatin1() + "@mentordesk")));
    EXPECT_TRUE(ics.contains(QByteArray("UID:" + lastDay.meta.id.toLatin1() + "@mentordesk")))
        << "the last day is inclusive";
    EXPECT_FALSE(ics.contains(early.meta.id.toLatin1()));
    EXPECT_FALSE(ics.contains(late.meta.id.toLatin1()));
    EXPECT_FALSE(ics.contains(other.meta.id.toLatin1())) << "another mentor's lesson";
    EXPECT_EQ(ics.count("STATUS:CANCELLED"), 1);
    EXPECT_TRUE(ics.contains("DTSTAMP:20260115T100000Z")) << "stamped with the clock";
    EXPECT_TRUE(ics.contains("DTSTART:20260112T160000Z")) << "17:00 Berlin is 16:00 UTC";
    EXPECT_TRUE(ics.contains("SUMMARY:Li Wei — Piano\\, grade 2"));
    EXPECT_TRUE(ics.contains("X-WR-CALNAME:Anna Berg"));
}

TEST_F(IcsExportServiceTest, OpenEndsExportEverything)
{
    auto result = exporter().exportMentor({anna, {}, {}});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->lessons, 5);
}

TEST_F(IcsExportServiceTest, RejectsBadRequests)
{
    auto noMentor = exporter().exportMentor({QStringLiteral("  "), {}, {}});
    ASSERT_FALSE(noMentor);
    EXPECT_EQ(noMentor.error().field, QStringLiteral("mentor"));
    auto unknown = exporter().exportMentor({newId(), {}, {}});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    auto backwards = exporter().exportMentor({anna, QDate(2026, 1, 18), QDate(2026, 1, 12)});
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().field, QStringLiteral("to"));
}
