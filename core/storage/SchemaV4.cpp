// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 4: held minutes per enrollment, kept by triggers, and two covering indexes for reading
// the recent lessons studio-wide. Append-only: never edit this file once released.
//
// `enrollment_held_minutes` is derived data (no sync columns; never edited by the application): for
// every enrollment the sum of the minutes that count (actual, else planned) of its live attendee rows
// whose outcome (the attendee's own status, else the lesson's) is held, on live lessons, whatever the
// date. The triggers below add and subtract each row's share on every insert, update and delete of
// lessons and attendees, so the sum is always exact. Why: the studio-wide at-risk list needs every
// active enrollment's held minutes T; summing ten years of lessons on each call took ~0.35 s on the
// design-scale studio (docs/benchmarks.md). An enrollment without a row has 0 held minutes. The lesson
// triggers look at live attendee rows only (a tombstoned row's share is 0 either way), so they can use
// the lesson_attendees_pair index.
//
// `lessons_start_progress` and `lesson_attendees_lesson_progress` cover what the progress model reads
// of lessons in a time range and of their attendees, so the studio-wide pace window (about 7,000
// lessons on the design-scale studio) is read from index pages in time order instead of one table
// page per lesson and attendee; with `mentor_id` the first also covers the hours and utilisation
// reports (lessons per mentor per week). It starts with `starts_at`, so it replaces `lessons_start`.
#include "storage/Migration.h"

namespace mentordesk {

namespace {

/// "INSERT … SELECT enrollment, delta … ON CONFLICT add": the statement every trigger uses.
QString addHeld(const QString& select)
{
    return QStringLiteral("INSERT INTO enrollment_held_minutes (enrollment_id, held_minutes) ") + select +
           QStringLiteral(" ON CONFLICT (enrollment_id) DO UPDATE SET held_minutes = held_minutes + "
                          "excluded.held_minutes;");
}

/// The share of attendee row `a` on lesson `l` (SQL expression).
QString share(const QString& a, const QString& l)
{
    return QStringLiteral("CASE WHEN %1.deleted_at IS NULL AND %2.deleted_at IS NULL AND COALESCE(%1.status, "
                          "%2.status) = 'held' THEN COALESCE(%2.actual_minutes, %2.planned_minutes) ELSE 0 END")
        .arg(a, l);
}

} // namespace

// clang-format off
Migration schemaV4()
{
    return {4, QStringLiteral("Held minutes per enrollment (kept by triggers), covering indexes for progress"), {
        QStringLiteral("CREATE TABLE enrollment_held_minutes (enrollment_id TEXT PRIMARY KEY NOT NULL, "
            "held_minutes INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX lessons_start_progress ON lessons "
            "(starts_at, id, mentor_id, status, actual_minutes, planned_minutes, deleted_at)"),
        QStringLiteral("CREATE INDEX lesson_attendees_lesson_progress ON lesson_attendees "
            "(lesson_id, deleted_at, enrollment_id, status)"),
        QStringLiteral("DROP INDEX lessons_start"),
        QStringLiteral("INSERT INTO enrollment_held_minutes (enrollment_id, held_minutes) "
            "SELECT la.enrollment_id, SUM(") + share(QStringLiteral("la"), QStringLiteral("l")) +
            QStringLiteral(") FROM lesson_attendees la JOIN lessons l ON l.id = la.lesson_id "
            "GROUP BY la.enrollment_id"),
        QStringLiteral("CREATE TRIGGER enrollment_held_attendee_insert AFTER INSERT ON lesson_attendees BEGIN ") +
            addHeld(QStringLiteral("SELECT NEW.enrollment_id, ") + share(QStringLiteral("NEW"), QStringLiteral("l")) +
                    QStringLiteral(" FROM lessons l WHERE l.id = NEW.lesson_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER enrollment_held_attendee_update AFTER UPDATE ON lesson_attendees BEGIN ") +
            addHeld(QStringLiteral("SELECT OLD.enrollment_id, -(") + share(QStringLiteral("OLD"), QStringLiteral("l")) +
                    QStringLiteral(") FROM lessons l WHERE l.id = OLD.lesson_id")) +
            addHeld(QStringLiteral("SELECT NEW.enrollment_id, ") + share(QStringLiteral("NEW"), QStringLiteral("l")) +
                    QStringLiteral(" FROM lessons l WHERE l.id = NEW.lesson_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER enrollment_held_attendee_delete AFTER DELETE ON lesson_attendees BEGIN ") +
            addHeld(QStringLiteral("SELECT OLD.enrollment_id, -(") + share(QStringLiteral("OLD"), QStringLiteral("l")) +
                    QStringLiteral(") FROM lessons l WHERE l.id = OLD.lesson_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER enrollment_held_lesson_update AFTER UPDATE OF status, actual_minutes, "
            "planned_minutes, deleted_at ON lessons BEGIN ") +
            addHeld(QStringLiteral("SELECT la.enrollment_id, (") + share(QStringLiteral("la"), QStringLiteral("NEW")) +
                    QStringLiteral(") - (") + share(QStringLiteral("la"), QStringLiteral("OLD")) +
                    QStringLiteral(") FROM lesson_attendees la WHERE la.lesson_id = NEW.id AND la.deleted_at IS NULL")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER enrollment_held_lesson_delete AFTER DELETE ON lessons BEGIN ") +
            addHeld(QStringLiteral("SELECT la.enrollment_id, -(") + share(QStringLiteral("la"), QStringLiteral("OLD")) +
                    QStringLiteral(") FROM lesson_attendees la WHERE la.lesson_id = OLD.id AND la.deleted_at IS NULL")) +
            QStringLiteral(" END"),
    }};
}
// clang-format on

} // namespace mentordesk
