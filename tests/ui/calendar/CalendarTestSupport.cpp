// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarTestSupport.h"

#include "courses/EnrollmentService.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"
#include "people/MentorService.h"

namespace mentordesk::test {

QList<Lesson> CalendarTest::lessons(const LessonFilter& filter)
{
    QList<Lesson> out;
    LessonService service(session().db(), session().clock());
    for (int offset = 0;; offset += 1000) {
        auto page = service.list(filter, {offset, 1000});
        EXPECT_TRUE(page);
        if (!page) {
            break;
        }
        out.append(page->items);
        if (page->items.size() < 1000) {
            break;
        }
    }
    return out;
}

Lesson CalendarTest::firstLesson(const LessonFilter& filter, const std::function<bool(const Lesson&)>& predicate)
{
    for (const Lesson& l : lessons(filter)) {
        if (!predicate || predicate(l)) {
            return l;
        }
    }
    ADD_FAILURE() << "no demo lesson matches";
    return {};
}

QList<Mentor> CalendarTest::mentors()
{
    return MentorService(session().db(), session().clock()).list({}, {0, 100})->items;
}

QStringList CalendarTest::enrollmentsOf(const Id& mentorId)
{
    EnrollmentFilter filter;
    filter.mentorId = mentorId;
    filter.status = EnrollmentStatus::Active;
    QStringList ids;
    auto page = EnrollmentService(session().db(), session().clock()).list(filter, {0, 1000});
    EXPECT_TRUE(page);
    for (const Enrollment& e : page->items) {
        ids.append(e.meta.id);
    }
    return ids;
}

void CalendarTest::addParallelLessons(const Id& mentorId, const LocalDateTime& start, int count)
{
    const QStringList enrollments = enrollmentsOf(mentorId);
    ASSERT_FALSE(enrollments.isEmpty());
    LessonService service(session().db(), session().clock());
    for (int i = 0; i < count; ++i) {
        LessonInput in;
        in.mentorId = mentorId;
        in.enrollmentIds = {enrollments[i % enrollments.size()]};
        in.start = start;
        in.plannedMinutes = 60;
        in.allowConflicts = true;
        auto created = service.create(in);
        ASSERT_TRUE(created.has_value()) << created.error().message.toStdString();
    }
}

qint64 CalendarTest::lessonCount()
{
    return LessonService(session().db(), session().clock()).list({}, {0, 1})->total;
}

QDateTime CalendarTest::utc(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, session().format().timeZone()).toUTC();
}

LocalDateTime CalendarTest::local(const QDateTime& utc)
{
    return StudioTimeZone(session().format().timeZone()).toLocal(utc);
}

} // namespace mentordesk::test
