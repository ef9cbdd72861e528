// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/FirstStepsService.h"

#include "security/Guard.h"
#include "studio/FirstStepsRepository.h"

namespace mentordesk {

FirstStepsService::FirstStepsService(Database& db)
    : m_db(db)
{}

Result<FirstSteps> FirstStepsService::status()
{
    // Why ViewLessons: a mentor account sees (and is counted by) its own learners and lessons only.
    auto scope = Guard::listScope(m_db, Action::ViewLessons);
    if (!scope) {
        return fail(scope.error());
    }
    FirstSteps f;
    f.showAddLearner = Guard::reaches(m_db, Action::EditLearner);
    f.showSchedule = Guard::reaches(m_db, Action::ScheduleLesson);
    f.showAttendance = Guard::reaches(m_db, Action::RecordAttendance);
    f.showBilling = Guard::studio(m_db, Action::RunBilling).has_value();

    FirstStepsRepository repo(m_db, *scope);
    auto learner = repo.hasLearner();
    auto lesson = repo.hasLesson();
    auto recorded = repo.hasRecordedLesson();
    if (!learner || !lesson || !recorded) {
        return fail(!learner ? learner.error() : !lesson ? lesson.error() : recorded.error());
    }
    f.hasLearner = *learner;
    f.hasLesson = *lesson;
    f.hasRecorded = *recorded;
    if (f.showBilling) {
        auto invoice = repo.hasInvoice();
        if (!invoice) {
            return fail(invoice.error());
        }
        f.hasInvoice = *invoice;
    }
    return f;
}

} // namespace mentordesk
