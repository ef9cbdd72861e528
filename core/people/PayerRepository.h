// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "people/Payer.h"

#include <QHash>
#include <QList>
#include <optional>

namespace mentordesk {

class Database;

/// SQL for the `payers` table. Reads skip tombstoned rows.
class PayerRepository final
{
public:
    explicit PayerRepository(Database& db);

    /// Inserts a new row; `payer.meta` must carry id, timestamps and version 1.
    [[nodiscard]] Result<void> insert(const Payer& payer);
    /// Writes every field and bumps the version. Fails with Conflict when the row's version is no
    /// longer `payer.meta.version` (someone else changed it), NotFound when it is gone.
    [[nodiscard]] Result<void> update(const Payer& payer);
    [[nodiscard]] Result<std::optional<Payer>> find(const Id& id);
    [[nodiscard]] Result<Page<Payer>> list(const PayerFilter& filter, PageRequest page);
    /// Names of the live payers (archived ones included) among `ids`; unknown ids are left out.
    /// Reads in batches of a fixed size, so a page of a list costs one or two queries. With `taughtBy`,
    /// only payers of learners that mentor teaches (a mentor account).
    [[nodiscard]] Result<QHash<Id, QString>> namesFor(const QList<Id>& ids, const Id& taughtBy = {});

private:
    Database& m_db;
};

} // namespace mentordesk
