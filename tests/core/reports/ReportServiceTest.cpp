// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportService.h"

#include "ReportFixture.h"
#include "TestStudio.h"
#include "reports/ReportCsv.h"

#include <QBuffer>

using namespace mentordesk;

namespace {

/// Europe/Berlin studio (weeks start on Monday), today = Thursday 2026-01-15. Every expected figure
/// below is computed by hand in the comments.
class ReportServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        fx = std::make_unique<test::ReportFixture>(db());
        anna = fx->mentor(QStringLiteral("Anna"), QStringLiteral("#ff0000"));
        bo = fx->mentor(QStringLiteral("Bo"));
        fx->mentor(QStringLiteral("Cy"), {}, true); // archived, never taught: not listed
        dee = fx->mentor(QStringLiteral("Dee"), {}, true);
        li = fx->learner(QStringLiteral("Li"));
        mia = fx->learner(QStringLiteral("Mia"));
        scales = fx->course(QStringLiteral("Scales"), 600);
        liScales = enroll(li, anna, QStringLiteral("2026-01-01"));
        miaScales = enroll(mia, bo, QStringLiteral("2026-01-06"));
    }

    Id enroll(const Id& learner, const Id& mentor, const QString& start)
    {
        test::ReportFixture::EnrollmentSpec spec;
        spec.learnerId = learner;
        spec.mentorId = mentor;
        spec.courseId = scales;
        spec.start = start;
        return fx->enrollment(spec);
    }

    /// The teaching fixture of the hours and utilisation tests.
    void teach()
    {
        // Week of 2025-12-29: Anna 60 + 45 (Sunday 23:30 local is still that week) = 105.
        fx->lesson(anna, {liScales}, QStringLiteral("2025-12-29T09:00:00Z"));
        fx->lesson(anna, {liScales}, QStringLiteral("2026-01-04T22:30:00Z"), 60, QStringLiteral("held"), 45);
        // Week of 2026-01-05: Anna 60 (Monday 00:30 local), Bo 60 (a group lesson counts once), Dee 30.
        fx->lesson(anna, {liScales}, QStringLiteral("2026-01-04T23:30:00Z"));
        fx->lesson(anna, {liScales}, QStringLiteral("2026-01-06T09:00:00Z"), 60, QStringLiteral("cancelled_by_mentor"));
        fx->lesson(bo, {liScales, miaScales}, QStringLiteral("2026-01-07T09:00:00Z"));
        fx->lesson(dee, {miaScales}, QStringLiteral("2026-01-08T09:00:00Z"), 30);
        // Week of 2026-01-12: Anna 90 held and 60 still scheduled.
        fx->lesson(anna, {liScales}, QStringLiteral("2026-01-13T09:00:00Z"), 90);
        fx->lesson(anna, {liScales}, QStringLiteral("2026-01-16T09:00:00Z"), 60, QStringLiteral("scheduled"));
        // Not counted: before the range (Sunday 23:59 local of the week before) and tombstoned.
        fx->lesson(bo, {miaScales}, QStringLiteral("2025-12-28T22:59:00Z"));
        fx->remove(QStringLiteral("lessons"), fx->lesson(bo, {miaScales}, QStringLiteral("2026-01-13T10:00:00Z")));
        // Anna is available Mon 9–12 and Wed 14–16: 300 minutes a week.
        fx->availability(anna, 1, 9 * 60, 12 * 60);
        fx->availability(anna, 3, 14 * 60, 16 * 60);
    }

    ReportService service() { return ReportService(db(), clock()); }
    static QList<qint64> minutes(std::initializer_list<qint64> v) { return QList<qint64>(v); }

    std::unique_ptr<test::ReportFixture> fx;
    Id anna, bo, dee, li, mia, scales, liScales, miaScales;
};

} // namespace

TEST_F(ReportServiceTest, HoursPerMentorPerLocalWeek)
{
    teach();
    auto r = service().hours({QDate(2026, 1, 1), QDate(2026, 1, 15)});
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->from, QDate(2025, 12, 29));
    EXPECT_EQ(r->to, QDate(2026, 1, 18));
    EXPECT_EQ(r->weeks, (QList<QDate>{QDate(2025, 12, 29), QDate(2026, 1, 5), QDate(2026, 1, 12)}));
    ASSERT_EQ(r->mentors.size(), 3);
    EXPECT_EQ(r->mentors[0].name, QStringLiteral("Anna"));
    EXPECT_EQ(r->mentors[0].color, QStringLiteral("#ff0000"));
    EXPECT_EQ(r->mentors[0].minutes, minutes({105, 60, 90}));
    EXPECT_EQ(r->mentors[0].total, 255);
    EXPECT_EQ(r->mentors[1].name, QStringLiteral("Bo"));
    EXPECT_EQ(r->mentors[1].minutes, minutes({0, 60, 0}));
    EXPECT_EQ(r->mentors[2].name, QStringLiteral("Dee"));
    EXPECT_EQ(r->mentors[2].minutes, minutes({0, 30, 0}));
    EXPECT_EQ(r->weekTotals, minutes({105, 150, 90}));
    EXPECT_EQ(r->total, 345);
}

