// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/EnrollmentService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "courses/CourseRepository.h"
#include "courses/CourseValidator.h"
#include "courses/EnrollmentRepository.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "studio/StudioService.h"

#include <QTimeZone>

namespace mentordesk {

namespace {
const QString kLearnerId = QStringLiteral("learner_id");
const QString kMentorId = QStringLiteral("mentor_id");
const QString kCourseId = QStringLiteral("course_id");
} // namespace

EnrollmentService::EnrollmentService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QDate EnrollmentService::today()
{
    const QDateTime now = m_clock.nowUtc();
    auto studio = StudioService(m_db, m_clock).settings();
    if (studio) {
        const QTimeZone zone(studio->timeZone.toLatin1());
        if (zone.isValid()) {
            return now.toTimeZone(zone).date();
        }
    }
    return now.date();
}

Result<Enrollment> EnrollmentService::applyChanges(Enrollment e, const EnrollmentChanges& changes,
                                                   const QString& courseTitle, int courseMinutes, bool checkMentor)
{
    auto mentorId = Validation::requiredId(changes.mentorId, {kMentorId, tr("Mentor")});
    if (!mentorId) {
        return fail(mentorId.error());
    }
    if (checkMentor) {
        auto mentor = EnrollmentRepository(m_db).mentor(*mentorId);
        if (!mentor) {
            return fail(mentor.error());
        }
        if (!mentor->has_value()) {
            return fail(Error::invalid(kMentorId, tr("There is no mentor with id “%1”.").arg(changes.mentorId)));
        }
        if ((*mentor)->archived) {
            return fail(Error::invalid(kMentorId, tr("The mentor %1 is archived; restore them before enrolling "
                                                     "learners with them.")
                                                      .arg((*mentor)->name)));
        }
    }
    e.mentorId = *mentorId;

    QString title = changes.title.trimmed();
    if (title.isEmpty() && courseTitle.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("title"), tr("Free-form mentoring needs a title.")));
    }
    auto cleanTitle =
        Validation::requiredText(title.isEmpty() ? courseTitle : title, {QStringLiteral("title"), tr("Title")});
    if (!cleanTitle) {
        return fail(cleanTitle.error());
    }
    e.title = *cleanTitle;

    const int efficiency = changes.efficiencyPermille.value_or(kDefaultEfficiencyPermille);
    if (efficiency < 50 || efficiency > 2000) {
        return fail(Error::invalid(QStringLiteral("efficiency_permille"),
                                   tr("Efficiency must be between 0.05 and 2.0, that is 50 to 2000 per mille (got "
                                      "%1 per mille).")
                                       .arg(efficiency)));
    }
    e.efficiencyPermille = efficiency;

    if (!changes.targetMinutes && courseMinutes == 0) {
        return fail(Error::invalid(QStringLiteral("target_minutes"),
                                   tr("Free-form mentoring needs target hours greater than zero.")));
    }
    const int target = changes.targetMinutes.value_or(courseMinutes);
    if (target <= 0 || target > CourseValidator::kMaxMinutes) {
        return fail(Error::invalid(
            QStringLiteral("target_minutes"),
            tr("Target time must be more than 0 and at most 10,000 hours (got %1 minutes).").arg(target)));
    }
    e.targetMinutes = target;

    if (!changes.startDate.isValid()) {
        return fail(Error::invalid(QStringLiteral("start_date"), tr("The start date is missing.")));
    }
    e.startDate = changes.startDate;
    if (changes.plannedEndDate.isValid() && changes.plannedEndDate < changes.startDate) {
        return fail(Error::invalid(
            QStringLiteral("planned_end_date"),
            tr("The planned end (%1) must not be before the start (%2).")
                .arg(changes.plannedEndDate.toString(Qt::ISODate), changes.startDate.toString(Qt::ISODate))));
    }
    e.plannedEndDate = changes.plannedEndDate;
    return e;
}

Result<void> EnrollmentService::requireNoOtherActive(const Enrollment& e)
{
    if (e.isFreeForm() || e.status != EnrollmentStatus::Active) {
        return {};
    }
    auto other = EnrollmentRepository(m_db).activeFor(e.learnerId, e.courseId, e.meta.id);
    if (!other) {
        return fail(other.error());
    }
    if (other->has_value()) {
        return fail(Error::conflict(tr("The learner already has an active enrollment in “%1” (%2); pause, complete "
                                       "or cancel it first.")
                                        .arg(e.title, **other),
                                    kCourseId));
    }
    return {};
}

