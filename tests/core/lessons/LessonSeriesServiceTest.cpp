// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonTestBase.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class LessonSeriesServiceTest : public test::LessonTestBase
{
protected:
    LessonSeriesInput weekly(const char* start, std::optional<int> count, QDate until = {})
    {
        LessonSeriesInput in;
        in.mentorId = anna;
        in.enrollmentIds = {liEnrollment};
        in.firstStart = at(start);
        in.count = count;
        in.untilDate = until;
        return in;
    }
    SeriesSchedule create(const LessonSeriesInput& in)
    {
        auto s = service().createSeries(in);
        EXPECT_TRUE(s) << s.error().message.toStdString();
        return s ? *s : SeriesSchedule{};
    }
    QList<Lesson> lessonsOf(const Id& seriesId)
    {
        LessonFilter f;
        f.seriesId = seriesId;
        return service().list(f)->items;
    }
    QStringList localStarts(const QList<Lesson>& lessons)
    {
        const StudioTimeZone zone(QTimeZone("Europe/Berlin"));
        QStringList out;
        for (const Lesson& l : lessons) {
            out << zone.format(l.startsAt);
        }
        return out;
    }
};

TEST_F(LessonSeriesServiceTest, UntilDateSeriesWithSkippedDate)
{
    LessonSeriesInput in = weekly("2026-02-03 17:00", std::nullopt, QDate(2026, 3, 3));
    in.skippedDates = {QDate(2026, 2, 17)};
    in.location = QStringLiteral("Room 1");
    const SeriesSchedule s = create(in);
    EXPECT_EQ(localStarts(s.lessons),
              (QStringList{QStringLiteral("2026-02-03 17:00"), QStringLiteral("2026-02-10 17:00"),
                           QStringLiteral("2026-02-24 17:00"), QStringLiteral("2026-03-03 17:00")}));
    const QList<Lesson> stored = lessonsOf(s.series.meta.id);
    ASSERT_EQ(stored.size(), 4);
    EXPECT_EQ(stored[0].seriesId, s.series.meta.id);
    EXPECT_EQ(stored[0].location, QStringLiteral("Room 1"));
    EXPECT_EQ(stored[0].attendees.value(0).learnerId, li);
    auto series = service().getSeries(s.series.meta.id);
    ASSERT_TRUE(series);
    EXPECT_EQ(series->untilDate, QDate(2026, 3, 3));
    EXPECT_FALSE(series->occurrenceCount.has_value());
    EXPECT_EQ(series->skippedDates, QList<QDate>{QDate(2026, 2, 17)});
    EXPECT_EQ(series->timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(series->firstStartsAt, utc("2026-02-03T16:00:00Z"));
}

TEST_F(LessonSeriesServiceTest, CountSeriesEveryTwoWeeks)
{
    LessonSeriesInput in = weekly("2026-02-03 17:00", 3);
    in.intervalWeeks = 2;
    const SeriesSchedule s = create(in);
    EXPECT_EQ(localStarts(s.lessons),
              (QStringList{QStringLiteral("2026-02-03 17:00"), QStringLiteral("2026-02-17 17:00"),
                           QStringLiteral("2026-03-03 17:00")}));
    EXPECT_EQ(service().getSeries(s.series.meta.id)->occurrenceCount, 3);
}

TEST_F(LessonSeriesServiceTest, StaysAtTheSameLocalTimeAcrossDaylightSavingChanges)
{
    const SeriesSchedule spring = create(weekly("2026-03-17 17:00", 4));
    QList<QDateTime> utcStarts;
    for (const Lesson& l : spring.lessons) {
        utcStarts << l.startsAt;
    }
    EXPECT_EQ(utcStarts, (QList<QDateTime>{utc("2026-03-17T16:00:00Z"), utc("2026-03-24T16:00:00Z"),
                                           utc("2026-03-31T15:00:00Z"), utc("2026-04-07T15:00:00Z")}));
    EXPECT_EQ(localStarts(lessonsOf(spring.series.meta.id)).filter(QStringLiteral("17:00")).size(), 4);

    LessonSeriesInput autumn = weekly("2026-10-20 17:00", 2);
    autumn.enrollmentIds = {miaEnrollment};
    const SeriesSchedule fall = create(autumn);
    ASSERT_EQ(fall.lessons.size(), 2);
    EXPECT_EQ(fall.lessons[0].startsAt, utc("2026-10-20T15:00:00Z"));
    EXPECT_EQ(fall.lessons[1].startsAt, utc("2026-10-27T16:00:00Z"));
}

TEST_F(LessonSeriesServiceTest, AnOccurrenceInTheSpringGapIsRefusedAndNothingWritten)
{
    auto r = service().createSeries(weekly("2026-03-22 02:30", 3));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("start"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("2026-03-29")));
    EXPECT_EQ(fx().countAll(QStringLiteral("lesson_series")), 0);
    EXPECT_EQ(fx().countAll(QStringLiteral("lessons")), 0);
}

