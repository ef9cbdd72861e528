// SPDX-License-Identifier: GPL-3.0-or-later
// Every field of every dialog and form says what to enter: a tooltip or a placeholder hint. A new
// dialog belongs in this list; a new field without a hint fails here.
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
#include "shell/InputHints.h"
#include "shell/NewStudioDialog.h"
#include "shell/RestoreConfirmDialog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QTabWidget>
#include <QWizardPage>

using namespace mentordesk;

namespace {

class DialogHintsTest : public test::CalendarTest
{
protected:
    static void expectHints(QWidget* root, const char* name)
    {
        const QStringList missing = test::inputsWithoutHint(root);
        EXPECT_TRUE(missing.isEmpty()) << name << " has fields without a tooltip or placeholder:\n  "
                                       << missing.join(QStringLiteral("\n  ")).toStdString();
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

TEST_F(DialogHintsTest, PeopleDialogs)
{
    LearnerDialog learner(session().db(), session().clock());
    expectHints(&learner, "LearnerDialog");
    MentorDialog mentor(session().db(), session().clock(), session().format());
    expectHints(&mentor, "MentorDialog");
    PayerDialog payer(session().db(), session().clock());
    expectHints(&payer, "PayerDialog");
    EnrollmentDialog enrollment(session(), firstId(QStringLiteral("learners")));
    expectHints(&enrollment, "EnrollmentDialog");
    ErasePersonDialog erase(QStringLiteral("Li Wei"), true);
    expectHints(&erase, "ErasePersonDialog");
}

TEST_F(DialogHintsTest, CalendarAndCourseDialogs)
{
    const QList<Mentor> all = mentors();
    ASSERT_FALSE(all.isEmpty());
    NewLessonDialog newLesson(session(), all, all.first().meta.id, {QDate(2026, 11, 25), QTime(9, 0)});
    expectHints(&newLesson, "NewLessonDialog");

    LessonFilter filter;
    filter.fromUtc = session().clock().nowUtc().addDays(-7);
    filter.toUtc = session().clock().nowUtc();
    filter.statuses = {LessonStatus::Scheduled};
    const Lesson past = firstLesson(filter);
    LessonDialog lesson(session(), past, all);
    expectHints(&lesson, "LessonDialog (attendance)");
    if (auto* tabs = lesson.findChild<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            expectHints(tabs->widget(i), "LessonDialog (every tab)");
        }
    }

    CalendarIcsDialog ics(session(), all, all.first().meta.id, QDate(2026, 11, 1), QDate(2026, 11, 30));
    expectHints(&ics, "CalendarIcsDialog");

    const QList<Topic> topics = TopicService(session().db(), session().clock()).list({}, {0, 1000})->items;
    CourseDialog course(session(), topics, nullptr);
    expectHints(&course, "CourseDialog");
}

TEST_F(DialogHintsTest, ImportExportAndMatcherDialogs)
{
    ExportDialog exportDialog(session());
    expectHints(&exportDialog, "ExportDialog");
    ImportWizard wizard(session());
    for (int id : wizard.pageIds()) {
        expectHints(wizard.page(id), wizard.page(id)->metaObject()->className());
    }
    EnquiryMatchDialog enquiry(session());
    expectHints(&enquiry, "EnquiryMatchDialog");
    EnrollCourseDialog enroll(QStringLiteral("Li Wei"), QStringLiteral("Python basics"),
                              {{QStringLiteral("m1"), QStringLiteral("Anna Berg")}}, QStringLiteral("m1"),
                              QDate(2026, 11, 23));
    expectHints(&enroll, "EnrollCourseDialog");
}

TEST_F(DialogHintsTest, StudioSecurityAndShellDialogs)
{
    for (auto mode :
         {AccountDialog::Mode::CreateOwner, AccountDialog::Mode::AddAccount, AccountDialog::Mode::ChangePassword}) {
        AccountDialog account(mode, [](const AccountDialog&) -> Result<void> { return {}; });
        account.setMentors({{QStringLiteral("m1"), QStringLiteral("Anna Berg")}});
        expectHints(&account, "AccountDialog");
    }
    NewStudioDialog newStudio(session().clock());
    expectHints(&newStudio, "NewStudioDialog");
    HelpDialog help(QStringLiteral("user-guide"));
    expectHints(&help, "HelpDialog");
    StudioSettingsForm studio;
    expectHints(&studio, "StudioSettingsForm");
    SecuritySettingsForm security(session());
    expectHints(&security, "SecuritySettingsForm");
    AutomaticBackupForm backup;
    expectHints(&backup, "AutomaticBackupForm");
    BackupSummary summary;
    summary.studioName = QStringLiteral("Demo");
    summary.schemaVersion = 5;
    RestoreConfirmDialog restore(QStringLiteral("/tmp/demo.backup"), summary, QStringLiteral("Demo"),
                                 QStringLiteral("/tmp/demo.mentordesk"), session().format());
    expectHints(&restore, "RestoreConfirmDialog");
}

TEST_F(DialogHintsTest, FeedbackDialogs)
{
    const Id learner = firstId(QStringLiteral("learners"));
    RecordRatingDialog rating(session(), learner);
    expectHints(&rating, "RecordRatingDialog");
    RecordAssessmentDialog assessment(session(), learner);
    expectHints(&assessment, "RecordAssessmentDialog");
}
