// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/FirstStepsService.h"

#include "ReportFixture.h"
#include "TestStudio.h"
#include "reports/TodayService.h"
#include "security/Actor.h"

using namespace mentordesk;

namespace {

class FirstStepsServiceTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        fx = std::make_unique<test::ReportFixture>(db());
    }

    FirstSteps status()
    {
        auto f = FirstStepsService(db()).status();
        EXPECT_TRUE(f.has_value()) << (f ? std::string() : f.error().message.toStdString());
        return f.value_or(FirstSteps{});
    }

    Id enroll(const Id& learner, const Id& mentor)
    {
        test::ReportFixture::EnrollmentSpec spec;
        spec.learnerId = learner;
        spec.mentorId = mentor;
        spec.courseId = fx->course(QStringLiteral("Scales"), 600);
        return fx->enrollment(spec);
    }

    /// A draft invoice of a new payer, as a billing run leaves it.
    Id draftInvoice()
    {
        const Id payer = newId();
        fx->exec(QStringLiteral("INSERT INTO payers (id, name, created_at, updated_at, updated_by) "
                                "VALUES (?, 'Anna Schmidt', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')"),
                 {payer});
        const Id invoice = newId();
        fx->exec(QStringLiteral("INSERT INTO invoices (id, payer_id, period, currency, created_at, updated_at, "
                                "updated_by) VALUES (?, ?, '2026-01', 'EUR', '2026-01-01T00:00:00Z', "
                                "'2026-01-01T00:00:00Z', 'test')"),
                 {invoice, payer});
        return invoice;
    }

    std::unique_ptr<test::ReportFixture> fx;
};

} // namespace

TEST_F(FirstStepsServiceTest, AnEmptyStudioHasEveryStepOpen)
{
    const FirstSteps f = status();
    EXPECT_TRUE(f.showAddLearner);
    EXPECT_TRUE(f.showSchedule);
    EXPECT_TRUE(f.showAttendance);
    EXPECT_TRUE(f.showBilling);
    EXPECT_FALSE(f.hasLearner);
    EXPECT_FALSE(f.hasLesson);
    EXPECT_FALSE(f.hasRecorded);
    EXPECT_FALSE(f.hasInvoice);
    EXPECT_FALSE(f.complete());
    EXPECT_FALSE(f.empty());
}

TEST_F(FirstStepsServiceTest, StepsAreCheckedAsTheStudioFillsUp)
{
    const Id anna = fx->mentor(QStringLiteral("Anna"));
    const Id li = fx->learner(QStringLiteral("Li"));
    FirstSteps f = status();
    EXPECT_TRUE(f.hasLearner);
    EXPECT_FALSE(f.hasLesson);

    const Id enrollment = enroll(li, anna);
    fx->lesson(anna, {enrollment}, QStringLiteral("2026-01-20T10:00:00Z"), 60, QStringLiteral("scheduled"));
    f = status();
    EXPECT_TRUE(f.hasLesson);
    EXPECT_FALSE(f.hasRecorded) << "a scheduled lesson has no attendance yet";
    EXPECT_FALSE(f.complete());

    fx->lesson(anna, {enrollment}, QStringLiteral("2026-01-13T10:00:00Z"), 60, QStringLiteral("held"));
    f = status();
    EXPECT_TRUE(f.hasRecorded);
    EXPECT_FALSE(f.complete()) << "billing is still open";

    draftInvoice();
    f = status();
    EXPECT_TRUE(f.hasInvoice);
    EXPECT_TRUE(f.complete());
}

TEST_F(FirstStepsServiceTest, TombstonedRowsDoNotCount)
{
    fx->remove(QStringLiteral("learners"), fx->learner(QStringLiteral("Gone")));
    fx->remove(QStringLiteral("invoices"), draftInvoice());
    const FirstSteps f = status();
    EXPECT_FALSE(f.hasLearner);
    EXPECT_FALSE(f.hasInvoice);
}

TEST_F(FirstStepsServiceTest, AttendanceIsOptionalForCompletion)
{
    const Id anna = fx->mentor(QStringLiteral("Anna"));
    const Id li = fx->learner(QStringLiteral("Li"));
    const Id enrollment = enroll(li, anna);
    fx->lesson(anna, {enrollment}, QStringLiteral("2026-01-20T10:00:00Z"), 60, QStringLiteral("scheduled"));
    draftInvoice();
    const FirstSteps f = status();
    EXPECT_FALSE(f.hasRecorded);
    EXPECT_TRUE(f.complete());
}

TEST_F(FirstStepsServiceTest, AMentorAccountSeesNoBillingStepAndOnlyItsOwnLessons)
{
    const Id anna = fx->mentor(QStringLiteral("Anna"));
    const Id bo = fx->mentor(QStringLiteral("Bo"));
    const Id li = fx->learner(QStringLiteral("Li"));
    const Id enrollment = enroll(li, bo);
    fx->lesson(bo, {enrollment}, QStringLiteral("2026-01-13T10:00:00Z"));
    draftInvoice();
    db().setActor({QStringLiteral("acc-anna"), QStringLiteral("anna"), Role::Mentor, anna});
    const FirstSteps f = status();
    EXPECT_FALSE(f.showBilling);
    EXPECT_FALSE(f.hasInvoice) << "not read for a role that cannot bill";
    EXPECT_TRUE(f.showSchedule);
    EXPECT_FALSE(f.hasLesson) << "Bo's lesson is not Anna's";
    EXPECT_FALSE(f.hasRecorded);
    EXPECT_FALSE(f.complete());
}

TEST_F(FirstStepsServiceTest, FrontDeskSeesNoBillingStep)
{
    db().setActor({QStringLiteral("acc-desk"), QStringLiteral("desk"), Role::FrontDesk, {}});
    const FirstSteps f = status();
    EXPECT_TRUE(f.showAddLearner);
    EXPECT_TRUE(f.showSchedule);
    EXPECT_FALSE(f.showBilling);
}

TEST_F(FirstStepsServiceTest, NobodySignedInIsRefused)
{
    db().setActor(Actor::nobody());
    auto f = FirstStepsService(db()).status();
    ASSERT_FALSE(f.has_value());
    EXPECT_EQ(f.error().code, ErrorCode::Refused);
}

TEST_F(FirstStepsServiceTest, TodaySummaryCarriesTheChecklist)
{
    fx->learner(QStringLiteral("Li"));
    auto s = TodayService(db(), clock()).summary(12, false);
    MD_ASSERT_OK(s);
    EXPECT_TRUE(s->firstSteps.showAddLearner);
    EXPECT_TRUE(s->firstSteps.hasLearner);
    EXPECT_FALSE(s->firstSteps.hasLesson);
}
