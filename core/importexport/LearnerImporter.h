// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/EntityImporter.h"
#include "importexport/ReferenceIndex.h"
#include "people/Learner.h"

#include <QCoreApplication>
#include <QHash>

namespace mentordesk {

class Clock;
class Database;

/// CSV rows → learners through LearnerService. Columns: name (required), email, phone, birth_year,
/// level, weekly_minutes or weekly_hours, status, notes, tags, consent_contact, consent_photos,
/// payer and mentor (id or name), goals (topic ids or names separated by ';'). References are
/// resolved from per-run caches (ReferenceIndex). Each row is stored in its own savepoint, so a row
/// that fails half-way leaves nothing behind.
class LearnerImporter final : public EntityImporter
{
    Q_DECLARE_TR_FUNCTIONS(LearnerImporter)

public:
    LearnerImporter(Database& db, const Clock& clock);

    [[nodiscard]] QString entity() const override;
    [[nodiscard]] QList<ColumnSpec> columns() const override;
    [[nodiscard]] Result<ImportRow> validateRow(const ImportRow& row) override;
    [[nodiscard]] Result<Id> importRow(const ImportRow& row) override;

private:
    /// A row ready for the service.
    struct Parsed
    {
        LearnerInput input;
        LearnerStatus status = LearnerStatus::Active;
        QList<Id> goals;
    };

    [[nodiscard]] Result<Parsed> parse(const ImportRow& row);
    [[nodiscard]] Result<int> weeklyMinutes(const ImportRow& row) const;
    [[nodiscard]] Result<QList<Id>> goals(const QString& text);
    [[nodiscard]] Result<Id> store(const Parsed& parsed);

    Database& m_db;
    const Clock& m_clock;
    ReferenceIndex m_payers;
    ReferenceIndex m_mentors;
    ReferenceIndex m_topics;
    QHash<int, Parsed> m_parsed; ///< by line, from validateRow() to importRow()
};

} // namespace mentordesk
