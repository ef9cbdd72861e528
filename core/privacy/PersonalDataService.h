// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "privacy/PersonalDataExport.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// Export and erasure of one learner's or payer's personal data (docs/security.md "Personal data").
/// Both walk PersonalDataRegistry, so a table is exported exactly when it is erased. Owner only
/// (Action::ExportPersonalData, Action::ErasePerson); both are written to the audit log.
class PersonalDataService final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataService)

public:
    PersonalDataService(Database& db, const Clock& clock, std::optional<Actor> actor = std::nullopt);

    /// Everything about the person, as JSON and as an HTML summary. NotFound for an unknown id.
    [[nodiscard]] Result<PersonalDataExport> exportPerson(PersonKind kind, const Id& id);
    /// Writes `<stem>.json` and `<stem>.html` into `dir` (created if missing); returns both paths.
    [[nodiscard]] static Result<QStringList> save(const PersonalDataExport& data, const QString& dir);

    /// Erases the person in one transaction: personal fields are cleared or replaced by a pseudonym in
    /// every registry table, free-text mentions of the name, e-mail and phone are replaced, issued invoices,
    /// credit notes, payments and the credit ledger stay unchanged, and a "person.erase" audit entry is
    /// written with the change. `confirmName` must repeat the person's current name (field "confirm").
    /// Refused while a learner has upcoming lessons or a payer still pays for active learners.
    [[nodiscard]] Result<ErasureReport> erase(PersonKind kind, const Id& id, const QString& confirmName);

    /// The name erased records carry: "Erased learner 3f2a9c1e".
    [[nodiscard]] static QString pseudonymFor(PersonKind kind, const Id& id);

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace mentordesk