TEST_F(ReportServiceTest, HoursExportAsCsv)
{
    teach();
    auto r = service().hours({QDate(2026, 1, 1), QDate(2026, 1, 15)});
    MD_ASSERT_OK(r);
    const ReportTable t = r->table();
    EXPECT_EQ(t.rows.size(), 9); // 3 weeks × 3 mentors
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MD_ASSERT_OK(ReportCsv::write(t, buffer));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("week_start,mentor_id,mentor,minutes,hours"));
    EXPECT_EQ(lines[1], QStringLiteral("2025-12-29,%1,Anna,105,1.75").arg(anna));
    EXPECT_EQ(lines[2], QStringLiteral("2025-12-29,%1,Bo,0,0").arg(bo));
    EXPECT_EQ(lines[4], QStringLiteral("2026-01-05,%1,Anna,60,1").arg(anna));
}

TEST_F(ReportServiceTest, UtilisationAgainstWeeklyAvailability)
{
    teach();
    auto r = service().utilisation({QDate(2026, 1, 1), QDate(2026, 1, 15)});
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->mentors.size(), 3);
    const MentorUtilisation& a = r->mentors[0];
    EXPECT_EQ(a.availableMinutesPerWeek, 300);
    EXPECT_EQ(a.heldMinutes, minutes({105, 60, 90}));
    EXPECT_EQ(a.scheduledMinutes, minutes({0, 0, 60}));
    EXPECT_DOUBLE_EQ(*a.ratio(0), 0.35);
    EXPECT_DOUBLE_EQ(*a.ratio(1), 0.2);
    EXPECT_DOUBLE_EQ(*a.ratio(2), 0.3);
    EXPECT_DOUBLE_EQ(*a.overallRatio(), 255.0 / 900.0);
    EXPECT_FALSE(r->mentors[1].ratio(1).has_value()); // Bo has no availability
    const ReportTable t = r->table();
    EXPECT_EQ(t.columns.last(), QStringLiteral("utilisation"));
    EXPECT_EQ(t.rows[0].last().toDouble(), 0.35);
    EXPECT_TRUE(t.rows[1].last().isNull());
}

TEST_F(ReportServiceTest, TombstonedAvailabilityDoesNotCount)
{
    fx->availability(anna, 5, 9 * 60, 10 * 60);
    fx->exec(QStringLiteral("UPDATE mentor_availability SET deleted_at = '2026-01-02T00:00:00Z'"));
    fx->availability(anna, 1, 9 * 60, 11 * 60);
    auto r = service().utilisation({QDate(2026, 1, 12), QDate(2026, 1, 15)});
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->mentors[0].availableMinutesPerWeek, 120);
}

TEST_F(ReportServiceTest, DefaultRangesEndToday)
{
    auto hours = service().resolveRange(ReportKind::Hours, {});
    MD_ASSERT_OK(hours);
    EXPECT_EQ(hours->to, QDate(2026, 1, 15));
    EXPECT_EQ(hours->from, QDate(2025, 10, 30)); // 11 weeks back: 12 weeks with this one
    auto ratings = service().resolveRange(ReportKind::Ratings, {});
    MD_ASSERT_OK(ratings);
    EXPECT_EQ(ratings->from, QDate(2025, 2, 1));
    auto report = service().hours();
    MD_ASSERT_OK(report);
    EXPECT_EQ(report->weeks.size(), 12);
    EXPECT_EQ(report->weeks.last(), QDate(2026, 1, 12));
}

TEST_F(ReportServiceTest, BadRangesNameTheField)
{
    auto backwards = service().hours({QDate(2026, 1, 15), QDate(2026, 1, 1)});
    ASSERT_FALSE(backwards);
    EXPECT_EQ(backwards.error().code, ErrorCode::Invalid);
    EXPECT_EQ(backwards.error().field, QStringLiteral("to"));
    auto tooLong = service().ratings({QDate(2000, 1, 1), QDate(2026, 1, 1)});
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().field, QStringLiteral("from"));
    auto future = service().learnerProgress(li, {QDate(2026, 2, 1), {}});
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().field, QStringLiteral("from"));
    auto unknown = service().courseProgress(QStringLiteral("nope"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("course"));
}

