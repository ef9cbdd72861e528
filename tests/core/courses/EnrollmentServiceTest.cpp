// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/EnrollmentService.h"

#include "CatalogFixtures.h"
#include "TestStudio.h"
#include "courses/CourseService.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class EnrollmentServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        m_learner = test::insertLearner(db(), QStringLiteral("Anna"));
        m_mentor = test::insertMentor(db(), QStringLiteral("Li Wei"));
        CourseInput in;
        in.title = QStringLiteral("Python 1");
        in.contentMinutes = 1800;
        auto c = CourseService(db(), clock()).create(in);
        ASSERT_TRUE(c) << c.error().message.toStdString();
        m_course = c->meta.id;
    }
    EnrollmentService service() { return EnrollmentService(db(), clock()); }
    EnrollmentInput inCourse() const
    {
        EnrollmentInput in;
        in.learnerId = m_learner;
        in.mentorId = m_mentor;
        in.courseId = m_course;
        return in;
    }
    static EnrollmentChanges changesOf(const Enrollment& e)
    {
        return {e.mentorId, e.title, e.efficiencyPermille, e.targetMinutes, e.startDate, e.plannedEndDate};
    }

    Id m_learner;
    Id m_mentor;
    Id m_course;
};

TEST_F(EnrollmentServiceTest, EnrollsInCourseWithDefaults)
{
    auto e = service().enroll(inCourse());
    ASSERT_TRUE(e) << e.error().message.toStdString();
    EXPECT_EQ(e->title, QStringLiteral("Python 1"));
    EXPECT_EQ(e->targetMinutes, 1800);
    EXPECT_EQ(e->efficiencyPermille, 800);
    EXPECT_EQ(e->startDate, QDate(2026, 1, 15));
    EXPECT_FALSE(e->plannedEndDate.isValid());
    EXPECT_EQ(e->status, EnrollmentStatus::Active);
    EXPECT_EQ(e->meta.version, 1);
    auto loaded = service().get(e->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->courseId, m_course);
    EXPECT_EQ(loaded->learnerId, m_learner);
    EXPECT_EQ(loaded->mentorId, m_mentor);
    EXPECT_EQ(loaded->title, QStringLiteral("Python 1"));
    EXPECT_EQ(loaded->startDate, QDate(2026, 1, 15));
    EXPECT_EQ(loaded->meta.updatedBy, db().deviceId());
}

TEST_F(EnrollmentServiceTest, StartDefaultsToTodayInTheStudioTimeZone)
{
    clock().set(QDateTime(QDate(2026, 1, 15), QTime(23, 30), Qt::UTC)); // 00:30 on the 16th in Berlin
    auto e = service().enroll(inCourse());
    ASSERT_TRUE(e);
    EXPECT_EQ(e->startDate, QDate(2026, 1, 16));
}

TEST_F(EnrollmentServiceTest, FreeFormNeedsTitleAndTarget)
{
    EnrollmentInput in = inCourse();
    in.courseId.clear();
    auto noTitle = service().enroll(in);
    ASSERT_FALSE(noTitle);
    EXPECT_EQ(noTitle.error().field, QStringLiteral("title"));
    in.title = QStringLiteral("Exam coaching");
    auto noTarget = service().enroll(in);
    ASSERT_FALSE(noTarget);
    EXPECT_EQ(noTarget.error().field, QStringLiteral("target_minutes"));
    in.targetMinutes = 600;
    in.efficiencyPermille = 750;
    in.startDate = QDate(2026, 2, 1);
    in.plannedEndDate = QDate(2026, 6, 30);
    auto e = service().enroll(in);
    ASSERT_TRUE(e) << e.error().message.toStdString();
    EXPECT_TRUE(e->isFreeForm());
    EXPECT_EQ(e->title, QStringLiteral("Exam coaching"));
    EXPECT_EQ(e->efficiencyPermille, 750);
    EXPECT_EQ(service().get(e->meta.id)->plannedEndDate, QDate(2026, 6, 30));
    EXPECT_TRUE(service().enroll(in)) << "free-form mentoring may run twice at once";
}

