// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 4: `enrollment_held_minutes` is kept exact by triggers on every write to lessons and
// attendees (docs/progress-model.md, "Studio-wide runs").
#include "ReportFixture.h"
#include "TestStudio.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

using namespace mentordesk;

namespace {

class HeldMinutesTriggerTest : public test::StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        fx = std::make_unique<test::ReportFixture>(db());
        anna = fx->mentor(QStringLiteral("Anna"));
        const Id course = fx->course(QStringLiteral("Scales"), 600);
        test::ReportFixture::EnrollmentSpec spec;
        spec.mentorId = anna;
        spec.courseId = course;
        spec.learnerId = fx->learner(QStringLiteral("Li"));
        li = fx->enrollment(spec);
        spec.learnerId = fx->learner(QStringLiteral("Ana"));
        ana = fx->enrollment(spec);
    }

    /// What the triggers keep, per enrollment (rows with 0 included).
    QHash<Id, qint64> kept()
    {
        QHash<Id, qint64> out;
        auto s = db().prepare(QStringLiteral("SELECT enrollment_id, held_minutes FROM enrollment_held_minutes"));
        EXPECT_TRUE(s && s->exec());
        while (s && s->next()) {
            out.insert(s->text(0), s->integer(1));
        }
        return out;
    }
    /// The same sum computed from scratch.
    qint64 recomputed(const Id& enrollment)
    {
        auto s = db().prepare(QStringLiteral(
            "SELECT COALESCE(SUM(COALESCE(l.actual_minutes, l.planned_minutes)), 0) FROM lesson_attendees la "
            "JOIN lessons l ON l.id = la.lesson_id WHERE la.enrollment_id = ? AND la.deleted_at IS NULL AND "
            "l.deleted_at IS NULL AND COALESCE(la.status, l.status) = 'held'"));
        EXPECT_TRUE(s);
        s->bind(enrollment);
        EXPECT_TRUE(s->exec() && s->next());
        return s->integer(0);
    }
    void expectExact(qint64 liMinutes, qint64 anaMinutes)
    {
        EXPECT_EQ(recomputed(li), liMinutes);
        EXPECT_EQ(recomputed(ana), anaMinutes);
        EXPECT_EQ(kept().value(li), liMinutes);
        EXPECT_EQ(kept().value(ana), anaMinutes);
    }
    void sql(const QString& statement, const QVariantList& values = {})
    {
        auto s = db().prepare(statement);
        ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
        for (const QVariant& v : values) {
            s->bind(v);
        }
        MD_ASSERT_OK(s->exec());
    }

    std::unique_ptr<test::ReportFixture> fx;
    Id anna, li, ana;
};

} // namespace

TEST_F(HeldMinutesTriggerTest, InsertsCountOnlyHeldLiveRows)
{
    expectExact(0, 0);
    fx->lesson(anna, {li}, QStringLiteral("2026-01-05T09:00:00Z"));                                 // 60
    fx->lesson(anna, {li}, QStringLiteral("2026-01-06T09:00:00Z"), 60, QStringLiteral("held"), 45); // actual 45
    fx->lesson(anna, {li}, QStringLiteral("2026-01-07T09:00:00Z"), 60, QStringLiteral("no_show"));
    fx->lesson(anna, {li}, QStringLiteral("2026-01-08T09:00:00Z"), 60, QStringLiteral("scheduled"));
    fx->lesson(anna, {li, ana}, QStringLiteral("2030-01-08T09:00:00Z"), 90); // group lesson, any date counts
    expectExact(60 + 45 + 90, 90);
}

TEST_F(HeldMinutesTriggerTest, LessonUpdatesAndTombstonesMoveTheSum)
{
    const Id group =
        fx->lesson(anna, {li, ana}, QStringLiteral("2026-01-05T09:00:00Z"), 60, QStringLiteral("scheduled"));
    expectExact(0, 0);
    sql(QStringLiteral("UPDATE lessons SET status = 'held' WHERE id = ?"), {group});
    expectExact(60, 60);
    sql(QStringLiteral("UPDATE lessons SET actual_minutes = 50 WHERE id = ?"), {group});
    expectExact(50, 50);
    sql(QStringLiteral("UPDATE lessons SET planned_minutes = 90 WHERE id = ?"), {group}); // actual still wins
    expectExact(50, 50);
    sql(QStringLiteral("UPDATE lessons SET actual_minutes = NULL WHERE id = ?"), {group});
    expectExact(90, 90);
    sql(QStringLiteral("UPDATE lessons SET notes = 'moved', starts_at = '2026-02-01T09:00:00Z' WHERE id = ?"), {group});
    expectExact(90, 90);
    fx->remove(QStringLiteral("lessons"), group);
    expectExact(0, 0);
    sql(QStringLiteral("UPDATE lessons SET deleted_at = NULL WHERE id = ?"), {group});
    expectExact(90, 90);
    sql(QStringLiteral("UPDATE lessons SET status = 'cancelled_by_mentor' WHERE id = ?"), {group});
    expectExact(0, 0);
}

TEST_F(HeldMinutesTriggerTest, AttendeeStatusesTombstonesAndDeletesMoveTheSum)
{
    const Id group = fx->lesson(anna, {li, ana}, QStringLiteral("2026-01-05T09:00:00Z"), 60);
    expectExact(60, 60);
    fx->attendeeStatus(group, ana, QStringLiteral("no_show")); // the attendee's own status wins
    expectExact(60, 0);
    fx->attendeeStatus(group, ana, QStringLiteral("held"));
    sql(QStringLiteral("UPDATE lessons SET status = 'no_show' WHERE id = ?"), {group}); // Li follows the lesson
    expectExact(0, 60);
    sql(QStringLiteral("UPDATE lessons SET status = 'held' WHERE id = ?"), {group});
    sql(QStringLiteral("UPDATE lesson_attendees SET deleted_at = '2026-01-10T00:00:00Z' WHERE lesson_id = ? AND "
                       "enrollment_id = ?"),
        {group, li});
    expectExact(0, 60);
    sql(QStringLiteral("UPDATE lesson_attendees SET enrollment_id = ? WHERE lesson_id = ? AND enrollment_id = ?"),
        {li, group, ana}); // moved to another enrollment
    expectExact(60, 0);
    sql(QStringLiteral("DELETE FROM lesson_attendees WHERE lesson_id = ?"), {group});
    sql(QStringLiteral("DELETE FROM lessons WHERE id = ?"), {group});
    expectExact(0, 0);
}
