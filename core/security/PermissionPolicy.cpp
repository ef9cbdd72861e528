// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PermissionPolicy.h"

#include <QHash>

namespace mentordesk {

namespace {

constexpr Scope N = Scope::None;
constexpr Scope O = Scope::Own;
constexpr Scope A = Scope::All;

const QHash<Action, PermissionRule>& rules()
{
    // clang-format off
    //                                                          owner mentor front desk
    static const QHash<Action, PermissionRule> table = {
        {Action::ViewLearner,        {A, O, A}},
        {Action::EditLearner,        {A, O, A}},
        {Action::ArchiveLearner,     {A, O, N}},
        {Action::ViewPrivateNotes,   {A, O, N}},
        {Action::EditPayer,          {A, N, A}},
        {Action::ManageMentors,      {A, N, N}},
        {Action::ManageCatalog,      {A, N, N}},
        {Action::ManageEnrollments,  {A, O, A}},
        {Action::ScheduleLesson,     {A, O, A}},
        {Action::RecordAttendance,   {A, O, A}},
        {Action::EditLessonNotes,    {A, O, N}},
        {Action::RecordAssessment,   {A, O, N}},
        {Action::RecordRating,       {A, O, A}},
        {Action::ManagePlans,        {A, N, N}},
        {Action::RunBilling,         {A, N, N}},
        {Action::IssueInvoice,       {A, N, N}},
        {Action::CreditInvoice,      {A, N, N}},
        {Action::ViewInvoices,       {A, N, A}},
        {Action::RecordPayment,      {A, N, A}},
        {Action::ViewStudioReports,  {A, N, N}},
        {Action::ManageAccounts,     {A, N, N}},
        {Action::ChangeOwnPassword,  {A, O, O}},
        {Action::ManageSettings,     {A, N, N}},
        {Action::BackupRestore,      {A, N, N}},
        {Action::ImportData,         {A, N, N}},
        {Action::ExportStudio,       {A, N, N}},
        {Action::ExportPersonalData, {A, N, N}},
        {Action::ErasePerson,        {A, N, N}},
        {Action::ViewPayer,          {A, O, A}},
        {Action::ViewMentors,        {A, A, A}},
        {Action::ViewCatalog,        {A, A, A}},
        {Action::ViewLessons,        {A, O, A}},
        {Action::ViewFeedback,       {A, O, A}},
        {Action::ViewAssessments,    {A, O, N}},
        {Action::ViewPlans,          {A, N, A}},
        {Action::ViewStudio,         {A, A, A}},
        {Action::ViewAuditLog,       {A, N, N}},
    };
    // clang-format on
    return table;
}

} // namespace

Scope PermissionRule::scopeOf(Role role) const
{
    switch (role) {
    case Role::Owner:
        return owner;
    case Role::Mentor:
        return mentor;
    case Role::FrontDesk:
        return frontDesk;
    }
    return Scope::None;
}

std::optional<PermissionRule> PermissionPolicy::rule(Action action)
{
    const auto it = rules().constFind(action);
    if (it == rules().constEnd()) {
        return std::nullopt;
    }
    return *it;
}

bool PermissionPolicy::allows(Role role, Action action, Ownership ownership)
{
    const std::optional<PermissionRule> r = rule(action);
    if (!r) {
        return false;
    }
    switch (r->scopeOf(role)) {
    case Scope::None:
        return false;
    case Scope::Own:
        return ownership == Ownership::Own;
    case Scope::All:
        return true;
    }
    return false;
}

} // namespace mentordesk