TEST_F(EnrollmentServiceTest, RejectsBadInputNamingTheField)
{
    const Id archivedLearner = test::insertLearner(db(), QStringLiteral("Old"), QStringLiteral("archived"));
    const Id archivedMentor = test::insertMentor(db(), QStringLiteral("Gone"), true);
    CourseInput old;
    old.title = QStringLiteral("Retired course");
    old.contentMinutes = 60;
    auto archivedCourse = CourseService(db(), clock()).create(old);
    ASSERT_TRUE(archivedCourse);
    ASSERT_TRUE(CourseService(db(), clock()).archive(archivedCourse->meta.id));

    struct Case
    {
        std::function<void(EnrollmentInput&)> change;
        const char* field;
    };
    const QList<Case> cases = {
        {[](EnrollmentInput& in) { in.learnerId.clear(); }, "learner_id"},
        {[](EnrollmentInput& in) { in.learnerId = QStringLiteral("anna"); }, "learner_id"},
        {[](EnrollmentInput& in) { in.learnerId = newId(); }, "learner_id"},
        {[&](EnrollmentInput& in) { in.learnerId = archivedLearner; }, "learner_id"},
        {[](EnrollmentInput& in) { in.mentorId.clear(); }, "mentor_id"},
        {[](EnrollmentInput& in) { in.mentorId = newId(); }, "mentor_id"},
        {[&](EnrollmentInput& in) { in.mentorId = archivedMentor; }, "mentor_id"},
        {[](EnrollmentInput& in) { in.courseId = newId(); }, "course_id"},
        {[](EnrollmentInput& in) { in.courseId = QStringLiteral("x"); }, "course_id"},
        {[&](EnrollmentInput& in) { in.courseId = archivedCourse->meta.id; }, "course_id"},
        {[](EnrollmentInput& in) { in.efficiencyPermille = 49; }, "efficiency_permille"},
        {[](EnrollmentInput& in) { in.efficiencyPermille = 2001; }, "efficiency_permille"},
        {[](EnrollmentInput& in) { in.efficiencyPermille = 0; }, "efficiency_permille"},
        {[](EnrollmentInput& in) { in.targetMinutes = -1; }, "target_minutes"},
        {[](EnrollmentInput& in) { in.targetMinutes = 0; }, "target_minutes"},
        {[](EnrollmentInput& in) { in.title = QString(201, u'x'); }, "title"},
        {[](EnrollmentInput& in) { in.plannedEndDate = QDate(2026, 1, 14); }, "planned_end_date"},
    };
    for (const Case& c : cases) {
        EnrollmentInput in = inCourse();
        c.change(in);
        auto e = service().enroll(in);
        ASSERT_FALSE(e) << c.field;
        EXPECT_EQ(e.error().code, ErrorCode::Invalid) << c.field;
        EXPECT_EQ(e.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(e.error().message.isEmpty());
    }
    EXPECT_EQ(test::allRows(db(), QStringLiteral("enrollments")), 0) << "a refused enroll must not write anything";
}

TEST_F(EnrollmentServiceTest, AcceptsTheEfficiencyBoundsAndPlannedEndOnStart)
{
    EnrollmentInput in = inCourse();
    in.efficiencyPermille = 50;
    in.startDate = QDate(2026, 3, 1);
    in.plannedEndDate = QDate(2026, 3, 1);
    auto low = service().enroll(in);
    ASSERT_TRUE(low) << low.error().message.toStdString();
    ASSERT_TRUE(service().setStatus(low->meta.id, EnrollmentStatus::Completed));
    in.efficiencyPermille = 2000;
    auto high = service().enroll(in);
    ASSERT_TRUE(high) << high.error().message.toStdString();
    EXPECT_EQ(high->efficiencyPermille, 2000);
}

TEST_F(EnrollmentServiceTest, RefusesSecondActiveEnrollmentInTheSameCourse)
{
    auto first = service().enroll(inCourse());
    ASSERT_TRUE(first);
    auto second = service().enroll(inCourse());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(second.error().field, QStringLiteral("course_id"));
    EXPECT_TRUE(second.error().message.contains(first->meta.id));
    EXPECT_EQ(test::allRows(db(), QStringLiteral("enrollments")), 1);

    const Id other = test::insertLearner(db(), QStringLiteral("Ben"));
    EnrollmentInput in = inCourse();
    in.learnerId = other;
    EXPECT_TRUE(service().enroll(in)) << "another learner may take the same course";

    ASSERT_TRUE(service().setStatus(first->meta.id, EnrollmentStatus::Paused));
    auto again = service().enroll(inCourse());
    ASSERT_TRUE(again) << "a paused enrollment does not block a new one";
    auto reactivate = service().setStatus(first->meta.id, EnrollmentStatus::Active);
    ASSERT_FALSE(reactivate);
    EXPECT_EQ(reactivate.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service().get(first->meta.id)->status, EnrollmentStatus::Paused);
}

TEST_F(EnrollmentServiceTest, SetStatusMovesBetweenStates)
{
    auto e = service().enroll(inCourse());
    ASSERT_TRUE(e);
    for (const EnrollmentStatus s : {EnrollmentStatus::Paused, EnrollmentStatus::Active, EnrollmentStatus::Completed,
                                     EnrollmentStatus::Cancelled}) {
        auto moved = service().setStatus(e->meta.id, s);
        ASSERT_TRUE(moved) << moved.error().message.toStdString();
        EXPECT_EQ(service().get(e->meta.id)->status, s);
    }
    auto same = service().setStatus(e->meta.id, EnrollmentStatus::Cancelled);
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, ErrorCode::Refused);
    EXPECT_EQ(service().get(e->meta.id)->meta.version, 5);
    EXPECT_EQ(service().setStatus(newId(), EnrollmentStatus::Active).error().code, ErrorCode::NotFound);
}