TEST_F(LessonSeriesServiceTest, ConflictsOfEveryOccurrenceAreReportedTogether)
{
    const Lesson a = add(anna, {miaEnrollment}, "2026-02-10 17:30");
    const Lesson b = add(bo, {liEnrollment}, "2026-02-24 16:30");
    QList<Conflict> conflicts;
    auto r = service().createSeries(weekly("2026-02-03 17:00", 4), &conflicts);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    ASSERT_EQ(conflicts.size(), 2);
    EXPECT_EQ(conflicts[0].lessonId, a.meta.id);
    EXPECT_EQ(conflicts[0].proposedStartsAt, utc("2026-02-10T16:00:00Z"));
    EXPECT_EQ(conflicts[1].lessonId, b.meta.id);
    EXPECT_EQ(conflicts[1].kind, ConflictKind::LearnerDoubleBooked);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("2026-02-24 17:00")));
    EXPECT_EQ(fx().countAll(QStringLiteral("lesson_series")), 0);
    EXPECT_EQ(fx().countAll(QStringLiteral("lessons")), 2);

    LessonSeriesInput anyway = weekly("2026-02-03 17:00", 4);
    anyway.allowConflicts = true;
    auto created = service().createSeries(anyway, &conflicts);
    ASSERT_TRUE(created);
    EXPECT_EQ(created->lessons.size(), 4);
    EXPECT_EQ(conflicts.size(), 2);
}

TEST_F(LessonSeriesServiceTest, RejectsBadInputNamingTheFieldAndWritesNothing)
{
    struct Case
    {
        LessonSeriesInput input;
        const char* field;
    };
    QList<Case> cases;
    LessonSeriesInput in = weekly("2026-02-03 17:00", 3, QDate(2026, 3, 1));
    cases.append({in, "count"});
    cases.append({weekly("2026-02-03 17:00", std::nullopt), "until"});
    cases.append({weekly("2026-02-03 17:00", 1001), "count"});
    in = weekly("2026-02-03 17:00", 3);
    in.plannedMinutes = 0;
    cases.append({in, "minutes"});
    in = weekly("2026-02-03 17:00", 3);
    in.intervalWeeks = 53;
    cases.append({in, "every"});
    in = weekly("2026-02-03 17:00", 3);
    in.skippedDates = {QDate(2026, 2, 5)};
    cases.append({in, "skip"});
    in = weekly("2026-02-03 17:00", 3);
    in.mentorId = newId();
    cases.append({in, "mentor"});
    in = weekly("2026-02-03 17:00", 3);
    in.enrollmentIds = {newId()};
    cases.append({in, "enrollment"});
    in = weekly("2026-02-03 17:00", 3);
    in.location = QString(300, u'x');
    cases.append({in, "location"});
    for (const Case& c : std::as_const(cases)) {
        auto r = service().createSeries(c.input);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field)) << r.error().message.toStdString();
    }
    EXPECT_EQ(fx().countAll(QStringLiteral("lesson_series")), 0);
    EXPECT_EQ(fx().countAll(QStringLiteral("lessons")), 0);
}

