// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackLookup.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "courses/CourseService.h"
#include "courses/EnrollmentService.h"
#include "courses/TopicService.h"
#include "feedback/FeedbackService.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "security/PermissionPolicy.h"
#include "shell/StudioSession.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

namespace {

constexpr PageRequest kAll{0, 10000};

} // namespace

FeedbackLookup::FeedbackLookup(StudioSession& session, const Id& learnerId)
    : m_session(session)
    , m_learnerId(learnerId)
{
    if (auto learner = LearnerService(session.db(), session.clock()).get(learnerId)) {
        m_learnerName = learner->name;
        m_mainMentor = learner->mentorId;
    }
    if (auto enrollments = EnrollmentService(session.db(), session.clock()).forLearner(learnerId)) {
        m_enrollments = std::move(*enrollments);
    }
    readNames();
}

const QList<FeedbackChoice>& FeedbackLookup::lessons() const
{
    if (!m_lessons) {
        readLessons();
    }
    return *m_lessons;
}

void FeedbackLookup::readNames()
{
    MentorFilter mentors;
    mentors.includeArchived = true;
    if (auto page = MentorService(m_session.db(), m_session.clock()).list(mentors, kAll)) {
        for (const Mentor& m : std::as_const(page->items)) {
            m_mentorNames.insert(m.meta.id, m.name);
            if (!m.isArchived() && m.role != MentorRole::FrontDesk) {
                m_teachers.append({m.meta.id, m.name});
            }
        }
    }
    CourseFilter courses;
    courses.includeArchived = true;
    CourseService courseService(m_session.db(), m_session.clock());
    if (auto page = courseService.list(courses, kAll)) {
        for (const Course& c : std::as_const(page->items)) {
            m_courseTitles.insert(c.meta.id, c.title);
        }
    }
    if (auto page = TopicService(m_session.db(), m_session.clock()).list(TopicFilter{}, kAll)) {
        for (const Topic& t : std::as_const(page->items)) {
            m_topicNames.insert(t.meta.id, t.name);
            m_allTopics.append({t.meta.id, t.name});
        }
    }
    for (const Enrollment& e : std::as_const(m_enrollments)) {
        if (!e.isFreeForm() && !m_courseTopics.contains(e.courseId)) {
            auto course = courseService.get(e.courseId);
            m_courseTopics.insert(e.courseId, course ? course->topics : QList<Id>());
        }
    }
}

void FeedbackLookup::readLessons() const
{
    m_lessons.emplace();
    const QDateTime now = m_session.clock().nowUtc();
    LessonFilter filter;
    filter.learnerId = m_learnerId;
    filter.fromUtc = now.addDays(-kRecentDays);
    filter.toUtc = now;
    filter.statuses = {LessonStatus::Held};
    auto page = LessonService(m_session.db(), m_session.clock()).list(filter, kAll);
    if (!page) {
        return;
    }
    QHash<Id, QString> titles;
    for (const Enrollment& e : std::as_const(m_enrollments)) {
        titles.insert(e.meta.id, e.title);
    }
    for (auto it = page->items.crbegin(); it != page->items.crend() && m_lessons->size() < kRecentLessons; ++it) {
        const Lesson& l = *it;
        const auto a = std::find_if(l.attendees.cbegin(), l.attendees.cend(),
                                    [&](const Attendee& x) { return x.learnerId == m_learnerId; });
        if (a == l.attendees.cend() || (a->status && *a->status != LessonStatus::Held)) {
            continue; // absent: cannot rate it
        }
        m_lessons->append({l.meta.id, tr("%1 · %2 · %3")
                                          .arg(m_session.format().dateTime(l.startsAt),
                                               titles.value(a->enrollmentId, tr("Lesson")), l.mentorName)});
    }
}

QList<FeedbackChoice> FeedbackLookup::courses() const
{
    QList<FeedbackChoice> out;
    QSet<Id> seen;
    for (const Enrollment& e : m_enrollments) {
        if (!e.isFreeForm() && !seen.contains(e.courseId)) {
            seen.insert(e.courseId);
            out.append({e.courseId, m_courseTitles.value(e.courseId, e.title)});
        }
    }
    return out;
}

QList<FeedbackChoice> FeedbackLookup::mentors() const
{
    QList<FeedbackChoice> out;
    QSet<Id> seen;
    auto add = [&](const Id& id) {
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out.append({id, mentorName(id)});
        }
    };
    add(m_mainMentor);
    for (const Enrollment& e : m_enrollments) {
        add(e.mentorId);
    }
    return out;
}

QList<FeedbackChoice> FeedbackLookup::topicsOf(const Id& enrollmentId) const
{
    const auto e = std::find_if(m_enrollments.cbegin(), m_enrollments.cend(),
                                [&](const Enrollment& x) { return x.meta.id == enrollmentId; });
    if (e == m_enrollments.cend() || e->isFreeForm()) {
        return m_allTopics;
    }
    QList<FeedbackChoice> out;
    for (const Id& topic : m_courseTopics.value(e->courseId)) {
        out.append({topic, topicName(topic)});
    }
    return out;
}

QString FeedbackLookup::lessonLabel(const Id& id) const
{
    for (const FeedbackChoice& c : m_lessons.value_or(QList<FeedbackChoice>())) {
        if (c.id == id) {
            return c.label;
        }
    }
    auto lesson = LessonService(m_session.db(), m_session.clock()).get(id);
    return lesson ? tr("%1 · %2").arg(m_session.format().dateTime(lesson->startsAt), lesson->mentorName) : id;
}

bool FeedbackLookup::mayDo(const StudioSession& session, Action action)
{
    const Actor actor = session.actor();
    const auto rule = PermissionPolicy::rule(action);
    return actor.signedIn && rule && rule->scopeOf(actor.role) != Scope::None;
}

QDate FeedbackLookup::today(const StudioSession& session)
{
    return session.format().toLocal(session.clock().nowUtc()).date();
}

Result<QDateTime> FeedbackLookup::instantOf(StudioSession& session, const QDate& date, const QString& fieldKey)
{
    return FeedbackService(session.db(), session.clock()).instantOfDay(date, fieldKey, tr("Date"));
}

} // namespace mentordesk
