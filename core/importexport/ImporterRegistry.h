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
    /// Entities with an importer, in the order they are usually imported ("payers", "mentors",
    /// "learners", "courses", "lessons", "ratings").
    [[nodiscard]] static QStringList availableEntities();
    /// A fresh importer for `entity` (case-insensitive), for one import run. Invalid error on
    /// "entity" for unknown names.
    [[nodiscard]] static Result<std::unique_ptr<EntityImporter>>
    create(const QString& entity, Database& db, const Clock& clock, const ImporterOptions& options = {});
};

} // namespace mentordesk
