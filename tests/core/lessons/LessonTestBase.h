// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonFixture.h"
#include "TestStudio.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"

#include <memory>

namespace mentordesk::test {

/// A studio in Europe/Berlin with two mentors (Anna, Bo) and three learners (Li, Mia, Noah), each with an
/// active enrollment with Anna.
class LessonTestBase : public StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        m_fx = std::make_unique<LessonFixture>(db());
        anna = m_fx->addMentor(QStringLiteral("Anna Berg"));
        bo = m_fx->addMentor(QStringLiteral("Bo Chen"));
        li = m_fx->addLearner(QStringLiteral("Li Wei"));
        mia = m_fx->addLearner(QStringLiteral("Mia Klein"));
        noah = m_fx->addLearner(QStringLiteral("Noah Roth"));
        liEnrollment = m_fx->addEnrollment(li, anna);
        miaEnrollment = m_fx->addEnrollment(mia, anna);
        noahEnrollment = m_fx->addEnrollment(noah, anna);
    }

    LessonFixture& fx() { return *m_fx; }
    LessonService service() { return LessonService(db(), clock()); }

    /// "YYYY-MM-DD HH:MM" in the studio time zone.
    static LocalDateTime at(const char* text) { return *StudioTimeZone::parse(QString::fromLatin1(text), {}); }
    static QDateTime utc(const char* text) { return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate); }

    LessonInput one(const Id& mentor, const QStringList& enrollments, const char* start, int minutes = 60)
    {
        LessonInput in;
        in.mentorId = mentor;
        in.enrollmentIds = enrollments;
        in.start = at(start);
        in.plannedMinutes = minutes;
        return in;
    }

    Lesson add(const Id& mentor, const QStringList& enrollments, const char* start, int minutes = 60)
    {
        auto l = service().create(one(mentor, enrollments, start, minutes));
        EXPECT_TRUE(l) << l.error().message.toStdString();
        return l ? *l : Lesson{};
    }

    Id anna, bo, li, mia, noah, liEnrollment, miaEnrollment, noahEnrollment;

private:
    std::unique_ptr<LessonFixture> m_fx;
};

} // namespace mentordesk::test