TEST_F(LessonSeriesServiceTest, ThisAndFollowingKeepsRecordedLessonsAndRegeneratesScheduledOnes)
{
    // Tuesdays 17:00 from 2026-01-06, six lessons; the clock stands at 2026-01-15.
    const SeriesSchedule s = create(weekly("2026-01-06 17:00", 6));
    ASSERT_EQ(s.lessons.size(), 6);
    ASSERT_TRUE(service().complete(s.lessons[0].meta.id));
    ASSERT_TRUE(service().complete(s.lessons[1].meta.id, {50, QStringLiteral("scales"), {}}));
    ASSERT_TRUE(service().cancel(s.lessons[4].meta.id, CancelledBy::Learner)); // 2026-02-03

    SeriesEditInput edit;
    edit.fromLessonId = s.lessons[2].meta.id; // 2026-01-20
    edit.startTime = QTime(18, 0);
    edit.plannedMinutes = 45;
    auto r = service().editThisAndFollowing(edit);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->removedLessons, 3);
    EXPECT_EQ(localStarts(r->lessons),
              (QStringList{QStringLiteral("2026-01-20 18:00"), QStringLiteral("2026-01-27 18:00"),
                           QStringLiteral("2026-02-10 18:00")}));
    EXPECT_EQ(r->lessons[0].plannedMinutes, 45);
    EXPECT_EQ(r->lessons[0].attendees.value(0).enrollmentId, liEnrollment);
    EXPECT_EQ(r->series.occurrenceCount, 4);
    EXPECT_EQ(r->series.skippedDates, QList<QDate>{QDate(2026, 2, 3)});

    auto old = service().getSeries(s.series.meta.id);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->untilDate, QDate(2026, 1, 19));
    EXPECT_EQ(old->meta.version, 2);
    const QList<Lesson> kept = lessonsOf(s.series.meta.id);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept[0].meta.id, s.lessons[0].meta.id);
    EXPECT_EQ(kept[1].actualMinutes, 50);
    EXPECT_EQ(kept[1].notes, QStringLiteral("scales"));
    EXPECT_EQ(kept[2].status, LessonStatus::CancelledByLearner);
    EXPECT_EQ(service().get(s.lessons[2].meta.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(fx().count(QStringLiteral("lessons")), 6);
}

TEST_F(LessonSeriesServiceTest, ThisAndFollowingChangesWeekdayIntervalMentorAndEnd)
{
    const SeriesSchedule s = create(weekly("2026-02-03 17:00", std::nullopt, QDate(2026, 3, 31)));
    SeriesEditInput edit;
    edit.fromLessonId = s.lessons[2].meta.id; // Tuesday 2026-02-17
    edit.weekday = 4;                         // Thursday
    edit.intervalWeeks = 2;
    edit.mentorId = bo;
    edit.count = 3;
    auto r = service().editThisAndFollowing(edit);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(localStarts(r->lessons),
              (QStringList{QStringLiteral("2026-02-19 17:00"), QStringLiteral("2026-03-05 17:00"),
                           QStringLiteral("2026-03-19 17:00")}));
    EXPECT_EQ(r->lessons[0].mentorId, bo);
    EXPECT_EQ(r->series.mentorId, bo);
    EXPECT_EQ(lessonsOf(s.series.meta.id).size(), 2);
    EXPECT_EQ(r->removedLessons, 7);
}

TEST_F(LessonSeriesServiceTest, ThisAndFollowingFromTheFirstLessonReplacesTheSeries)
{
    const SeriesSchedule s = create(weekly("2026-02-03 17:00", 3));
    SeriesEditInput edit;
    edit.fromLessonId = s.lessons[0].meta.id;
    edit.startTime = QTime(9, 0);
    auto r = service().editThisAndFollowing(edit);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->lessons.size(), 3);
    EXPECT_EQ(service().getSeries(s.series.meta.id).error().code, ErrorCode::NotFound);
}

TEST_F(LessonSeriesServiceTest, ThisAndFollowingRejectsBadInputAndChangesNothing)
{
    const SeriesSchedule s = create(weekly("2026-02-03 17:00", 4));
    const Lesson single = add(anna, {miaEnrollment}, "2026-02-05 17:00");
    struct Case
    {
        SeriesEditInput input;
        const char* field;
    };
    QList<Case> cases;
    SeriesEditInput e;
    e.fromLessonId = s.lessons[1].meta.id;
    e.weekday = 8;
    cases.append({e, "weekday"});
    e.weekday.reset();
    e.intervalWeeks = 0;
    cases.append({e, "every"});
    e.intervalWeeks.reset();
    e.plannedMinutes = 1441;
    cases.append({e, "minutes"});
    e.plannedMinutes.reset();
    e.untilDate = QDate(2026, 5, 1);
    e.count = 2;
    cases.append({e, "count"});
    e.count.reset();
    e.untilDate = QDate(2026, 2, 1);
    cases.append({e, "until"});
    e.untilDate = {};
    e.mentorId = newId();
    cases.append({e, "mentor"});
    e.mentorId.reset();
    e.fromLessonId = single.meta.id;
    cases.append({e, "from_lesson"});
    for (const Case& c : std::as_const(cases)) {
        auto r = service().editThisAndFollowing(c.input);
        ASSERT_FALSE(r) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QString::fromLatin1(c.field)) << r.error().message.toStdString();
    }
    EXPECT_EQ(service().getSeries(s.series.meta.id)->meta.version, 1);
    EXPECT_EQ(lessonsOf(s.series.meta.id).size(), 4);
    EXPECT_EQ(fx().countAll(QStringLiteral("lesson_series")), 1);

    ASSERT_TRUE(service().cancel(s.lessons[3].meta.id, CancelledBy::Mentor));
    SeriesEditInput fromCancelled;
    fromCancelled.fromLessonId = s.lessons[3].meta.id;
    EXPECT_EQ(service().editThisAndFollowing(fromCancelled).error().code, ErrorCode::Refused);
}

