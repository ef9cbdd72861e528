// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog and form is usable: each field says what to enter (a tooltip or a placeholder hint),
// and the keyboard works (Tab visits every field once, in reading order, from the first field to the
// buttons; no two buttons or labels share a mnemonic). A new dialog belongs in this list; a new field
// without a hint, or out of order, fails here. Billing's dialogs: BillingDialogUsabilityTest.
#include "DialogChecks.h"
#include "calendar/CalendarIcsDialog.h"
#include "calendar/CalendarTestSupport.h"
#include "calendar/LessonDialog.h"
#include "calendar/NewLessonDialog.h"
#include "courses/CourseDialog.h"
#include "courses/TopicService.h"
#include "feedback/RecordAssessmentDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportWizard.h"
#include "lessons/LessonService.h"
#include "matcher/EnquiryMatchDialog.h"
#include "matcher/EnrollCourseDialog.h"
#include "people/EnrollmentDialog.h"
#include "people/LearnerDialog.h"
#include "people/MentorDialog.h"
#include "people/PayerDialog.h"
#include "people/widgets/ErasePersonDialog.h"
#include "security/AccountDialog.h"
#include "security/SecuritySettingsForm.h"
#include "settings/AutomaticBackupForm.h"
#include "settings/StudioSettingsForm.h"
#include "shell/HelpDialog.h"
#include "shell/NewStudioDialog.h"
#include "shell/RestoreConfirmDialog.h"

#include <QTabWidget>
#include <QWizardPage>

using namespace mentordesk;

namespace {
using DialogUsabilityTest = test::CalendarTest;
} // namespace

TEST_F(DialogUsabilityTest, PeopleDialogs)
{
    LearnerDialog learner(session().db(), session().clock());
    test::expectUsable(&learner, "LearnerDialog");
    MentorDialog mentor(session().db(), session().clock(), session().format());
    test::expectUsable(&mentor, "MentorDialog");
    PayerDialog payer(session().db(), session().clock());
    test::expectUsable(&payer, "PayerDialog");
    EnrollmentDialog enrollment(session(), test::firstLiveId(session().db(), QStringLiteral("learners")));
    test::expectUsable(&enrollment, "EnrollmentDialog");
    ErasePersonDialog erase(QStringLiteral("Li Wei"), true);
    test::expectUsable(&erase, "ErasePersonDialog");
}

TEST_F(DialogUsabilityTest, CalendarAndCourseDialogs)
{
    const QList<Mentor> all = mentors();
    ASSERT_FALSE(all.isEmpty());
    NewLessonDialog newLesson(session(), all, all.first().meta.id, {QDate(2026, 11, 25), QTime(9, 0)});
    test::expectUsable(&newLesson, "NewLessonDialog");

    LessonFilter filter;
    filter.fromUtc = session().clock().nowUtc().addDays(-7);
    filter.toUtc = session().clock().nowUtc();
    filter.statuses = {LessonStatus::Scheduled};
    const Lesson past = firstLesson(filter);
    LessonDialog lesson(session(), past, all);
    test::expectHints(&lesson, "LessonDialog (attendance)");
    auto* tabs = lesson.findChild<QTabWidget*>();
    for (int i = 0; tabs != nullptr && i < tabs->count(); ++i) {
        test::expectHints(tabs->widget(i), "LessonDialog (every tab)");
    }
    test::expectKeyboard(&lesson, "LessonDialog (attendance)");
    for (int i = 0; tabs != nullptr && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        test::expectKeyboard(&lesson, "LessonDialog (every tab)");
    }

    CalendarIcsDialog ics(session(), all, all.first().meta.id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    test::expectUsable(&ics, "CalendarIcsDialog");

    const QList<Topic> topics = TopicService(session().db(), session().clock()).list({}, {0, 1000})->items;
    CourseDialog course(session(), topics, nullptr);
    test::expectUsable(&course, "CourseDialog");
}

TEST_F(DialogUsabilityTest, ImportExportAndMatcherDialogs)
{
    ExportDialog exportDialog(session());
    test::expectUsable(&exportDialog, "ExportDialog");
    ImportWizard wizard(session());
    for (int id : wizard.pageIds()) {
        test::expectHints(wizard.page(id), wizard.page(id)->metaObject()->className());
    }
    test::expectKeyboard(&wizard, "ImportWizard (first page)");
    EnquiryMatchDialog enquiry(session());
    test::expectUsable(&enquiry, "EnquiryMatchDialog");
    EnrollCourseDialog enroll(QStringLiteral("Li Wei"), QStringLiteral("Python basics"),
                              {{QStringLiteral("m1"), QStringLiteral("Anna Berg")}}, QStringLiteral("m1"),
                              QDate(2026, 11, 23));
    test::expectUsable(&enroll, "EnrollCourseDialog");
}

TEST_F(DialogUsabilityTest, StudioSecurityAndShellDialogs)
{
    for (auto mode :
         {AccountDialog::Mode::CreateOwner, AccountDialog::Mode::AddAccount, AccountDialog::Mode::ChangePassword}) {
        AccountDialog account(mode, [](const AccountDialog&) -> Result<void> { return {}; });
        account.setMentors({{QStringLiteral("m1"), QStringLiteral("Anna Berg")}});
        test::expectUsable(&account, "AccountDialog");
    }
    NewStudioDialog newStudio(session().clock());
    test::expectUsable(&newStudio, "NewStudioDialog");
    HelpDialog help(QStringLiteral("user-guide"));
    test::expectUsable(&help, "HelpDialog");
    StudioSettingsForm studio;
    test::expectUsable(&studio, "StudioSettingsForm");
    SecuritySettingsForm security(session());
    test::expectUsable(&security, "SecuritySettingsForm");
    AutomaticBackupForm backup;
    test::expectUsable(&backup, "AutomaticBackupForm");
    BackupSummary summary;
    summary.studioName = QStringLiteral("Demo");
    summary.schemaVersion = 5;
    RestoreConfirmDialog restore(QStringLiteral("/tmp/demo.backup"), summary, QStringLiteral("Demo"),
                                 QStringLiteral("/tmp/demo.mentordesk"), session().format());
    test::expectUsable(&restore, "RestoreConfirmDialog");
}

TEST_F(DialogUsabilityTest, FeedbackDialogs)
{
    const Id learner = test::firstLiveId(session().db(), QStringLiteral("learners"));
    RecordRatingDialog rating(session(), learner);
    test::expectUsable(&rating, "RecordRatingDialog");
    RecordAssessmentDialog assessment(session(), learner);
    test::expectUsable(&assessment, "RecordAssessmentDialog");
}
