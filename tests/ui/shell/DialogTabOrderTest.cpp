// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog and form works from the keyboard: Tab visits every field once, in reading order, from
// the first field to the buttons, and no two buttons or labels share a mnemonic. A new dialog belongs
// in this list (with DialogTabOrderTest).
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
#include "shell/TabOrder.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QTabWidget>
#include <QWizardPage>

using namespace mentordesk;

namespace {

class DialogTabOrderTest : public test::CalendarTest
{
protected:
    static void expectKeyboard(QWidget* root, const char* name)
    {
        const QStringList problems = test::tabOrderProblems(root);
        EXPECT_TRUE(problems.isEmpty()) << name << " has a wrong tab order:\n  "
                                        << problems.join(QStringLiteral("\n  ")).toStdString();
        const QStringList clashes = test::mnemonicClashes(root);
        EXPECT_TRUE(clashes.isEmpty()) << name << " has clashing mnemonics:\n  "
                                       << clashes.join(QStringLiteral("\n  ")).toStdString();
        root->hide();
    }

    Id firstId(const QString& table)
    {
        auto s = session().db().prepare(QStringLiteral("SELECT id FROM ") + table +
                                        QStringLiteral(" WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
        EXPECT_TRUE(s && s->exec() && s->next());
        return s ? s->text(0) : Id();
    }
};

} // namespace

TEST_F(DialogTabOrderTest, PeopleDialogs)
{
    LearnerDialog learner(session().db(), session().clock());
    expectKeyboard(&learner, "LearnerDialog");
    MentorDialog mentor(session().db(), session().clock(), session().format());
    expectKeyboard(&mentor, "MentorDialog");
    PayerDialog payer(session().db(), session().clock());
    expectKeyboard(&payer, "PayerDialog");
    EnrollmentDialog enrollment(session(), firstId(QStringLiteral("learners")));
    expectKeyboard(&enrollment, "EnrollmentDialog");
    ErasePersonDialog erase(QStringLiteral("Li Wei"), true);
    expectKeyboard(&erase, "ErasePersonDialog");
}

TEST_F(DialogTabOrderTest, CalendarAndCourseDialogs)
{
    const QList<Mentor> all = mentors();
    ASSERT_FALSE(all.isEmpty());
    NewLessonDialog newLesson(session(), all, all.first().meta.id, {QDate(2026, 11, 25), QTime(9, 0)});
    expectKeyboard(&newLesson, "NewLessonDialog");

    LessonFilter filter;
    filter.fromUtc = session().clock().nowUtc().addDays(-7);
    filter.toUtc = session().clock().nowUtc();
    filter.statuses = {LessonStatus::Scheduled};
    const Lesson past = firstLesson(filter);
    LessonDialog lesson(session(), past, all);
    expectKeyboard(&lesson, "LessonDialog (attendance)");
    if (auto* tabs = lesson.findChild<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            expectKeyboard(&lesson, "LessonDialog (every tab)");
        }
    }

    CalendarIcsDialog ics(session(), all, all.first().meta.id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    expectKeyboard(&ics, "CalendarIcsDialog");

    const QList<Topic> topics = TopicService(session().db(), session().clock()).list({}, {0, 1000})->items;
    CourseDialog course(session(), topics, nullptr);
    expectKeyboard(&course, "CourseDialog");
}

TEST_F(DialogTabOrderTest, ImportExportAndMatcherDialogs)
{
    ExportDialog exportDialog(session());
    expectKeyboard(&exportDialog, "ExportDialog");
    ImportWizard wizard(session());
    expectKeyboard(&wizard, "ImportWizard (first page)");
    EnquiryMatchDialog enquiry(session());
    expectKeyboard(&enquiry, "EnquiryMatchDialog");
    EnrollCourseDialog enroll(QStringLiteral("Li Wei"), QStringLiteral("Python basics"),
                              {{QStringLiteral("m1"), QStringLiteral("Anna Berg")}}, QStringLiteral("m1"),
                              QDate(2026, 11, 23));
    expectKeyboard(&enroll, "EnrollCourseDialog");
}

TEST_F(DialogTabOrderTest, StudioSecurityAndShellDialogs)
{
    for (auto mode :
         {AccountDialog::Mode::CreateOwner, AccountDialog::Mode::AddAccount, AccountDialog::Mode::ChangePassword}) {
        AccountDialog account(mode, [](const AccountDialog&) -> Result<void> { return {}; });
        account.setMentors({{QStringLiteral("m1"), QStringLiteral("Anna Berg")}});
        expectKeyboard(&account, "AccountDialog");
    }
    NewStudioDialog newStudio(session().clock());
    expectKeyboard(&newStudio, "NewStudioDialog");
    HelpDialog help(QStringLiteral("user-guide"));
    expectKeyboard(&help, "HelpDialog");
    StudioSettingsForm studio;
    expectKeyboard(&studio, "StudioSettingsForm");
    SecuritySettingsForm security(session());
    expectKeyboard(&security, "SecuritySettingsForm");
    AutomaticBackupForm backup;
    expectKeyboard(&backup, "AutomaticBackupForm");
    BackupSummary summary;
    summary.studioName = QStringLiteral("Demo");
    summary.schemaVersion = 5;
    RestoreConfirmDialog restore(QStringLiteral("/tmp/demo.backup"), summary, QStringLiteral("Demo"),
                                 QStringLiteral("/tmp/demo.mentordesk"), session().format());
    expectKeyboard(&restore, "RestoreConfirmDialog");
}

TEST_F(DialogTabOrderTest, FeedbackDialogs)
{
    const Id learner = firstId(QStringLiteral("learners"));
    RecordRatingDialog rating(session(), learner);
    expectKeyboard(&rating, "RecordRatingDialog");
    RecordAssessmentDialog assessment(session(), learner);
    expectKeyboard(&assessment, "RecordAssessmentDialog");
}
