// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleAccessTestBase.h"
#include "billing/BillingRun.h"
#include "billing/PlanService.h"
#include "importexport/StudioExporter.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentService.h"
#include "reports/ReportService.h"
#include "reports/TodayService.h"
#include "security/AccountService.h"
#include "storage/StudioBackup.h"
#include "studio/StudioService.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace mentordesk;
using mentordesk::test::refused;

/// Lessons, notes, money, reports, settings, export and backup under each role.
class StudioAccessTest : public test::RoleAccessTestBase
{
protected:
    void SetUp() override
    {
        RoleAccessTestBase::SetUp();
        annaLesson = add(anna, {liEnrollment}, "2026-01-14 10:00").meta.id;
        boLesson = add(bo, {olaEnrollment}, "2026-01-14 12:00").meta.id;
        annaToday = add(anna, {miaEnrollment}, "2026-01-15 15:00").meta.id;
        boToday = add(bo, {olaEnrollment}, "2026-01-15 16:00").meta.id;
    }

    Id annaLesson, boLesson, annaToday, boToday;
};

TEST_F(StudioAccessTest, MentorListsAndRecordsOnlyOwnLessons)
{
    asAnna();
    auto listed = service().list({});
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    EXPECT_EQ(listed->total, 2);
    for (const Lesson& l : listed->items) {
        EXPECT_EQ(l.mentorId, anna);
    }
    LessonFilter boFilter;
    boFilter.mentorId = bo;
    EXPECT_TRUE(refused(service().list(boFilter)));
    EXPECT_TRUE(refused(service().get(boLesson)));
    EXPECT_TRUE(refused(service().complete(boLesson)));
    EXPECT_TRUE(refused(service().editNotes(boLesson, QStringLiteral("peeked"), std::nullopt)));
    EXPECT_TRUE(refused(service().create(one(bo, {olaEnrollment}, "2026-01-20 10:00"))));
    MD_ASSERT_OK(service().complete(annaLesson));
    MD_ASSERT_OK(service().editNotes(annaLesson, QStringLiteral("worked on endgames"), std::nullopt));
    asOwner();
    EXPECT_EQ(service().get(boLesson)->status, LessonStatus::Scheduled); // untouched
}

TEST_F(StudioAccessTest, FrontDeskSchedulesAndRecordsAttendanceButNoNotes)
{
    MD_ASSERT_OK(service().editNotes(annaLesson, QStringLiteral("private"), std::nullopt));
    asDesk();
    MD_ASSERT_OK(service().create(one(bo, {olaEnrollment}, "2026-01-20 10:00")));
    EXPECT_TRUE(service().get(annaLesson)->notes.isEmpty());
    EXPECT_TRUE(refused(service().editNotes(annaLesson, QStringLiteral("x"), std::nullopt)));
    CompletionInput withNotes;
    withNotes.notes = QStringLiteral("x");
    EXPECT_TRUE(refused(service().complete(annaLesson, withNotes)));
    MD_ASSERT_OK(service().complete(annaLesson));
    asOwner();
    EXPECT_EQ(service().get(annaLesson)->notes, QStringLiteral("private")); // kept through the desk's save
}

TEST_F(StudioAccessTest, FrontDeskIsRefusedStudioWideMoneyButRecordsPayments)
{
    asDesk();
    EXPECT_TRUE(refused(BillingRun(db(), clock()).run(QStringLiteral("2026-01"), true)));
    EXPECT_TRUE(refused(InvoiceService(db(), clock()).issuePeriod(QStringLiteral("2026-01"))));
    EXPECT_TRUE(refused(PlanService(db(), clock()).offerPlan({})));
    MD_ASSERT_OK(InvoiceService(db(), clock()).list({}));
    PaymentInput payment;
    payment.amountMinor = 1000;
    auto paid = PaymentService(db(), clock()).record(QStringLiteral("no-such-invoice"), payment);
    ASSERT_FALSE(paid);
    EXPECT_FALSE(refused(paid)) << "allowed; only the invoice is missing";
}

TEST_F(StudioAccessTest, MentorSeesNoMoneyOrStudioReports)
{
    asAnna();
    EXPECT_TRUE(refused(InvoiceService(db(), clock()).list({})));
    PaymentInput payment;
    payment.amountMinor = 1000;
    EXPECT_TRUE(refused(PaymentService(db(), clock()).record(QStringLiteral("x"), payment)));
    EXPECT_TRUE(refused(ReportService(db(), clock()).hours()));
    EXPECT_TRUE(refused(ReportService(db(), clock()).revenue()));
    EXPECT_TRUE(refused(ReportService(db(), clock()).learnerProgress(ola)));
    EXPECT_FALSE(refused(ReportService(db(), clock()).learnerProgress(li)));
}

TEST_F(StudioAccessTest, TodayShowsAMentorOnlyTheirLessons)
{
    asAnna();
    auto mine = TodayService(db(), clock()).summary();
    ASSERT_TRUE(mine) << mine.error().message.toStdString();
    ASSERT_EQ(mine->todayLessons.size(), 1);
    EXPECT_EQ(mine->todayLessons[0].lessonId, annaToday);
    EXPECT_FALSE(mine->billingAvailable);
    for (const AtRiskEntry& risk : mine->atRisk) {
        EXPECT_EQ(risk.enrollment.mentorId, anna);
    }
    asOwner();
    EXPECT_EQ(TodayService(db(), clock()).summary()->todayLessons.size(), 2);
}

TEST_F(StudioAccessTest, SettingsExportAndBackupAreTheOwners)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("copy.mentordesk"));
    for (int role = 0; role < 3; ++role) {
        role == 0 ? asAnna() : role == 1 ? asDesk() : asNobody();
        auto settings = StudioService(db(), clock()).settings(); // readable by all: the login screen needs it
        ASSERT_TRUE(settings);
        EXPECT_TRUE(refused(StudioService(db(), clock()).update(*settings)));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(refused(StudioExporter(db(), clock()).writeJson(buffer)));
        EXPECT_TRUE(refused(StudioBackup::backup(db(), target)));
    }
    asOwner();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MD_ASSERT_OK(StudioExporter(db(), clock()).writeJson(buffer));
}

TEST(StudioLoginTest, AStudioWithLoginOpensAsNobodyUntilSomeoneLogsIn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.mentordesk"));
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        EXPECT_TRUE((*db)->actor().signedIn); // login off: the local owner
        AccountService accounts(**db, clock, PasswordHasher(PasswordCost::floor()));
        MD_ASSERT_OK(accounts.createOwner(
            {QStringLiteral("olivia"), QString(), Role::Owner, std::nullopt, QStringLiteral("owner-password")}));
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    EXPECT_FALSE((*db)->actor().signedIn);
    EXPECT_TRUE(refused(LessonService(**db, clock).list({})));
    AccountService accounts(**db, clock, PasswordHasher(PasswordCost::floor()));
    auto olivia = accounts.login(QStringLiteral("olivia"), QStringLiteral("owner-password"));
    ASSERT_TRUE(olivia);
    (*db)->setActor(*olivia);
    MD_ASSERT_OK(LessonService(**db, clock).list({}));
    auto worker = Database::openForWorker(path, (*db)->actor());
    ASSERT_TRUE(worker);
    EXPECT_EQ((*worker)->actor().username, QStringLiteral("olivia"));
    auto plain = Database::openForWorker(path);
    ASSERT_TRUE(plain);
    EXPECT_FALSE((*plain)->actor().signedIn);
}