TEST_F(ReportServiceTest, CatalogNamesEveryReport)
{
    for (ReportKind kind : ReportCatalog::all()) {
        EXPECT_TRUE(ReportCatalog::isAvailable(kind));
        EXPECT_EQ(ReportCatalog::fromCode(ReportCatalog::code(kind)), kind);
    }
    EXPECT_TRUE(ReportCatalog::needsBilling(ReportKind::Revenue));
    EXPECT_FALSE(ReportCatalog::needsBilling(ReportKind::Hours));
    EXPECT_EQ(ReportCatalog::fromCode(QStringLiteral("at-risk")), ReportKind::AtRisk);
    EXPECT_EQ(ReportCatalog::fromCode(QStringLiteral("Utilization")), ReportKind::Utilisation);
    EXPECT_FALSE(ReportCatalog::fromCode(QStringLiteral("profit")).has_value());
}

TEST_F(ReportServiceTest, RatingTrendsPerLocalMonth)
{
    const Id python = fx->course(QStringLiteral("Python"), 1800);
    fx->rating(li, QStringLiteral("course"), python, 1, QStringLiteral("2025-10-31T22:30:00Z")); // October locally
    fx->rating(li, QStringLiteral("course"), python, 4, QStringLiteral("2025-11-10T10:00:00Z"));
    fx->rating(mia, QStringLiteral("course"), python, 5, QStringLiteral("2025-11-30T23:30:00Z")); // 1 Dec locally
    fx->rating(li, QStringLiteral("course"), python, 3, QStringLiteral("2025-12-15T10:00:00Z"));
    fx->rating(mia, QStringLiteral("course"), python, 2, QStringLiteral("2026-01-10T10:00:00Z"));
    fx->remove(QStringLiteral("ratings"),
               fx->rating(li, QStringLiteral("course"), python, 1, QStringLiteral("2026-01-11T10:00:00Z")));
    fx->rating(li, QStringLiteral("mentor"), anna, 5, QStringLiteral("2025-12-05T10:00:00Z"));
    const Id annaLesson = fx->lesson(anna, {liScales}, QStringLiteral("2025-12-19T10:00:00Z"));
    fx->rating(li, QStringLiteral("lesson"), annaLesson, 3, QStringLiteral("2025-12-20T10:00:00Z"));
    const Id boLesson = fx->lesson(bo, {miaScales}, QStringLiteral("2026-01-07T10:00:00Z"));
    fx->rating(mia, QStringLiteral("lesson"), boLesson, 4, QStringLiteral("2026-01-08T10:00:00Z"));

    auto r = service().ratings({QDate(2025, 11, 1), QDate(2026, 1, 15)});
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->from, QDate(2025, 11, 1));
    EXPECT_EQ(r->to, QDate(2026, 1, 31));
    EXPECT_EQ(r->months, (QList<QDate>{QDate(2025, 11, 1), QDate(2025, 12, 1), QDate(2026, 1, 1)}));
    ASSERT_EQ(r->courses.size(), 1);
    EXPECT_EQ(r->courses[0].name, QStringLiteral("Python"));
    EXPECT_EQ(r->courses[0].counts, (QList<int>{1, 2, 1}));
    EXPECT_EQ(r->courses[0].starSums, minutes({4, 8, 2}));
    EXPECT_DOUBLE_EQ(*r->courses[0].average(1), 4.0);
    ASSERT_EQ(r->mentors.size(), 2);
    EXPECT_EQ(r->mentors[0].name, QStringLiteral("Anna"));
    EXPECT_EQ(r->mentors[0].counts, (QList<int>{0, 2, 0}));
    EXPECT_FALSE(r->mentors[0].average(0).has_value());
    EXPECT_DOUBLE_EQ(*r->mentors[0].average(1), 4.0);
    EXPECT_EQ(r->mentors[1].name, QStringLiteral("Bo"));
    EXPECT_EQ(r->mentors[1].counts, (QList<int>{0, 0, 1}));
    EXPECT_EQ(r->allCourses.totalCount, 4);
    EXPECT_DOUBLE_EQ(*r->allCourses.overall(), 3.5);
    EXPECT_EQ(r->allMentors.starSums, minutes({0, 8, 4}));

    const ReportTable t = r->table();
    ASSERT_EQ(t.rows.size(), 5);
    EXPECT_EQ(t.rows[0], (QVariantList{QStringLiteral("2025-11"), QStringLiteral("course"), python,
                                       QStringLiteral("Python"), 1, 4.0}));
    EXPECT_EQ(t.rows[2][1].toString(), QStringLiteral("mentor"));
    EXPECT_EQ(t.rows[4][3].toString(), QStringLiteral("Bo"));
}

