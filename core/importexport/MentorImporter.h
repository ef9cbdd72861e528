// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/EntityImporter.h"
#include "money/Currency.h"
#include "people/Mentor.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// CSV rows → mentors through MentorService. Columns: name (required), email, phone, role,
/// years_teaching, default_rate (a decimal amount in the studio currency), bio, color.
class MentorImporter final : public EntityImporter
{
    Q_DECLARE_TR_FUNCTIONS(MentorImporter)

public:
    MentorImporter(Database& db, const Clock& clock);

    [[nodiscard]] QString entity() const override;
    [[nodiscard]] QList<ColumnSpec> columns() const override;
    [[nodiscard]] Result<ImportRow> validateRow(const ImportRow& row) override;
    [[nodiscard]] Result<Id> importRow(const ImportRow& row) override;

private:
    [[nodiscard]] Result<MentorInput> parse(const ImportRow& row);
    /// The studio currency, read once.
    [[nodiscard]] Result<Currency> currency();

    Database& m_db;
    const Clock& m_clock;
    std::optional<Currency> m_currency;
};

} // namespace mentordesk
