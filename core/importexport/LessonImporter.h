// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Enrollment.h"
#include "importexport/EnrollmentPicker.h"
#include "importexport/EntityImporter.h"
#include "importexport/ReferenceIndex.h"
#include "lessons/Conflict.h"
#include "lessons/Lesson.h"
#include "lessons/StudioTimeZone.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// CSV rows → one-off lessons through LessonService. Columns: start (required, "YYYY-MM-DD HH:MM"
/// in the studio time zone), learner (id or name) or enrollment (id), course (picks the learner's
/// enrollment), mentor (id or name; default: the enrollment's mentor), minutes, status,
/// actual_minutes, notes, homework, location, billable.
///
/// A row is created as scheduled and then recorded (held, cancelled, no-show) through the same
/// calls the app uses, inside its own savepoint. A lesson that clashes with another one —
/// already stored or earlier in the file — is a row error naming the clash, unless
/// ImporterOptions::allowConflicts is set. Cancelled lessons and no-shows never clash.
class LessonImporter final : public EntityImporter
{
    Q_DECLARE_TR_FUNCTIONS(LessonImporter)

public:
    LessonImporter(Database& db, const Clock& clock, const ImporterOptions& options = {});

    [[nodiscard]] QString entity() const override;
    [[nodiscard]] QList<ColumnSpec> columns() const override;
    [[nodiscard]] Result<ImportRow> validateRow(const ImportRow& row) override;
    [[nodiscard]] Result<Id> importRow(const ImportRow& row) override;

private:
    /// A row ready for the service.
    struct Parsed
    {
        LessonInput input;
        LessonStatus status = LessonStatus::Scheduled;
        std::optional<int> actualMinutes;
        QString attendeeColumn; ///< "learner" or "enrollment": where attendee errors belong
        QString courseTitle;    ///< of the enrollment, for the preview
    };

    [[nodiscard]] Result<Parsed> parse(const ImportRow& row);
    [[nodiscard]] Result<void> parseTimes(const ImportRow& row, Parsed& p);
    [[nodiscard]] Result<Enrollment> enrollment(const ImportRow& row, Parsed& p);
    [[nodiscard]] Result<const StudioTimeZone*> zone();
    [[nodiscard]] Result<Id> store(const Parsed& parsed, int line);
    [[nodiscard]] Result<void> record(const Id& lessonId, const Parsed& parsed);
    [[nodiscard]] QString clashMessage(const QList<Conflict>& conflicts) const;

    Database& m_db;
    const Clock& m_clock;
    ImporterOptions m_options;
    ReferenceIndex m_mentors;
    ReferenceIndex m_learners;
    EnrollmentPicker m_enrollments;
    std::optional<StudioTimeZone> m_zone;
    QHash<Id, int> m_lineOfLesson; ///< lessons this run created → their line
    QHash<int, Parsed> m_parsed;   ///< by line, from validateRow() to importRow()
};

} // namespace mentordesk
