// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Course.h"
#include "importexport/EntityImporter.h"
#include "importexport/ReferenceIndex.h"
#include "money/Currency.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// CSV rows → courses through CourseService. Columns: title (required), description, level,
/// content_hours or content_minutes, quality, practicality, topics (ids or names separated by ';';
/// an unknown topic is a row error) and modules ("Title:minutes[:price]" separated by ';', read by
/// CourseModuleSpec, the price in the studio currency).
class CourseImporter final : public EntityImporter
{
    Q_DECLARE_TR_FUNCTIONS(CourseImporter)

public:
    CourseImporter(Database& db, const Clock& clock);

    [[nodiscard]] QString entity() const override;
    [[nodiscard]] QList<ColumnSpec> columns() const override;
    [[nodiscard]] Result<ImportRow> validateRow(const ImportRow& row) override;
    [[nodiscard]] Result<Id> importRow(const ImportRow& row) override;

private:
    /// A row ready for the service.
    struct Parsed
    {
        CourseInput input;
        QList<Id> topics;
        QList<CourseModuleInput> modules;
    };

    [[nodiscard]] Result<Parsed> parse(const ImportRow& row);
    [[nodiscard]] Result<int> contentMinutes(const ImportRow& row) const;
    [[nodiscard]] Result<QList<CourseModuleInput>> modules(const QString& text);
    [[nodiscard]] Result<Currency> currency();
    [[nodiscard]] QString moduleText(const CourseModuleInput& module) const;

    Database& m_db;
    const Clock& m_clock;
    ReferenceIndex m_topics;
    std::optional<Currency> m_currency;
    QHash<int, Parsed> m_parsed; ///< by line, from validateRow() to importRow()
};

} // namespace mentordesk
