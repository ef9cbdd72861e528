// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/Access.h"
#include "security/PermissionPolicy.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

const QList<Role> kRoles = {Role::Owner, Role::Mentor, Role::FrontDesk};
const QList<Ownership> kOwnerships = {Ownership::Own, Ownership::Other, Ownership::Studio};

/// The expected matrix, written out independently of PermissionPolicy's table: for each action the
/// scope of mentor and front desk ('N' none, 'O' own records only, 'A' all). The owner may do everything.
struct Expected
{
    Action action;
    char mentor;
    char frontDesk;
};

const QList<Expected> kExpected = {
    {Action::ViewLearner, 'O', 'A'},        {Action::EditLearner, 'O', 'A'},
    {Action::ArchiveLearner, 'O', 'N'},     {Action::ViewPrivateNotes, 'O', 'N'},
    {Action::EditPayer, 'N', 'A'},          {Action::ManageMentors, 'N', 'N'},
    {Action::ManageCatalog, 'N', 'N'},      {Action::ManageEnrollments, 'O', 'A'},
    {Action::ScheduleLesson, 'O', 'A'},     {Action::RecordAttendance, 'O', 'A'},
    {Action::EditLessonNotes, 'O', 'N'},    {Action::RecordAssessment, 'O', 'N'},
    {Action::RecordRating, 'O', 'A'},       {Action::ManagePlans, 'N', 'N'},
    {Action::RunBilling, 'N', 'N'},         {Action::IssueInvoice, 'N', 'N'},
    {Action::CreditInvoice, 'N', 'N'},      {Action::ViewInvoices, 'N', 'A'},
    {Action::RecordPayment, 'N', 'A'},      {Action::ViewStudioReports, 'N', 'N'},
    {Action::ManageAccounts, 'N', 'N'},     {Action::ChangeOwnPassword, 'O', 'O'},
    {Action::ManageSettings, 'N', 'N'},     {Action::BackupRestore, 'N', 'N'},
    {Action::ImportData, 'N', 'N'},         {Action::ExportStudio, 'N', 'N'},
    {Action::ExportPersonalData, 'N', 'N'}, {Action::ErasePerson, 'N', 'N'},
    {Action::ViewAuditLog, 'N', 'N'},       {Action::ViewPayer, 'O', 'A'},
    {Action::ViewMentors, 'A', 'A'},        {Action::ViewCatalog, 'A', 'A'},
    {Action::ViewLessons, 'O', 'A'},        {Action::ViewFeedback, 'O', 'A'},
    {Action::ViewAssessments, 'O', 'N'},    {Action::ViewPlans, 'N', 'A'},
    {Action::ViewStudio, 'A', 'A'},
};

bool expectedAllows(char scope, Ownership ownership)
{
    return scope == 'A' || (scope == 'O' && ownership == Ownership::Own);
}

} // namespace

TEST(PermissionMatrixTest, EveryActionHasAPolicyAndAnExpectedRow)
{
    QSet<QString> keys;
    for (Action action : allActions()) {
        EXPECT_TRUE(PermissionPolicy::rule(action).has_value()) << "no policy for " << actionKey(action).toStdString();
        const bool listed =
            std::any_of(kExpected.begin(), kExpected.end(), [action](const Expected& e) { return e.action == action; });
        EXPECT_TRUE(listed) << "the matrix test does not cover " << actionKey(action).toStdString();
        EXPECT_FALSE(actionKey(action).isEmpty());
        keys.insert(actionKey(action));
    }
    EXPECT_EQ(keys.size(), allActions().size()) << "action keys must be unique";
    EXPECT_EQ(kExpected.size(), allActions().size());
}

TEST(PermissionMatrixTest, EveryRoleActionAndOwnershipCase)
{
    int cases = 0;
    for (const Expected& e : kExpected) {
        for (Ownership ownership : kOwnerships) {
            for (Role role : kRoles) {
                const bool want = role == Role::Owner    ? true
                                  : role == Role::Mentor ? expectedAllows(e.mentor, ownership)
                                                         : expectedAllows(e.frontDesk, ownership);
                EXPECT_EQ(PermissionPolicy::allows(role, e.action, ownership), want)
                    << roleKey(role).toStdString() << " " << actionKey(e.action).toStdString() << " ownership "
                    << static_cast<int>(ownership);
                const Actor actor{QStringLiteral("a"), QStringLiteral("u"), role, QStringLiteral("m")};
                const auto checked = Access::require(actor, e.action, ownership);
                EXPECT_EQ(checked.has_value(), want);
                if (!checked) {
                    EXPECT_EQ(checked.error().code, ErrorCode::Refused);
                    EXPECT_EQ(checked.error().field, QStringLiteral("permission"));
                }
                ++cases;
            }
        }
    }
    EXPECT_EQ(cases, allActions().size() * 9);
}

TEST(PermissionMatrixTest, OwnershipFollowsTheRecordsMentor)
{
    const Actor mentor{QStringLiteral("a"), QStringLiteral("ann"), Role::Mentor, QStringLiteral("m1")};
    EXPECT_EQ(mentor.ownershipOf(QStringLiteral("m1")), Ownership::Own);
    EXPECT_EQ(mentor.ownershipOf(QStringLiteral("m2")), Ownership::Other);
    EXPECT_EQ(mentor.ownershipOf(std::nullopt), Ownership::Studio);
    const Actor desk{QStringLiteral("b"), QStringLiteral("desk"), Role::FrontDesk, std::nullopt};
    EXPECT_EQ(desk.ownershipOf(QStringLiteral("m1")), Ownership::Other);
    EXPECT_EQ(Actor::localOwner().role, Role::Owner);
}
