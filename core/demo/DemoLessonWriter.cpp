// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoLessonWriter.h"

#include "courses/EnrollmentRepository.h"
#include "demo/DemoCatalog.h"
#include "feedback/AssessmentRepository.h"
#include "feedback/RatingRepository.h"
#include "lessons/LessonRepository.h"
#include "lessons/LessonSeriesRepository.h"

#include <algorithm>

namespace mentordesk {

namespace {

RecordMeta freshMeta(const QDateTime& stamp)
{
    RecordMeta m;
    m.id = newId();
    m.createdAt = m.updatedAt = stamp;
    m.version = 1;
    return m;
}

int starsFrom(int tenths)
{
    return qBound(1, (tenths + 5) / 10, 5);
}

} // namespace

DemoLessonWriter::DemoLessonWriter(DemoContext& ctx, QDate firstMonday)
    : m_ctx(ctx)
    , m_firstMonday(firstMonday)
{}

QDateTime DemoLessonWriter::startOf(int week, const Plan& plan) const
{
    const QDate date = m_firstMonday.addDays(7LL * week + plan.weekday - 1);
    return QDateTime(date, QTime(plan.minute / 60, plan.minute % 60), m_ctx.zone).toUTC();
}

Result<void> DemoLessonWriter::write(const Plan& plan)
{
    const QDate today = m_ctx.options.today;
    const int todayWeek = static_cast<int>(m_firstMonday.daysTo(today) / 7);
    const int lastWeek = qMin(plan.endWeek, todayWeek + 3);
    DemoRandom& r = m_ctx.random;
    const int efficiency = r.between(600, 1000);
    // Why: every lesson fits its one-hour slot of the grid, so the generated calendar has no double bookings.
    const int minutes = plan.shortLessons ? 45 : 60;
    const DemoContext::MentorInfo& mentor = m_ctx.mentors[plan.mentor];

    int week = plan.startWeek;
    qsizetype pathIndex = 0;
    while (week < lastWeek) {
        EnrollmentRun run;
        run.enrollmentId = newId();
        run.course = pathIndex < plan.coursePath.size() ? plan.coursePath[pathIndex++] : -1;
        run.firstWeek = week;
        const qint64 contentMinutes = run.course >= 0 ? m_ctx.courses[run.course].contentMinutes : 40 * 60;
        QList<Lesson> lessons;
        int heldCount = 0;
        for (; week < lastWeek && !run.completed; ++week) {
            Lesson l;
            l.meta = freshMeta(m_ctx.stamp);
            l.mentorId = mentor.id;
            l.startsAt = startOf(week, plan);
            l.plannedMinutes = minutes;
            const QDate day = l.startsAt.toTimeZone(m_ctx.zone).date();
            const bool past = day < today;
            const bool recorded = past && (day < today.addDays(-7) || r.chance(60));
            if (recorded) {
                const int roll = r.between(0, 99) - plan.reliability;
                l.status = roll < 4    ? LessonStatus::CancelledByMentor
                           : roll < 9  ? LessonStatus::CancelledByLearner
                           : roll < 12 ? LessonStatus::LateCancel
                           : roll < 14 ? LessonStatus::NoShow
                                       : LessonStatus::Held;
                if (l.status == LessonStatus::Held) {
                    const int shape = r.between(0, 19);
                    l.actualMinutes = shape < 17 ? minutes : shape < 19 ? minutes - 10 : minutes + 15;
                    run.heldMinutes += *l.actualMinutes;
                    ++heldCount;
                    if (r.chance(35)) {
                        l.notes = r.pick(DemoCatalog::lessonNotes());
                    }
                    if (r.chance(30)) {
                        l.homework = r.pick(DemoCatalog::homework());
                    }
                } else if (l.status != LessonStatus::NoShow) {
                    const qint64 hoursBefore =
                        l.status == LessonStatus::LateCancel ? r.between(1, 20) : r.between(26, 120);
                    l.cancelledAt = l.startsAt.addSecs(-3600 * hoursBefore);
                }
            }
            Attendee a;
            a.meta = freshMeta(m_ctx.stamp);
            a.lessonId = l.meta.id;
            a.enrollmentId = run.enrollmentId;
            a.learnerId = plan.learnerId;
            l.attendees.append(a);
            lessons.append(l);
            if (run.course >= 0 && run.heldMinutes * efficiency >= contentMinutes * 1000) {
                run.completed = true;
            }
            if (l.status == LessonStatus::Held && heldCount % 6 == 0 && run.course >= 0) {
                Assessment as;
                as.meta = freshMeta(m_ctx.stamp);
                as.mentorId = mentor.id;
                as.learnerId = plan.learnerId;
                as.topicId = m_ctx.courses[run.course].topics.constFirst();
                as.enrollmentId = run.enrollmentId;
                const qint64 progress =
                    qMin<qint64>(100, run.heldMinutes * efficiency / 10 / qMax<qint64>(1, contentMinutes));
                as.masteryPercent = static_cast<int>(std::clamp<qint64>(progress + r.between(-8, 8), 0, 100));
                as.assessedAt = l.startsAt.addSecs(qint64(minutes) * 60);
                m_pendingAssessments.append(as);
            }
        }
        run.lastWeek = week - 1;
        if (auto ok = writeEnrollment(plan, run); !ok) {
            return ok;
        }
        if (!lessons.isEmpty()) {
            LessonSeries series;
            series.meta = freshMeta(m_ctx.stamp);
            series.mentorId = mentor.id;
            series.firstStartsAt = lessons.constFirst().startsAt;
            series.plannedMinutes = minutes;
            series.intervalWeeks = 1;
            series.untilDate = lessons.constLast().startsAt.toTimeZone(m_ctx.zone).date();
            series.timeZone = QString::fromUtf8(m_ctx.zone.id());
            if (auto ok = LessonSeriesRepository(m_ctx.db).insert(series); !ok) {
                return ok;
            }
            LessonRepository repo(m_ctx.db);
            for (Lesson& l : lessons) {
                l.seriesId = series.meta.id;
                if (auto ok = repo.insert(l); !ok) {
                    return ok;
                }
                if (l.status == LessonStatus::Held && r.chance(2)) {
                    Rating rating;
                    rating.meta = freshMeta(m_ctx.stamp);
                    rating.learnerId = plan.learnerId;
                    rating.target = RatingTarget::Lesson;
                    rating.lessonId = l.meta.id;
                    rating.stars = starsFrom(40 + plan.ratingBias + mentor.bias + r.between(-10, 10));
                    rating.ratedAt = l.startsAt.addSecs(86400);
                    if (auto ok = RatingRepository(m_ctx.db).insert(rating); !ok) {
                        return ok;
                    }
                    ++m_ctx.summary.ratings;
                }
            }
            m_ctx.summary.lessons += lessons.size();
        }
        AssessmentRepository assessments(m_ctx.db);
        for (const Assessment& as : std::as_const(m_pendingAssessments)) {
            if (auto ok = assessments.insert(as); !ok) {
                return ok;
            }
        }
        m_ctx.summary.assessments += m_pendingAssessments.size();
        m_pendingAssessments.clear();
        if (auto ok = writeRatings(plan, run); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> DemoLessonWriter::writeEnrollment(const Plan& plan, EnrollmentRun& run)
{
    const int todayWeek = static_cast<int>(m_firstMonday.daysTo(m_ctx.options.today) / 7);
    Enrollment e;
    e.meta = freshMeta(m_ctx.stamp);
    e.meta.id = run.enrollmentId;
    e.learnerId = plan.learnerId;
    e.mentorId = m_ctx.mentors[plan.mentor].id;
    if (run.course >= 0) {
        const DemoContext::CourseInfo& c = m_ctx.courses[run.course];
        e.courseId = c.id;
        e.title = c.title;
        e.targetMinutes = c.contentMinutes;
    } else {
        e.title = QStringLiteral("Project mentoring");
        e.targetMinutes = 40 * 60;
    }
    e.efficiencyPermille = 800;
    e.startDate = m_firstMonday.addDays(7LL * run.firstWeek);
    e.plannedEndDate = e.startDate.addDays(7LL * (e.targetMinutes / 60 + 4));
    e.status = run.completed               ? EnrollmentStatus::Completed
               : run.lastWeek >= todayWeek ? EnrollmentStatus::Active
                                           : EnrollmentStatus::Cancelled;
    if (auto ok = EnrollmentRepository(m_ctx.db).insert(e); !ok) {
        return ok;
    }
    ++m_ctx.summary.enrollments;
    return {};
}

Result<void> DemoLessonWriter::writeRatings(const Plan& plan, const EnrollmentRun& run)
{
    DemoRandom& r = m_ctx.random;
    const DemoContext::MentorInfo& mentor = m_ctx.mentors[plan.mentor];
    const QDateTime at = QDateTime(m_firstMonday.addDays(7LL * run.lastWeek + 6), QTime(12, 0), Qt::UTC);
    if (at.date() >= m_ctx.options.today) {
        return {};
    }
    RatingRepository repo(m_ctx.db);
    if (run.course >= 0 && (run.completed ? r.chance(70) : r.chance(25))) {
        Rating rating;
        rating.meta = freshMeta(m_ctx.stamp);
        rating.learnerId = plan.learnerId;
        rating.target = RatingTarget::Course;
        rating.courseId = m_ctx.courses[run.course].id;
        rating.stars = starsFrom(26 + 2 * m_ctx.courses[run.course].quality + plan.ratingBias + r.between(-12, 12));
        rating.comment = r.pick(DemoCatalog::ratingComments());
        rating.ratedAt = at;
        if (auto ok = repo.insert(rating); !ok) {
            return ok;
        }
        ++m_ctx.summary.ratings;
    }
    const QString pair = plan.learnerId + mentor.id;
    if (!m_ratedMentors.contains(pair) && r.chance(50)) {
        m_ratedMentors.insert(pair);
        Rating rating;
        rating.meta = freshMeta(m_ctx.stamp);
        rating.learnerId = plan.learnerId;
        rating.target = RatingTarget::Mentor;
        rating.mentorId = mentor.id;
        rating.stars = starsFrom(42 + mentor.bias * 2 + plan.ratingBias + r.between(-10, 10));
        rating.comment = r.pick(DemoCatalog::ratingComments());
        rating.ratedAt = at;
        if (auto ok = repo.insert(rating); !ok) {
            return ok;
        }
        ++m_ctx.summary.ratings;
    }
    return {};
}

} // namespace mentordesk