TEST_F(EnrollmentServiceTest, EditChangesPlanAndChecksVersion)
{
    auto e = service().enroll(inCourse());
    ASSERT_TRUE(e);
    const Id newMentor = test::insertMentor(db(), QStringLiteral("Chen"));
    EnrollmentChanges changes = changesOf(*e);
    changes.mentorId = newMentor;
    changes.title.clear();
    changes.efficiencyPermille = 900;
    changes.targetMinutes.reset();
    changes.plannedEndDate = QDate(2026, 5, 1);
    auto edited = service().edit(e->meta.id, changes, e->meta.version);
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    EXPECT_EQ(edited->mentorId, newMentor);
    EXPECT_EQ(edited->title, QStringLiteral("Python 1")) << "empty title = course title";
    EXPECT_EQ(edited->targetMinutes, 1800);
    EXPECT_EQ(edited->meta.version, 2);
    EXPECT_EQ(service().get(e->meta.id)->plannedEndDate, QDate(2026, 5, 1));

    auto stale = service().edit(e->meta.id, changes, e->meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    changes.startDate = QDate();
    auto noStart = service().edit(e->meta.id, changes);
    ASSERT_FALSE(noStart);
    EXPECT_EQ(noStart.error().field, QStringLiteral("start_date"));
    changes.startDate = QDate(2026, 6, 1);
    auto endBeforeStart = service().edit(e->meta.id, changes);
    ASSERT_FALSE(endBeforeStart);
    EXPECT_EQ(endBeforeStart.error().field, QStringLiteral("planned_end_date"));
    EXPECT_EQ(service().get(e->meta.id)->meta.version, 2);
}

TEST_F(EnrollmentServiceTest, EditKeepsAnArchivedMentorButRefusesSwitchingToOne)
{
    auto e = service().enroll(inCourse());
    ASSERT_TRUE(e);
    MD_ASSERT_OK(db().exec(QStringLiteral("UPDATE mentors SET archived_at = '2026-01-15T00:00:00Z'")));
    EnrollmentChanges changes = changesOf(*e);
    changes.efficiencyPermille = 700;
    EXPECT_TRUE(service().edit(e->meta.id, changes)) << "the unchanged mentor is not re-checked";
    changes.mentorId = test::insertMentor(db(), QStringLiteral("Retired"), true);
    auto refused = service().edit(e->meta.id, changes);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("mentor_id"));
}

TEST_F(EnrollmentServiceTest, ListsWithFilters)
{
    const Id ben = test::insertLearner(db(), QStringLiteral("Ben"));
    const Id chen = test::insertMentor(db(), QStringLiteral("Chen"));
    EnrollmentInput a = inCourse();
    a.startDate = QDate(2026, 1, 1);
    EnrollmentInput b = inCourse();
    b.learnerId = ben;
    b.startDate = QDate(2026, 1, 10);
    EnrollmentInput c = inCourse();
    c.learnerId = ben;
    c.mentorId = chen;
    c.courseId.clear();
    c.title = QStringLiteral("Homework help");
    c.targetMinutes = 300;
    c.startDate = QDate(2026, 1, 5);
    for (const EnrollmentInput& in : {a, b, c}) {
        ASSERT_TRUE(service().enroll(in));
    }
    EnrollmentFilter f;
    f.learnerId = ben;
    auto bens = service().list(f);
    ASSERT_TRUE(bens);
    ASSERT_EQ(bens->total, 2);
    EXPECT_EQ(bens->items[0].startDate, QDate(2026, 1, 10)) << "newest start first";
    f = {};
    f.mentorId = chen;
    EXPECT_EQ(service().list(f)->items.first().title, QStringLiteral("Homework help"));
    f = {};
    f.courseId = m_course;
    EXPECT_EQ(service().list(f)->total, 2);
    ASSERT_TRUE(service().setStatus(service().list(f)->items[0].meta.id, EnrollmentStatus::Completed));
    f.status = EnrollmentStatus::Active;
    EXPECT_EQ(service().list(f)->total, 1);
    auto page = service().list({}, {1, 1});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 3);
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items[0].title, QStringLiteral("Homework help"));
    auto forBen = service().forLearner(ben);
    ASSERT_TRUE(forBen);
    EXPECT_EQ(forBen->size(), 2);
    EXPECT_TRUE(service().forLearner(newId())->isEmpty());
}

TEST(EnrollmentStatusTest, NamesRoundTrip)
{
    for (const EnrollmentStatus s : {EnrollmentStatus::Active, EnrollmentStatus::Paused, EnrollmentStatus::Completed,
                                     EnrollmentStatus::Cancelled}) {
        EXPECT_EQ(enrollmentStatusFromName(enrollmentStatusName(s)), s);
    }
    EXPECT_EQ(enrollmentStatusFromName(QStringLiteral(" PAUSED ")), EnrollmentStatus::Paused);
    EXPECT_FALSE(enrollmentStatusFromName(QStringLiteral("done")).has_value());
}
