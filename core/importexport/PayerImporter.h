// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/EntityImporter.h"

namespace mentordesk {

class Clock;
class Database;

/// CSV rows → payers through PayerService. Columns: name (required), email, phone, address,
/// invoice_language, tax_id, notes.
class PayerImporter final : public EntityImporter
{
public:
    PayerImporter(Database& db, const Clock& clock);

    [[nodiscard]] QString entity() const override;
    [[nodiscard]] QList<ColumnSpec> columns() const override;
    [[nodiscard]] Result<ImportRow> validateRow(const ImportRow& row) override;
    [[nodiscard]] Result<Id> importRow(const ImportRow& row) override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
