// SPDX-License-Identifier: GPL-3.0-or-later
// The main workflow through the core services the desktop app uses, on a copy of the small demo studio:
// create a payer and a learner → enroll with an hourly plan → schedule a weekly series → record attendance →
// billing run → issue → pay → reports. Under sanitizers this walks most of core/ with real data.
#include "UiTestSupport.h"
#include "billing/BillingRun.h"
#include "billing/InvoiceActions.h"
#include "billing/PlanService.h"
#include "billing/plans/HourlyPlan.h"
#include "courses/EnrollmentService.h"
#include "importexport/StudioExporter.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentService.h"
#include "lessons/LessonRecordingService.h"
#include "lessons/LessonService.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "reports/ReportService.h"
#include "reports/TodayService.h"
#include "storage/StudioBackup.h"

#include <QBuffer>
#include <QStringList>

namespace mentordesk::test {

namespace {

template <typename T>
::testing::AssertionResult ok(const Result<T>& r)
{
    if (r) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << r.error().field.toStdString() << ": " << r.error().message.toStdString();
}

} // namespace

class SmokeWorkflowTest : public UiStudioTest
{
protected:
    /// A teaching mentor of the demo studio.
    Id teachingMentor()
    {
        MentorFilter filter;
        filter.role = MentorRole::Mentor;
        auto mentors = MentorService(session().db(), session().clock()).list(filter);
        EXPECT_TRUE(ok(mentors));
        EXPECT_FALSE(!mentors || mentors->items.isEmpty());
        return mentors && !mentors->items.isEmpty() ? mentors->items.constFirst().meta.id : Id();
    }
};

TEST_F(SmokeWorkflowTest, CreatesSchedulesRecordsBillsIssuesPaysAndReports)
{
    Database& db = session().db();
    const Clock& clock = session().clock();

    // Create a payer and a learner.
    PayerInput payerInput;
    payerInput.name = QStringLiteral("Smoke Payer");
    payerInput.email = QStringLiteral("smoke.payer@example.com");
    payerInput.address = QStringLiteral("1 Test Street");
    auto payer = PayerService(db, clock).create(payerInput);
    ASSERT_TRUE(ok(payer));
    const Id mentorId = teachingMentor();
    ASSERT_FALSE(mentorId.isEmpty());
    auto learner = LearnerService(db, clock).create({.mentorId = mentorId,
                                                     .payerId = payer->meta.id,
                                                     .name = QStringLiteral("Smoke Learner"),
                                                     .email = QStringLiteral("smoke.learner@example.com"),
                                                     .birthYear = 2001,
                                                     .level = 2,
                                                     .tags = {QStringLiteral("smoke")}});
    ASSERT_TRUE(ok(learner));

    // Enroll in free-form mentoring with an hourly plan (100.00 per hour).
    EnrollmentInput enrollmentInput;
    enrollmentInput.learnerId = learner->meta.id;
    enrollmentInput.mentorId = mentorId;
    enrollmentInput.title = QStringLiteral("Smoke mentoring");
    enrollmentInput.targetMinutes = 600;
    enrollmentInput.startDate = QDate(2026, 11, 1);
    auto enrollment = EnrollmentService(db, clock).enroll(enrollmentInput);
    ASSERT_TRUE(ok(enrollment));
    HourlyPlan hourly;
    hourly.rateMinor = 10000;
    auto plan = PlanService(db, clock).setPlan(enrollment->meta.id, {QString(), QDate(2026, 11, 1), Id(), hourly});
    ASSERT_TRUE(ok(plan));

    // Schedule a weekly series of three lessons this month (all before "today", 2026-11-20).
    LessonSeriesInput series;
    series.mentorId = mentorId;
    series.enrollmentIds = {enrollment->meta.id};
    series.firstStart = {QDate(2026, 11, 2), QTime(6, 15)};
    series.plannedMinutes = 60;
    series.count = 3;
    series.location = QStringLiteral("Room S");
    series.allowConflicts = true;
    auto schedule = LessonService(db, clock).createSeries(series);
    ASSERT_TRUE(ok(schedule));
    ASSERT_EQ(schedule->lessons.size(), 3);

    // Record attendance: two held (one shorter), one late cancellation by the learner.
    LessonRecordingService recording(db, clock);
    ASSERT_TRUE(ok(recording.complete(schedule->lessons[0].meta.id, {})));
    ASSERT_TRUE(ok(recording.complete(schedule->lessons[1].meta.id,
                                      {.actualMinutes = 45, .notes = QStringLiteral("Good"), .homework = {}})));
    ASSERT_TRUE(ok(recording.cancel(schedule->lessons[2].meta.id, CancelledBy::Learner, true)));

    // Billing run for the month: a preview first, then for real.
    auto preview = BillingRun(db, clock).run(QStringLiteral("2026-11"), true);
    ASSERT_TRUE(ok(preview));
    auto run = BillingRun(db, clock).run(QStringLiteral("2026-11"));
    ASSERT_TRUE(ok(run));
    Id draftId;
    qint64 draftTotal = 0;
    for (const DraftInvoice& d : run->drafts) {
        if (d.payerId == payer->meta.id) {
            draftId = d.invoiceId;
            draftTotal = d.taxes.grandTotal;
        }
    }
    ASSERT_FALSE(draftId.isEmpty()) << "the new payer gets a draft";
    EXPECT_GT(draftTotal, 0);

    // Issue, then pay in two parts (the second overpays; the rest becomes credit).
    InvoiceService invoices(db, clock);
    auto issued = invoices.issue(draftId);
    ASSERT_TRUE(ok(issued));
    ASSERT_TRUE(issued->number.has_value());
    PaymentService payments(db, clock);
    PaymentInput part;
    part.amountMinor = issued->grandTotal / 2;
    part.reference = QStringLiteral("SMOKE-1");
    ASSERT_TRUE(ok(payments.record(issued->numberText, part)));
    PaymentInput rest;
    rest.amountMinor = issued->grandTotal - part.amountMinor + 500;
    rest.reference = QStringLiteral("SMOKE-2");
    auto paid = payments.record(issued->meta.id, rest);
    ASSERT_TRUE(ok(paid));
    EXPECT_EQ(paid->toCreditMinor, 500);
    auto detail = invoices.get(issued->meta.id);
    ASSERT_TRUE(ok(detail));
    EXPECT_EQ(detail->payments.size(), 2);

    // Reports over the same data.
    ReportService reports(db, clock);
    auto revenue = reports.revenue({QDate(2026, 1, 1), QDate(2026, 12, 31)});
    ASSERT_TRUE(ok(revenue));
    EXPECT_FALSE(revenue->rows.isEmpty());
    EXPECT_TRUE(ok(reports.aging()));
    EXPECT_TRUE(ok(reports.hours({QDate(2026, 11, 1), QDate(2026, 11, 30)})));
    EXPECT_TRUE(ok(reports.utilisation({QDate(2026, 11, 1), QDate(2026, 11, 30)})));
    EXPECT_TRUE(ok(reports.ratings()));
    EXPECT_TRUE(ok(reports.atRisk()));
    EXPECT_TRUE(ok(reports.packages()));
    EXPECT_TRUE(ok(reports.learnerProgress(learner->meta.id)));
    EXPECT_TRUE(ok(TodayService(db, clock).summary()));

    // The invoice as PDF (the Billing page's "Export PDF…").
    InvoiceActions actions(session());
    auto pages = actions.exportPdf(issued->meta.id, m_dir.filePath(InvoiceActions::suggestedPdfName(*issued)));
    ASSERT_TRUE(ok(pages));
    EXPECT_GE(*pages, 1);
}

TEST_F(SmokeWorkflowTest, ExportsAndBacksUpTheStudio)
{
    Database& db = session().db();
    StudioExporter exporter(db, session().clock());
    QBuffer json;
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    ASSERT_TRUE(ok(exporter.writeJson(json)));
    EXPECT_GT(json.size(), 0);
    for (const QString& entity : StudioExporter::csvEntities()) {
        SCOPED_TRACE(entity.toStdString());
        QBuffer csv;
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        EXPECT_TRUE(ok(exporter.writeCsv(csv, entity)));
    }
    const QString plain = m_dir.filePath(QStringLiteral("plain.mentordesk-backup"));
    ASSERT_TRUE(ok(StudioBackup::backup(db, plain)));
    EXPECT_TRUE(ok(StudioBackup::verify(plain)));
    // An encrypted backup, restored to a new studio file.
    const QString encrypted = m_dir.filePath(QStringLiteral("encrypted.mentordesk-backup"));
    const QString passphrase = QStringLiteral("correct horse battery");
    ASSERT_TRUE(ok(StudioBackup::backup(db, encrypted, passphrase)));
    EXPECT_TRUE(
        ok(StudioBackup::restore(encrypted, m_dir.filePath(QStringLiteral("restored.mentordesk")), passphrase)));
}

} // namespace mentordesk::test