TEST_F(ReportServiceTest, LearnerProgressOverTime)
{
    fx->lesson(anna, {liScales}, QStringLiteral("2025-12-20T09:00:00Z")); // before the range
    fx->lesson(anna, {liScales}, QStringLiteral("2025-12-30T09:00:00Z"));
    fx->lesson(anna, {liScales}, QStringLiteral("2026-01-02T09:00:00Z"));
    fx->lesson(anna, {liScales}, QStringLiteral("2026-01-08T09:00:00Z"), 60, QStringLiteral("held"), 90);
    fx->lesson(anna, {liScales}, QStringLiteral("2026-01-13T09:00:00Z"));
    fx->lesson(anna, {liScales}, QStringLiteral("2026-01-16T09:00:00Z"), 60, QStringLiteral("scheduled"));

    auto r = service().learnerProgress(li);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->subjectName, QStringLiteral("Li"));
    EXPECT_EQ(r->from, QDate(2025, 12, 29)); // the week of the first enrollment's start
    EXPECT_EQ(r->to, QDate(2026, 1, 15));
    EXPECT_EQ(r->dates, (QList<QDate>{QDate(2026, 1, 4), QDate(2026, 1, 11), QDate(2026, 1, 15)}));
    ASSERT_EQ(r->enrollments.size(), 1);
    const QList<ProgressHistoryPoint>& p = r->enrollments[0].points;
    ASSERT_EQ(p.size(), 3);
    EXPECT_EQ(p[0].heldMinutes, 180); // 60 before + 60 + 60
    EXPECT_EQ(p[0].perMille, 240);    // 180 · 0.8 / 600
    EXPECT_EQ(p[1].heldMinutes, 270);
    EXPECT_EQ(p[1].perMille, 360);
    EXPECT_EQ(p[2].heldMinutes, 330);
    EXPECT_EQ(p[2].perMille, 440);
    EXPECT_EQ(r->enrollments[0].current.report.progress.perMille(), 440); // the last point is today's figure
    const ReportTable t = r->table();
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[2], (QVariantList{QDate(2026, 1, 15), liScales, QStringLiteral("Scales"), QStringLiteral("Anna"),
                                       qint64(330), 0.44}));
}

TEST_F(ReportServiceTest, CourseProgressAveragesStartedEnrollments)
{
    fx->lesson(anna, {liScales}, QStringLiteral("2026-01-02T09:00:00Z"), 180); // Li: 180 by 4 Jan
    fx->lesson(anna, {liScales}, QStringLiteral("2026-01-09T09:00:00Z"), 90);  // 270 by 11 Jan
    fx->lesson(bo, {miaScales}, QStringLiteral("2026-01-07T09:00:00Z"));       // Mia: 60 by 11 Jan
    fx->lesson(bo, {miaScales}, QStringLiteral("2026-01-14T09:00:00Z"));       // 120 by 15 Jan

    auto r = service().courseProgress(scales, {QDate(2026, 1, 1), {}});
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->subjectName, QStringLiteral("Scales"));
    ASSERT_EQ(r->enrollments.size(), 2);
    EXPECT_EQ(r->enrollments[0].current.enrollment.learnerName, QStringLiteral("Li"));
    EXPECT_EQ(r->startedCount, (QList<int>{1, 2, 2}));
    // Li 240, 360, 360; Mia (from 6 Jan) –, 80, 160.
    ASSERT_EQ(r->averagePerMille.size(), 3);
    EXPECT_EQ(r->averagePerMille[0], 240);
    EXPECT_EQ(r->averagePerMille[1], 220);
    EXPECT_EQ(r->averagePerMille[2], 260);
    const ReportTable t = r->table();
    EXPECT_EQ(t.columns, (QStringList{QStringLiteral("date"), QStringLiteral("enrollments"),
                                      QStringLiteral("average_progress"), QStringLiteral("completed")}));
    EXPECT_EQ(t.rows[2], (QVariantList{QDate(2026, 1, 15), 2, 0.26, 0}));
}
