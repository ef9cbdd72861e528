// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/EnrollmentPicker.h"

#include "common/Validation.h"
#include "courses/EnrollmentService.h"

namespace mentordesk {

EnrollmentPicker::EnrollmentPicker(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_courses(db, NamedTable::Courses)
{}

Result<Enrollment> EnrollmentPicker::byId(const QString& text)
{
    auto id = Validation::requiredId(text, {QStringLiteral("enrollment"), tr("Enrollment")});
    if (!id) {
        return fail(id.error());
    }
    if (const auto it = m_byId.constFind(*id); it != m_byId.cend()) {
        return *it;
    }
    auto e = EnrollmentService(m_db, m_clock).get(*id);
    if (!e) {
        if (e.error().code == ErrorCode::NotFound) {
            return fail(Error::invalid(QStringLiteral("enrollment"), e.error().message));
        }
        return fail(e.error());
    }
    m_byId.insert(*id, *e);
    return *e;
}

Result<Enrollment> EnrollmentPicker::forLearner(const Id& learnerId, const QString& learnerName, const QString& course)
{
    auto it = m_byLearner.constFind(learnerId);
    if (it == m_byLearner.cend()) {
        auto all = EnrollmentService(m_db, m_clock).forLearner(learnerId);
        if (!all) {
            return fail(all.error());
        }
        it = m_byLearner.insert(learnerId, *all);
    }
    if (auto ok = m_courses.load(); !ok) {
        return fail(ok.error());
    }
    const QString wanted = ReferenceIndex::nameKey(course);
    const QString wantedId = course.trimmed().toLower();
    QList<Enrollment> candidates;
    QStringList titles;
    for (const Enrollment& e : *it) {
        if (e.status != EnrollmentStatus::Active && e.status != EnrollmentStatus::Paused) {
            continue;
        }
        if (!wanted.isEmpty() && (e.courseId.isEmpty() || e.courseId != wantedId) &&
            ReferenceIndex::nameKey(e.title) != wanted &&
            ReferenceIndex::nameKey(m_courses.nameOf(e.courseId)) != wanted) {
            continue;
        }
        candidates.append(e);
        const QString title = e.title.isEmpty() ? m_courses.nameOf(e.courseId) : e.title;
        titles.append(title.isEmpty() ? e.meta.id : title);
    }
    if (candidates.size() == 1) {
        return candidates.constFirst();
    }
    if (candidates.isEmpty()) {
        if (wanted.isEmpty()) {
            return fail(Error::invalid(
                QStringLiteral("learner"),
                tr("%1 has no active enrollment; enroll them before importing lessons.").arg(learnerName)));
        }
        return fail(Error::invalid(QStringLiteral("course"),
                                   tr("%1 has no active enrollment in “%2”.").arg(learnerName, course.trimmed())));
    }
    return fail(
        Error::invalid(wanted.isEmpty() ? QStringLiteral("learner") : QStringLiteral("course"),
                       tr("%1 has %n active enrollment(s) that fit (%2); add a course column or the enrollment id.",
                          nullptr, static_cast<int>(candidates.size()))
                           .arg(learnerName, titles.join(QStringLiteral(", ")))));
}

} // namespace mentordesk