TEST_F(LessonSeriesServiceTest, ThisAndFollowingThatClashesRollsBackEverything)
{
    const SeriesSchedule s = create(weekly("2026-02-03 17:00", 3));
    add(anna, {noahEnrollment}, "2026-02-17 18:00");
    SeriesEditInput edit;
    edit.fromLessonId = s.lessons[1].meta.id;
    edit.startTime = QTime(18, 30);
    QList<Conflict> conflicts;
    auto r = service().editThisAndFollowing(edit, &conflicts);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(conflicts.size(), 1);
    EXPECT_EQ(service().getSeries(s.series.meta.id)->meta.version, 1);
    EXPECT_EQ(lessonsOf(s.series.meta.id).size(), 3);
    EXPECT_EQ(fx().countAll(QStringLiteral("lesson_series")), 1);
}

TEST_F(LessonSeriesServiceTest, CancelFromRemovesScheduledLessonsAndKeepsHeldOnes)
{
    const SeriesSchedule s = create(weekly("2026-01-06 17:00", 5));
    ASSERT_TRUE(service().complete(s.lessons[0].meta.id));
    auto r = service().cancelSeriesFrom(s.series.meta.id, QDate(2026, 1, 6));
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->removedLessons, 4);
    EXPECT_EQ(r->series.untilDate, QDate(2026, 1, 5));
    const QList<Lesson> left = lessonsOf(s.series.meta.id);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].status, LessonStatus::Held);
    EXPECT_EQ(service().cancelSeriesFrom(s.series.meta.id, {}).error().field, QStringLiteral("from"));
    EXPECT_EQ(service().cancelSeriesFrom(newId(), QDate(2026, 1, 6)).error().code, ErrorCode::NotFound);
}

TEST_F(LessonSeriesServiceTest, SkipAndRestoreADate)
{
    const SeriesSchedule s = create(weekly("2026-02-03 17:00", 4));
    auto skipped = service().addSkippedDate(s.series.meta.id, QDate(2026, 2, 10));
    ASSERT_TRUE(skipped) << skipped.error().message.toStdString();
    EXPECT_EQ(skipped->removedLessons, 1);
    EXPECT_EQ(skipped->series.skippedDates, QList<QDate>{QDate(2026, 2, 10)});
    EXPECT_EQ(lessonsOf(s.series.meta.id).size(), 3);
    EXPECT_EQ(service().addSkippedDate(s.series.meta.id, QDate(2026, 2, 10)).error().field, QStringLiteral("date"));
    EXPECT_EQ(service().addSkippedDate(s.series.meta.id, QDate(2026, 2, 11)).error().field, QStringLiteral("date"));
    EXPECT_EQ(service().addSkippedDate(s.series.meta.id, QDate(2026, 3, 3)).error().field, QStringLiteral("date"));

    auto restored = service().removeSkippedDate(s.series.meta.id, QDate(2026, 2, 10));
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    ASSERT_EQ(restored->lessons.size(), 1);
    EXPECT_EQ(localStarts(restored->lessons), QStringList{QStringLiteral("2026-02-10 17:00")});
    EXPECT_EQ(restored->lessons[0].attendees.value(0).learnerId, li);
    EXPECT_TRUE(restored->series.skippedDates.isEmpty());
    EXPECT_EQ(lessonsOf(s.series.meta.id).size(), 4);
    EXPECT_EQ(service().removeSkippedDate(s.series.meta.id, QDate(2026, 2, 17)).error().field, QStringLiteral("date"));
}

TEST_F(LessonSeriesServiceTest, ARecordedLessonCannotBeSkipped)
{
    const SeriesSchedule s = create(weekly("2026-01-06 17:00", 3));
    ASSERT_TRUE(service().complete(s.lessons[0].meta.id));
    auto r = service().addSkippedDate(s.series.meta.id, QDate(2026, 1, 6));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Refused);
    EXPECT_TRUE(service().getSeries(s.series.meta.id)->skippedDates.isEmpty());
}
