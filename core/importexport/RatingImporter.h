// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/Rating.h"
#include "importexport/EntityImporter.h"
#include "importexport/ReferenceIndex.h"
#include "lessons/StudioTimeZone.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// CSV rows → ratings through FeedbackService. Columns: learner (id or name), target (lesson,
/// mentor or course), target_id (the lesson's id, the mentor's id or name, the course's id or
/// title), stars (1–5), comment, rated_at (optional: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" in the
/// studio time zone, or an ISO-8601 instant; not in the future). As in the app, a learner's second
/// rating of the same target replaces the first.
class RatingImporter final : public EntityImporter
{
    Q_DECLARE_TR_FUNCTIONS(RatingImporter)

public:
    RatingImporter(Database& db, const Clock& clock);

    [[nodiscard]] QString entity() const override;
    [[nodiscard]] QList<ColumnSpec> columns() const override;
    [[nodiscard]] Result<ImportRow> validateRow(const ImportRow& row) override;
    [[nodiscard]] Result<Id> importRow(const ImportRow& row) override;

private:
    [[nodiscard]] Result<RatingInput> parse(const ImportRow& row);
    [[nodiscard]] Result<Id> target(RatingTarget target, const QString& text);
    [[nodiscard]] Result<QDateTime> ratedAt(const QString& text);
    [[nodiscard]] Result<const StudioTimeZone*> zone();

    Database& m_db;
    const Clock& m_clock;
    ReferenceIndex m_learners;
    ReferenceIndex m_mentors;
    ReferenceIndex m_courses;
    std::optional<StudioTimeZone> m_zone;
    QHash<int, RatingInput> m_parsed; ///< by line, from validateRow() to importRow()
};

} // namespace mentordesk
