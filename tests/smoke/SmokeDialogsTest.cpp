// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the main dialogs of each page on the demo studio (new and editing an existing record where the
// dialog supports it), lets them lay out and paint, and closes them without saving.
#include "UiTestSupport.h"
#include "billing/BillingRunDialog.h"
#include "billing/CreditNoteDialog.h"
#include "billing/InvoiceActions.h"
#include "billing/IssueDraftsDialog.h"
#include "billing/PaymentDialog.h"
#include "billing/PlanEditorDialog.h"
#include "billing/QuoteDialog.h"
#include "calendar/CalendarIcsDialog.h"
#include "calendar/LessonDialog.h"
#include "calendar/NewLessonDialog.h"
#include "courses/CourseDialog.h"
#include "courses/CourseService.h"
#include "courses/EnrollmentService.h"
#include "courses/TopicService.h"
#include "feedback/RecordAssessmentDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportWizard.h"
#include "invoices/InvoiceService.h"
#include "lessons/LessonService.h"
#include "matcher/EnquiryMatchDialog.h"
#include "matcher/EnrollCourseDialog.h"
#include "people/LearnerDialog.h"
#include "people/LearnerService.h"
#include "people/MentorDialog.h"
#include "people/MentorService.h"
#include "people/PayerDialog.h"
#include "people/PayerService.h"
#include "shell/NewStudioDialog.h"
#include "shell/RestoreConfirmDialog.h"

#include <QApplication>
#include <QDialog>

namespace mentordesk::test {

namespace {

/// Shows `dialog`, lets it settle and paint, and closes it without saving.
void exercise(QDialog& dialog)
{
    SCOPED_TRACE(dialog.metaObject()->className());
    dialog.show();
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
    }
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.grab().isNull());
    dialog.reject();
    QApplication::processEvents();
}

} // namespace

class SmokeDialogsTest : public UiStudioTest
{
protected:
    QList<Mentor> mentors()
    {
        auto page = MentorService(session().db(), session().clock()).list({});
        EXPECT_TRUE(page.has_value());
        return page ? page->items : QList<Mentor>{};
    }
    Invoice firstInvoiceWith(InvoiceStatus status)
    {
        InvoiceFilter filter;
        filter.status = status;
        filter.kind = InvoiceKind::Invoice;
        auto page = InvoiceService(session().db(), session().clock()).list(filter, {0, 1});
        EXPECT_TRUE(page.has_value());
        return page && !page->items.isEmpty() ? page->items.constFirst() : Invoice{};
    }
};

TEST_F(SmokeDialogsTest, PeopleDialogsOpenForNewAndExistingRecords)
{
    Database& db = session().db();
    const Clock& clock = session().clock();
    auto learners = LearnerService(db, clock).list({}, {0, 1});
    auto payers = PayerService(db, clock).list({}, {0, 1});
    ASSERT_TRUE(learners && !learners->items.isEmpty());
    ASSERT_TRUE(payers && !payers->items.isEmpty());
    const QList<Mentor> all = mentors();
    ASSERT_FALSE(all.isEmpty());

    LearnerDialog newLearner(db, clock);
    exercise(newLearner);
    LearnerDialog editLearner(db, clock);
    editLearner.setLearner(learners->items.constFirst());
    exercise(editLearner);
    PayerDialog newPayer(db, clock);
    exercise(newPayer);
    PayerDialog editPayer(db, clock);
    editPayer.setPayer(payers->items.constFirst());
    exercise(editPayer);
    MentorDialog newMentor(db, clock, session().format());
    exercise(newMentor);
    MentorDialog editMentor(db, clock, session().format());
    editMentor.setMentor(all.constFirst());
    exercise(editMentor);
}