Result<Enrollment> EnrollmentService::enroll(const EnrollmentInput& input)
{
    if (auto allowed = Guard::mentor(m_db, Action::ManageEnrollments, input.mentorId); !allowed) {
        return fail(allowed.error());
    }
    // Why: a mentor enrolls only learners already theirs; the owner or front desk assigns new ones.
    if (auto allowed = Guard::learner(m_db, Action::ManageEnrollments, input.learnerId); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto learnerId = Validation::requiredId(input.learnerId, {kLearnerId, tr("Learner")});
    if (!learnerId) {
        return fail(learnerId.error());
    }
    auto learner = EnrollmentRepository(m_db).learner(*learnerId);
    if (!learner) {
        return fail(learner.error());
    }
    if (!learner->has_value()) {
        return fail(Error::invalid(kLearnerId, tr("There is no learner with id “%1”.").arg(input.learnerId)));
    }
    if ((*learner)->archived) {
        return fail(Error::invalid(
            kLearnerId, tr("The learner %1 is archived; restore them before enrolling them.").arg((*learner)->name)));
    }
    Enrollment e;
    e.learnerId = *learnerId;
    QString courseTitle;
    int courseMinutes = 0;
    if (!input.courseId.trimmed().isEmpty()) {
        auto courseId = Validation::requiredId(input.courseId, {kCourseId, tr("Course")});
        if (!courseId) {
            return fail(courseId.error());
        }
        auto course = CourseRepository(m_db).find(*courseId);
        if (!course) {
            return fail(course.error());
        }
        if (!course->has_value()) {
            return fail(Error::invalid(kCourseId, tr("There is no course with id “%1”.").arg(input.courseId)));
        }
        if ((*course)->isArchived()) {
            return fail(Error::invalid(
                kCourseId, tr("The course “%1” is archived and takes no new enrollments.").arg((*course)->title)));
        }
        e.courseId = *courseId;
        courseTitle = (*course)->title;
        courseMinutes = (*course)->contentMinutes;
    }
    const EnrollmentChanges changes{input.mentorId,
                                    input.title,
                                    input.efficiencyPermille,
                                    input.targetMinutes,
                                    input.startDate.isValid() ? input.startDate : today(),
                                    input.plannedEndDate};
    auto applied = applyChanges(e, changes, courseTitle, courseMinutes, true);
    if (!applied) {
        return fail(applied.error());
    }
    e = *applied;
    e.meta.id = newId();
    e.meta.createdAt = e.meta.updatedAt = m_clock.nowUtc();
    e.meta.updatedBy = m_db.deviceId();
    e.meta.version = 1;
    e.status = EnrollmentStatus::Active;
    if (auto ok = requireNoOtherActive(e); !ok) {
        return fail(ok.error());
    }
    if (auto ok = EnrollmentRepository(m_db).insert(e); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return e;
}

Result<Enrollment> EnrollmentService::get(const Id& id)
{
    if (auto allowed = Guard::enrollment(m_db, Action::ViewLearner, id); !allowed) {
        return fail(allowed.error());
    }
    auto found = EnrollmentRepository(m_db).find(id.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no enrollment with id %1.").arg(id)));
    }
    return **found;
}

Result<Enrollment> EnrollmentService::edit(const Id& id, const EnrollmentChanges& changes, qint64 expectedVersion)
{
    if (auto allowed = Guard::enrollment(m_db, Action::ManageEnrollments, id); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    QString courseTitle;
    int courseMinutes = 0;
    if (!current->isFreeForm()) {
        auto course = CourseRepository(m_db).find(current->courseId);
        if (!course) {
            return fail(course.error());
        }
        if (course->has_value()) {
            courseTitle = (*course)->title;
            courseMinutes = (*course)->contentMinutes;
        }
    }
    const bool mentorChanged = changes.mentorId.trimmed().toLower() != current->mentorId;
    if (mentorChanged && !changes.mentorId.trimmed().isEmpty()) {
        // Why: a mentor may not hand an enrollment to another mentor.
        if (auto allowed = Guard::mentor(m_db, Action::ManageEnrollments, changes.mentorId); !allowed) {
            return fail(allowed.error());
        }
    }
    auto e = applyChanges(*current, changes, courseTitle, courseMinutes, mentorChanged);
    if (!e) {
        return fail(e.error());
    }
    if (expectedVersion > 0) {
        e->meta.version = expectedVersion;
    }
    e->meta.updatedAt = m_clock.nowUtc();
    if (auto ok = EnrollmentRepository(m_db).update(*e); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++e->meta.version;
    return e;
}

Result<Enrollment> EnrollmentService::setStatus(const Id& id, EnrollmentStatus status)
{
    if (auto allowed = Guard::enrollment(m_db, Action::ManageEnrollments, id); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto e = get(id);
    if (!e) {
        return e;
    }
    if (e->status == status) {
        return fail(Error::refused(
            tr("The enrollment “%1” already has the status “%2”.").arg(e->title, enrollmentStatusName(status))));
    }
    e->status = status;
    if (auto ok = requireNoOtherActive(*e); !ok) {
        return fail(ok.error());
    }
    e->meta.updatedAt = m_clock.nowUtc();
    if (auto ok = EnrollmentRepository(m_db).update(*e); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++e->meta.version;
    return e;
}

Result<Page<Enrollment>> EnrollmentService::list(const EnrollmentFilter& filter, PageRequest page)
{
    auto scope = Guard::listScope(m_db, Action::ViewLearner);
    if (!scope) {
        return fail(scope.error());
    }
    EnrollmentFilter scoped = filter;
    if (!scope->isEmpty()) {
        if (!filter.mentorId.isEmpty() && filter.mentorId.trimmed().toLower() != *scope) {
            if (auto allowed = Guard::mentor(m_db, Action::ViewLearner, filter.mentorId); !allowed) {
                return fail(allowed.error());
            }
            return Page<Enrollment>{};
        }
        scoped.mentorId = *scope; // a mentor sees only their own enrollments
    }
    return EnrollmentRepository(m_db).list(scoped, page);
}

Result<QList<Enrollment>> EnrollmentService::forLearner(const Id& learnerId)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewLearner, learnerId); !allowed) {
        return fail(allowed.error());
    }
    EnrollmentFilter filter;
    filter.learnerId = learnerId.trimmed().toLower();
    auto page = EnrollmentRepository(m_db).list(filter, {0, 10000});
    if (!page) {
        return fail(page.error());
    }
    return page->items;
}

} // namespace mentordesk
