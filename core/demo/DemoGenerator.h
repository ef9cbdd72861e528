// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

namespace mentordesk {

class Clock;
class Database;

/// Size and seed of a generated demo studio. The same options give the same studio, byte for byte
/// in content (ids, names, times), on every machine.
struct DemoOptions
{
    quint64 seed = 1;
    int mentors = 3;
    int learners = 40;
    int courses = 25;
    int years = 1; ///< history length before `today`
    /// The generator's "now" (lessons before it are past, after it scheduled). Default: the clock's date.
    QDate today;
    /// Complete months before `today` that are billed, issued and mostly paid (0 = plans only, no invoices).
    int billedMonths = 3;

    /// The design scale of DESIGN.md: 15 mentors, 2,000 learners, 200 courses, ten years (≈ 500,000 lessons).
    [[nodiscard]] static DemoOptions designScale();
};

/// What was generated.
struct DemoSummary
{
    int mentors = 0;
    int payers = 0;
    int learners = 0;
    int topics = 0;
    int courses = 0;
    int enrollments = 0;
    qint64 lessons = 0;
    qint64 ratings = 0;
    qint64 assessments = 0;
};

/// Fills an empty studio database with a believable, deterministic demo studio: mentors with
/// expertise and availability, families paying for learners (English and Chinese names), a topic
/// graph with prerequisites across programming, maths, music and languages, courses with modules,
/// enrollments, weekly lessons with realistic attendance, ratings and mastery assessments.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    /// Called with a percentage (0–100); return false to cancel (the database is then left unchanged).
    using Progress = std::function<bool(int percent)>;

    DemoGenerator(Database& db, const Clock& clock, DemoOptions options);

    /// Generates into `db`, which must not hold a studio yet. Writes in large transactions.
    [[nodiscard]] Result<DemoSummary> run(const Progress& progress = {});

    /// Creates the file at `path` (must not exist) and generates the demo studio into it.
    [[nodiscard]] static Result<DemoSummary> createFile(const QString& path, const Clock& clock,
                                                        const DemoOptions& options, const Progress& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
    DemoOptions m_options;
};

} // namespace mentordesk