TEST_F(SmokeDialogsTest, CalendarAndCourseDialogsOpen)
{
    Database& db = session().db();
    const Clock& clock = session().clock();
    const QList<Mentor> all = mentors();
    ASSERT_FALSE(all.isEmpty());
    const Id mentorId = all.constFirst().meta.id;

    NewLessonDialog newLesson(session(), all, mentorId, {QDate(2026, 11, 25), QTime(6, 15)});
    exercise(newLesson);
    auto lessons = LessonService(db, clock).list({}, {0, 1});
    ASSERT_TRUE(lessons && !lessons->items.isEmpty());
    LessonDialog lesson(session(), lessons->items.constFirst(), all);
    exercise(lesson);
    CalendarIcsDialog ics(session(), all, mentorId, QDate(2026, 11, 1), QDate(2026, 11, 30));
    exercise(ics);

    auto topics = TopicService(db, clock).list({}, {0, 10000});
    ASSERT_TRUE(topics.has_value());
    CourseDialog newCourse(session(), topics->items, nullptr);
    exercise(newCourse);
    auto courses = CourseService(db, clock).list({}, {0, 1});
    ASSERT_TRUE(courses && !courses->items.isEmpty());
    CourseDialog editCourse(session(), topics->items, &courses->items.constFirst());
    exercise(editCourse);
}

TEST_F(SmokeDialogsTest, BillingDialogsOpen)
{
    Database& db = session().db();
    const Clock& clock = session().clock();
    InvoiceActions actions(session());
    BillingRunDialog run(session(), actions);
    exercise(run);
    IssueDraftsDialog issue(session(), actions);
    exercise(issue);

    const Invoice overdue = firstInvoiceWith(InvoiceStatus::Overdue);
    ASSERT_FALSE(overdue.meta.id.isEmpty());
    PaymentDialog payment(session(), actions, overdue);
    exercise(payment);
    auto detail = InvoiceService(db, clock).get(overdue.meta.id);
    ASSERT_TRUE(detail.has_value());
    CreditNoteDialog credit(actions, *detail, session().format());
    exercise(credit);

    auto enrollments = EnrollmentService(db, clock).list({}, {0, 1});
    ASSERT_TRUE(enrollments && !enrollments->items.isEmpty());
    const Enrollment& enrollment = enrollments->items.constFirst();
    PlanEditorDialog plan(session(), enrollment.meta.id);
    exercise(plan);
    QuoteDialog quote(session(), enrollment.learnerId);
    exercise(quote);
}

TEST_F(SmokeDialogsTest, MatcherImportExportAndStudioDialogsOpen)
{
    const QList<Mentor> all = mentors();
    ASSERT_FALSE(all.isEmpty());
    EnquiryMatchDialog enquiry(session());
    exercise(enquiry);
    EnrollCourseDialog enroll(QStringLiteral("Smoke Learner"), QStringLiteral("Smoke course"),
                              {{all.constFirst().meta.id, all.constFirst().name}}, all.constFirst().meta.id,
                              QDate(2026, 11, 23));
    exercise(enroll);
    ExportDialog exportDialog(session());
    exercise(exportDialog);
    ImportWizard import(session());
    exercise(import);
    NewStudioDialog newStudio(session().clock());
    exercise(newStudio);
    BackupSummary summary;
    summary.studioName = QStringLiteral("Smoke");
    summary.schemaVersion = 5;
    RestoreConfirmDialog restore(QStringLiteral("/tmp/smoke.backup"), summary, QStringLiteral("Smoke"),
                                 QStringLiteral("/tmp/smoke.mentordesk"), session().format());
    exercise(restore);
}

TEST_F(SmokeDialogsTest, FeedbackDialogsOpen)
{
    auto enrollments = EnrollmentService(session().db(), session().clock()).list({}, {0, 1});
    ASSERT_TRUE(enrollments.has_value());
    ASSERT_FALSE(enrollments->items.isEmpty());
    const Enrollment& enrollment = enrollments->items.constFirst();
    RecordRatingDialog rating(session(), enrollment.learnerId);
    exercise(rating);
    RecordAssessmentDialog assessment(session(), enrollment.learnerId, enrollment.meta.id);
    exercise(assessment);
}

} // namespace mentordesk::test
