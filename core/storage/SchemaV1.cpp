// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 1: the foundation schema. Append-only: never edit this file once released; add a new step.
//
// Every user-data table carries the sync columns: a client-generated UUID `id`, `created_at`,
// `updated_at` (ISO-8601 UTC text, "2026-11-22T09:30:00Z"), `updated_by` (device id), a per-row
// `version` that increases on every change, and a `deleted_at` tombstone instead of DELETE.
// Rows that belong to a mentor carry `mentor_id`.
#include "storage/Migration.h"

namespace mentordesk {

// clang-format off
#define MD_SYNC_COLUMNS                                                                                                \
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "                                   \
    "version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), deleted_at TEXT"

Migration schemaV1()
{
    return {1, QStringLiteral("Foundation: studio, people, topics, courses, enrollments, lessons, feedback"), {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"),

        QStringLiteral("CREATE TABLE studio (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
            "tax_id TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
            "currency TEXT NOT NULL CHECK (length(currency) = 3), locale TEXT NOT NULL DEFAULT 'en_US', "
            "time_zone TEXT NOT NULL DEFAULT 'UTC', language TEXT NOT NULL DEFAULT 'en', "
            "payment_terms_days INTEGER NOT NULL DEFAULT 14 CHECK (payment_terms_days BETWEEN 0 AND 365), "
            "week_starts_on INTEGER NOT NULL DEFAULT 1 CHECK (week_starts_on BETWEEN 1 AND 7), "
            MD_SYNC_COLUMNS ")"),

        QStringLiteral("CREATE TABLE mentors (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
            "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
            "role TEXT NOT NULL DEFAULT 'mentor' CHECK (role IN ('owner','mentor','front_desk')), "
            "years_teaching INTEGER NOT NULL DEFAULT 0 CHECK (years_teaching BETWEEN 0 AND 80), "
            "default_rate_minor INTEGER NOT NULL DEFAULT 0 CHECK (default_rate_minor >= 0), "
            "bio TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '', archived_at TEXT, "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX mentors_name ON mentors (name COLLATE NOCASE)"),

        QStringLiteral("CREATE TABLE topics (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
            "area TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE UNIQUE INDEX topics_name ON topics (name COLLATE NOCASE) WHERE deleted_at IS NULL"),

        QStringLiteral("CREATE TABLE topic_prerequisites (id TEXT PRIMARY KEY NOT NULL, "
            "topic_id TEXT NOT NULL REFERENCES topics (id), prerequisite_id TEXT NOT NULL REFERENCES topics (id), "
            MD_SYNC_COLUMNS ", CHECK (topic_id <> prerequisite_id))"),
        QStringLiteral("CREATE UNIQUE INDEX topic_prerequisites_pair ON topic_prerequisites (topic_id, prerequisite_id) "
            "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX topic_prerequisites_prerequisite ON topic_prerequisites (prerequisite_id)"),

        QStringLiteral("CREATE TABLE mentor_expertise (id TEXT PRIMARY KEY NOT NULL, mentor_id TEXT NOT NULL REFERENCES mentors (id), "
            "topic_id TEXT NOT NULL REFERENCES topics (id), level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE UNIQUE INDEX mentor_expertise_pair ON mentor_expertise (mentor_id, topic_id) WHERE deleted_at IS NULL"),

        QStringLiteral("CREATE TABLE mentor_availability (id TEXT PRIMARY KEY NOT NULL, mentor_id TEXT NOT NULL REFERENCES mentors (id), "
            "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
            "start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439), "
            "end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute), "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX mentor_availability_mentor ON mentor_availability (mentor_id)"),

        QStringLiteral("CREATE TABLE payers (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
            "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', "
            "invoice_language TEXT NOT NULL DEFAULT 'en' CHECK (invoice_language IN ('en','zh_CN')), "
            "tax_id TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', archived_at TEXT, "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX payers_name ON payers (name COLLATE NOCASE)"),

        QStringLiteral("CREATE TABLE learners (id TEXT PRIMARY KEY NOT NULL, "
            "mentor_id TEXT REFERENCES mentors (id), payer_id TEXT REFERENCES payers (id), "
            "name TEXT NOT NULL CHECK (length(trim(name)) > 0), email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
            "birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200), "
            "level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 5), "
            "weekly_minutes INTEGER NOT NULL DEFAULT 60 CHECK (weekly_minutes BETWEEN 0 AND 10080), "
            "status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','archived')), "
            "notes TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '', "
            "consent_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0,1)), "
            "consent_photos INTEGER NOT NULL DEFAULT 0 CHECK (consent_photos IN (0,1)), "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX learners_name ON learners (name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX learners_mentor ON learners (mentor_id)"),
        QStringLiteral("CREATE INDEX learners_payer ON learners (payer_id)"),

        QStringLiteral("CREATE TABLE learner_goals (id TEXT PRIMARY KEY NOT NULL, learner_id TEXT NOT NULL REFERENCES learners (id), "
            "topic_id TEXT NOT NULL REFERENCES topics (id), " MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE UNIQUE INDEX learner_goals_pair ON learner_goals (learner_id, topic_id) WHERE deleted_at IS NULL"),

        QStringLiteral("CREATE TABLE courses (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
            "description TEXT NOT NULL DEFAULT '', level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 5), "
            "content_minutes INTEGER NOT NULL CHECK (content_minutes > 0), "
            "quality INTEGER NOT NULL DEFAULT 7 CHECK (quality BETWEEN 1 AND 10), "
            "practicality INTEGER NOT NULL DEFAULT 7 CHECK (practicality BETWEEN 1 AND 10), "
            "archived_at TEXT, " MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX courses_title ON courses (title COLLATE NOCASE)"),

        QStringLiteral("CREATE TABLE course_topics (id TEXT PRIMARY KEY NOT NULL, course_id TEXT NOT NULL REFERENCES courses (id), "
            "topic_id TEXT NOT NULL REFERENCES topics (id), " MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE UNIQUE INDEX course_topics_pair ON course_topics (course_id, topic_id) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX course_topics_topic ON course_topics (topic_id)"),

        QStringLiteral("CREATE TABLE course_modules (id TEXT PRIMARY KEY NOT NULL, course_id TEXT NOT NULL REFERENCES courses (id), "
            "position INTEGER NOT NULL CHECK (position >= 1), title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
            "minutes INTEGER NOT NULL CHECK (minutes > 0), price_minor INTEGER CHECK (price_minor IS NULL OR price_minor >= 0), "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX course_modules_course ON course_modules (course_id, position)"),

        QStringLiteral("CREATE TABLE enrollments (id TEXT PRIMARY KEY NOT NULL, learner_id TEXT NOT NULL REFERENCES learners (id), "
            "course_id TEXT REFERENCES courses (id), mentor_id TEXT NOT NULL REFERENCES mentors (id), "
            "title TEXT NOT NULL DEFAULT '', efficiency_permille INTEGER NOT NULL DEFAULT 800 "
            "CHECK (efficiency_permille BETWEEN 50 AND 2000), "
            "target_minutes INTEGER NOT NULL DEFAULT 0 CHECK (target_minutes >= 0), "
            "start_date TEXT NOT NULL, planned_end_date TEXT, "
            "status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused','completed','cancelled')), "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX enrollments_learner ON enrollments (learner_id)"),
        QStringLiteral("CREATE INDEX enrollments_course ON enrollments (course_id)"),
        QStringLiteral("CREATE INDEX enrollments_mentor ON enrollments (mentor_id)"),

        QStringLiteral("CREATE TABLE lesson_series (id TEXT PRIMARY KEY NOT NULL, mentor_id TEXT NOT NULL REFERENCES mentors (id), "
            "first_starts_at TEXT NOT NULL, planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 1440), "
            "interval_weeks INTEGER NOT NULL CHECK (interval_weeks BETWEEN 1 AND 52), "
            "until_date TEXT, occurrence_count INTEGER CHECK (occurrence_count IS NULL OR occurrence_count BETWEEN 1 AND 1000), "
            "skipped_dates TEXT NOT NULL DEFAULT '', time_zone TEXT NOT NULL, "
            MD_SYNC_COLUMNS ", CHECK (until_date IS NOT NULL OR occurrence_count IS NOT NULL))"),
        QStringLiteral("CREATE INDEX lesson_series_mentor ON lesson_series (mentor_id)"),

        QStringLiteral("CREATE TABLE lessons (id TEXT PRIMARY KEY NOT NULL, mentor_id TEXT NOT NULL REFERENCES mentors (id), "
            "series_id TEXT REFERENCES lesson_series (id), starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, "
            "planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 1440), "
            "actual_minutes INTEGER CHECK (actual_minutes IS NULL OR actual_minutes BETWEEN 0 AND 1440), "
            "status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','held','cancelled_by_learner',"
            "'late_cancel','no_show','cancelled_by_mentor')), "
            "cancelled_at TEXT, notes TEXT NOT NULL DEFAULT '', homework TEXT NOT NULL DEFAULT '', "
            "billable INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0,1)), location TEXT NOT NULL DEFAULT '', "
            MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX lessons_mentor_start ON lessons (mentor_id, starts_at)"),
        QStringLiteral("CREATE INDEX lessons_start ON lessons (starts_at)"),
        QStringLiteral("CREATE INDEX lessons_series ON lessons (series_id, starts_at)"),

        QStringLiteral("CREATE TABLE lesson_attendees (id TEXT PRIMARY KEY NOT NULL, lesson_id TEXT NOT NULL REFERENCES lessons (id), "
            "enrollment_id TEXT NOT NULL REFERENCES enrollments (id), learner_id TEXT NOT NULL REFERENCES learners (id), "
            "status TEXT CHECK (status IS NULL OR status IN ('scheduled','held','cancelled_by_learner','late_cancel',"
            "'no_show','cancelled_by_mentor')), " MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE UNIQUE INDEX lesson_attendees_pair ON lesson_attendees (lesson_id, learner_id) WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX lesson_attendees_learner ON lesson_attendees (learner_id)"),
        QStringLiteral("CREATE INDEX lesson_attendees_enrollment ON lesson_attendees (enrollment_id)"),

        QStringLiteral("CREATE TABLE ratings (id TEXT PRIMARY KEY NOT NULL, learner_id TEXT NOT NULL REFERENCES learners (id), "
            "target TEXT NOT NULL CHECK (target IN ('lesson','mentor','course')), "
            "lesson_id TEXT REFERENCES lessons (id), mentor_id TEXT REFERENCES mentors (id), course_id TEXT REFERENCES courses (id), "
            "stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5), comment TEXT NOT NULL DEFAULT '', rated_at TEXT NOT NULL, "
            MD_SYNC_COLUMNS ", CHECK ((target = 'lesson' AND lesson_id IS NOT NULL) OR (target = 'mentor' AND mentor_id IS NOT NULL) "
            "OR (target = 'course' AND course_id IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX ratings_learner ON ratings (learner_id)"),
        QStringLiteral("CREATE INDEX ratings_course ON ratings (course_id)"),
        QStringLiteral("CREATE INDEX ratings_mentor ON ratings (mentor_id)"),
        QStringLiteral("CREATE INDEX ratings_lesson ON ratings (lesson_id)"),

        QStringLiteral("CREATE TABLE assessments (id TEXT PRIMARY KEY NOT NULL, mentor_id TEXT NOT NULL REFERENCES mentors (id), "
            "learner_id TEXT NOT NULL REFERENCES learners (id), topic_id TEXT NOT NULL REFERENCES topics (id), "
            "enrollment_id TEXT REFERENCES enrollments (id), "
            "mastery_percent INTEGER NOT NULL CHECK (mastery_percent BETWEEN 0 AND 100), "
            "assessed_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', " MD_SYNC_COLUMNS ")"),
        QStringLiteral("CREATE INDEX assessments_learner ON assessments (learner_id, topic_id, assessed_at)"),
    }};
}
// clang-format on

} // namespace mentordesk
