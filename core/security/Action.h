// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mentordesk {

// One line per action a service checks: X(enumerator, "stable.key"). PermissionPolicy must give every
// action a rule for every role; PermissionMatrixTest walks this list, so an action added here without a
// rule fails the tests.
#define MENTORDESK_ACTIONS(X)                                                                                          \
    X(ViewLearner, "learner.view")                                                                                     \
    X(EditLearner, "learner.edit")                                                                                     \
    X(ArchiveLearner, "learner.archive")                                                                               \
    X(ViewPrivateNotes, "learner.notes")                                                                               \
    X(EditPayer, "payer.edit")                                                                                         \
    X(ManageMentors, "mentor.manage")                                                                                  \
    X(ManageCatalog, "catalog.manage")                                                                                 \
    X(ManageEnrollments, "enrollment.manage")                                                                          \
    X(ScheduleLesson, "lesson.schedule")                                                                               \
    X(RecordAttendance, "lesson.attendance")                                                                           \
    X(EditLessonNotes, "lesson.notes")                                                                                 \
    X(RecordAssessment, "feedback.assessment")                                                                         \
    X(RecordRating, "feedback.rating")                                                                                 \
    X(ManagePlans, "billing.plans")                                                                                    \
    X(RunBilling, "billing.run")                                                                                       \
    X(IssueInvoice, "invoice.issue")                                                                                   \
    X(CreditInvoice, "invoice.credit")                                                                                 \
    X(ViewInvoices, "invoice.view")                                                                                    \
    X(RecordPayment, "payment.record")                                                                                 \
    X(ViewStudioReports, "report.studio")                                                                              \
    X(ManageAccounts, "account.manage")                                                                                \
    X(ChangeOwnPassword, "account.password")                                                                           \
    X(ManageSettings, "studio.settings")                                                                               \
    X(BackupRestore, "studio.backup")                                                                                  \
    X(ImportData, "data.import")                                                                                       \
    X(ExportStudio, "data.export")                                                                                     \
    X(ExportPersonalData, "person.export")                                                                             \
    X(ErasePerson, "person.erase")                                                                                     \
    X(ViewPayer, "payer.view")                                                                                         \
    X(ViewMentors, "mentor.view")                                                                                      \
    X(ViewCatalog, "catalog.view")                                                                                     \
    X(ViewLessons, "lesson.view")                                                                                      \
    X(ViewFeedback, "feedback.view")                                                                                   \
    X(ViewAssessments, "feedback.assessment.view")                                                                     \
    X(ViewPlans, "billing.plans.view")                                                                                 \
    X(ViewStudio, "studio.view")                                                                                       \
    X(ViewAuditLog, "audit.view")

/// Something a service does on behalf of an account.
enum class Action
{
#define MENTORDESK_ACTION_ENUM(name, key) name,
    MENTORDESK_ACTIONS(MENTORDESK_ACTION_ENUM)
#undef MENTORDESK_ACTION_ENUM
};

/// Every action, in declaration order.
[[nodiscard]] const QList<Action>& allActions();
/// Stable key ("learner.view"), used in the audit log and in error messages.
[[nodiscard]] QString actionKey(Action action);

/// How the record an action touches relates to the acting account.
enum class Ownership
{
    Own,    ///< It belongs to the actor's mentor (their learner, lesson, note) or is the actor's account.
    Other,  ///< It belongs to another mentor.
    Studio, ///< It belongs to no mentor (catalog, settings, invoices, the studio as a whole).
};

} // namespace mentordesk
