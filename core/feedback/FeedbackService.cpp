// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/FeedbackService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "feedback/AssessmentRepository.h"
#include "feedback/FeedbackSettingsRepository.h"
#include "feedback/RatingRepository.h"
#include "lessons/LessonReferenceRepository.h"
#include "lessons/LessonRepository.h"
#include "lessons/StudioTimeZone.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <tuple>

namespace mentordesk {

FeedbackService::FeedbackService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Id> FeedbackService::requireTarget(RatingTarget target, const Id& targetId, const Id& learnerId)
{
    const QString key = ratingTargetToString(target);
    auto id = Validation::requiredId(targetId, {key, ratingTargetDisplayName(target)});
    if (!id) {
        return fail(id.error());
    }
    if (target == RatingTarget::Mentor) {
        if (auto ok = requireRow(m_db, QStringLiteral("mentors"), *id, key, tr("mentor")); !ok) {
            return fail(ok.error());
        }
        return *id;
    }
    if (target == RatingTarget::Course) {
        if (auto ok = requireRow(m_db, QStringLiteral("courses"), *id, key, tr("course")); !ok) {
            return fail(ok.error());
        }
        return *id;
    }
    auto lesson = LessonRepository(m_db).find(*id);
    if (!lesson) {
        return fail(lesson.error());
    }
    if (!lesson->has_value()) {
        return fail(Error::invalid(key, tr("There is no lesson with id “%1”.").arg(*id)));
    }
    const Lesson& l = **lesson;
    const auto it = std::find_if(l.attendees.cbegin(), l.attendees.cend(),
                                 [&](const Attendee& a) { return a.learnerId == learnerId; });
    if (it == l.attendees.cend()) {
        return fail(Error::invalid(key, tr("The learner did not take part in this lesson, so cannot rate it.")));
    }
    if (l.status != LessonStatus::Held || (it->status && *it->status != LessonStatus::Held)) {
        return fail(
            Error::invalid(key, tr("%1 did not attend this lesson (it is recorded as “%2”), so cannot rate it.")
                                    .arg(it->learnerName, lessonStatusDisplayName(it->status.value_or(l.status)))));
    }
    return *id;
}

Result<Rating> FeedbackService::rate(const RatingInput& input)
{
    if (auto allowed = Guard::learner(m_db, Action::RecordRating, input.learnerId); !allowed) {
        return fail(allowed.error());
    }
    auto learner = Validation::requiredId(input.learnerId, {QStringLiteral("learner"), tr("Learner")});
    if (!learner) {
        return fail(learner.error());
    }
    if (auto ok = Validation::inRange(input.stars, 1, 5, {QStringLiteral("stars"), tr("Stars")}); !ok) {
        return fail(ok.error());
    }
    auto comment =
        Validation::optionalText(input.comment, {QStringLiteral("comment"), tr("Comment")}, kMaxCommentLength);
    if (!comment) {
        return fail(comment.error());
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime ratedAt = input.ratedAt.isValid() ? input.ratedAt.toUTC() : now;
    if (ratedAt > now) {
        return fail(Error::invalid(QStringLiteral("rated_at"), tr("A rating cannot be dated in the future.")));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = requireRow(m_db, QStringLiteral("learners"), *learner, QStringLiteral("learner"), tr("learner"));
        !ok) {
        return fail(ok.error());
    }
    auto targetId = requireTarget(input.target, input.targetId, *learner);
    if (!targetId) {
        return fail(targetId.error());
    }
    RatingRepository repo(m_db);
    auto existing = repo.findFor(*learner, input.target, *targetId);
    if (!existing) {
        return fail(existing.error());
    }
    Rating r;
    if (existing->has_value()) {
        r = **existing;
        r.stars = input.stars;
        r.comment = *comment;
        r.ratedAt = ratedAt;
        r.meta.updatedAt = now;
        if (auto ok = repo.update(r); !ok) {
            return fail(ok.error());
        }
        ++r.meta.version;
        r.meta.updatedBy = m_db.deviceId();
    } else {
        r.meta.id = newId();
        r.meta.createdAt = r.meta.updatedAt = now;
        r.meta.updatedBy = m_db.deviceId();
        r.meta.version = 1;
        r.learnerId = *learner;
        r.target = input.target;
        (input.target == RatingTarget::Lesson   ? r.lessonId
         : input.target == RatingTarget::Mentor ? r.mentorId
                                                : r.courseId) = *targetId;
        r.stars = input.stars;
        r.comment = *comment;
        r.ratedAt = ratedAt;
        if (auto ok = repo.insert(r); !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return r;
}

Result<void> FeedbackService::ratingsAllowed(const RatingFilter& filter)
{
    if (!filter.learnerId.isEmpty()) {
        return Guard::learner(m_db, Action::ViewFeedback, filter.learnerId);
    }
    if (!filter.lessonId.isEmpty()) {
        return Guard::lesson(m_db, Action::ViewFeedback, filter.lessonId);
    }
    return Guard::studio(m_db, Action::ViewFeedback); // studio-wide: not for a mentor account
}

Result<Page<Rating>> FeedbackService::ratings(const RatingFilter& filter, PageRequest page)
{
    if (auto allowed = ratingsAllowed(filter); !allowed) {
        return fail(allowed.error());
    }
    RatingFilter f = filter;
    for (Id* id : {&f.learnerId, &f.lessonId, &f.mentorId, &f.courseId}) {
        *id = id->trimmed().toLower();
    }
    return RatingRepository(m_db).list(f, page);
}

Result<FeedbackPreferences> FeedbackService::preferences()
{
    if (auto allowed = Guard::studio(m_db, Action::ViewStudio); !allowed) {
        return fail(allowed.error());
    }
    return FeedbackSettingsRepository(m_db).load();
}

Result<FeedbackPreferences> FeedbackService::savePreferences(const FeedbackPreferences& preferences)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageSettings); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto ok = FeedbackSettingsRepository(m_db).save(preferences); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return preferences;
}

Result<MentorRatingView> FeedbackService::ratingsSeenBy(const Id& mentorId, const RatingFilter& filter,
                                                        PageRequest page)
{
    if (auto allowed = Guard::mentor(m_db, Action::ViewFeedback, mentorId); !allowed) {
        return fail(allowed.error());
    }
    auto mentor = Validation::requiredId(mentorId, {QStringLiteral("mentor"), tr("Mentor")});
    if (!mentor) {
        return fail(mentor.error());
    }
    if (auto ok = requireRow(m_db, QStringLiteral("mentors"), *mentor, QStringLiteral("mentor"), tr("mentor")); !ok) {
        return fail(ok.error());
    }
    auto prefs = preferences();
    if (!prefs) {
        return fail(prefs.error());
    }
    RatingFilter f = filter;
    for (Id* id : {&f.learnerId, &f.lessonId, &f.mentorId, &f.courseId}) {
        *id = id->trimmed().toLower();
    }
    RatingRepository repo(m_db);
    MentorRatingView view;
    view.blind = prefs->blindRatings;
    auto visible = repo.list(f, page, view.blind ? *mentor : Id());
    if (!visible) {
        return fail(visible.error());
    }
    view.ratings = std::move(*visible);
    if (view.blind) {
        auto all = repo.list(f, {0, 1});
        if (!all) {
            return fail(all.error());
        }
        view.hidden = all->total - view.ratings.total;
    }
    return view;
}

Result<Assessment> FeedbackService::assess(const AssessmentInput& input)
{
    if (auto allowed = Guard::learner(m_db, Action::RecordAssessment, input.learnerId); !allowed) {
        return fail(allowed.error());
    }
    if (auto allowed = Guard::mentor(m_db, Action::RecordAssessment, input.mentorId); !allowed) {
        return fail(allowed.error()); // only in one's own name
    }
    auto mentor = Validation::requiredId(input.mentorId, {QStringLiteral("mentor"), tr("Mentor")});
    auto learner = Validation::requiredId(input.learnerId, {QStringLiteral("learner"), tr("Learner")});
    auto topic = Validation::requiredId(input.topicId, {QStringLiteral("topic"), tr("Topic")});
    for (const auto* id : {&mentor, &learner, &topic}) {
        if (!*id) {
            return fail(id->error());
        }
    }
    std::optional<Id> enrollmentId;
    if (!input.enrollmentId.trimmed().isEmpty()) {
        auto e = Validation::requiredId(input.enrollmentId, {QStringLiteral("enrollment"), tr("Enrollment")});
        if (!e) {
            return fail(e.error());
        }
        enrollmentId = *e;
    }
    if (auto ok = Validation::inRange(input.masteryPercent, 0, 100, {QStringLiteral("mastery"), tr("Mastery")}); !ok) {
        return fail(ok.error());
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime assessedAt = input.assessedAt.isValid() ? input.assessedAt.toUTC() : now;
    if (assessedAt > now) {
        return fail(Error::invalid(QStringLiteral("assessed_at"), tr("An assessment cannot be dated in the future.")));
    }
    auto note = Validation::optionalText(input.note, {QStringLiteral("note"), tr("Note")}, kMaxCommentLength);
    if (!note) {
        return fail(note.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    for (const auto& [table, id, key, what] :
         {std::tuple{QStringLiteral("mentors"), *mentor, QStringLiteral("mentor"), tr("mentor")},
          std::tuple{QStringLiteral("learners"), *learner, QStringLiteral("learner"), tr("learner")},
          std::tuple{QStringLiteral("topics"), *topic, QStringLiteral("topic"), tr("topic")}}) {
        if (auto ok = requireRow(m_db, table, id, key, what); !ok) {
            return fail(ok.error());
        }
    }
    if (enrollmentId) {
        auto e = LessonReferenceRepository(m_db).findEnrollment(*enrollmentId);
        if (!e) {
            return fail(e.error());
        }
        if (!e->has_value()) {
            return fail(Error::invalid(QStringLiteral("enrollment"),
                                       tr("There is no enrollment with id “%1”.").arg(*enrollmentId)));
        }
        if ((*e)->learnerId != *learner) {
            return fail(Error::invalid(
                QStringLiteral("enrollment"),
                tr("The enrollment %1 belongs to %2, not to this learner.").arg(*enrollmentId, (*e)->learnerName)));
        }
    }
    Assessment a;
    a.meta.id = newId();
    a.meta.createdAt = a.meta.updatedAt = now;
    a.meta.updatedBy = m_db.deviceId();
    a.meta.version = 1;
    a.mentorId = *mentor;
    a.learnerId = *learner;
    a.topicId = *topic;
    a.enrollmentId = enrollmentId;
    a.masteryPercent = input.masteryPercent;
    a.assessedAt = assessedAt;
    a.note = *note;
    if (auto ok = AssessmentRepository(m_db).insert(a); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return a;
}

Result<QDateTime> FeedbackService::instantOfDay(const QDate& day, const QString& fieldKey, const QString& fieldLabel)
{
    auto zone = StudioTimeZone::forStudio(m_db, m_clock);
    if (!zone) {
        return fail(zone.error());
    }
    if (!day.isValid() || day == zone->toLocal(m_clock.nowUtc()).date) {
        return QDateTime();
    }
    return zone->toUtc({day, QTime(12, 0)}, {fieldKey, fieldLabel});
}

Result<QList<Assessment>> FeedbackService::assessments(const Id& learnerId, const Id& topicId)
{
    if (auto allowed = Guard::learner(m_db, Action::ViewAssessments, learnerId); !allowed) {
        return fail(allowed.error());
    }
    auto learner = Validation::requiredId(learnerId, {QStringLiteral("learner"), tr("Learner")});
    if (!learner) {
        return fail(learner.error());
    }
    Id topic;
    if (!topicId.trimmed().isEmpty()) {
        auto t = Validation::requiredId(topicId, {QStringLiteral("topic"), tr("Topic")});
        if (!t) {
            return fail(t.error());
        }
        topic = *t;
    }
    if (auto ok = requireRow(m_db, QStringLiteral("learners"), *learner, QStringLiteral("learner"), tr("learner"));
        !ok) {
        return fail(ok.error());
    }
    return AssessmentRepository(m_db).forLearner(*learner, topic);
}

} // namespace mentordesk
