// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/EntityImporter.h"

#include <QCoreApplication>
#include <memory>

namespace mentordesk {

class Clock;
class Database;

/// Which entities can be imported from CSV, and their importers.
class ImporterRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ImporterRegistry)

public:
    /// Entities with an importer today ("payers").
    [[nodiscard]] static QStringList availableEntities();
    /// Entities that are planned but have no importer yet.
    [[nodiscard]] static QStringList plannedEntities();
    /// The importer for `entity` (case-insensitive). Invalid error on "entity" for unknown names,
    /// Refused ("not available yet") for planned ones.
    [[nodiscard]] static Result<std::unique_ptr<EntityImporter>> create(const QString& entity, Database& db,
                                                                        const Clock& clock);
};

} // namespace mentordesk
