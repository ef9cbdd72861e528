// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "people/Payer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for payers (families). Each call validates its input and runs in one transaction.
class PayerService final
{
    Q_DECLARE_TR_FUNCTIONS(PayerService)

public:
    PayerService(Database& db, const Clock& clock);

    /// Validates `input` and stores a new payer.
    [[nodiscard]] Result<Payer> create(const PayerInput& input);
    /// Replaces the editable fields. `expectedVersion` is the version the user edited (0 = don't check).
    [[nodiscard]] Result<Payer> edit(const Id& id, const PayerInput& input, qint64 expectedVersion = 0);
    [[nodiscard]] Result<Payer> archive(const Id& id);
    [[nodiscard]] Result<Payer> restore(const Id& id);
    /// The payer, or NotFound.
    [[nodiscard]] Result<Payer> get(const Id& id);
    [[nodiscard]] Result<Page<Payer>> list(const PayerFilter& filter, PageRequest page = {});
    /// Names of the payers among `ids` (archived ones included; unknown or deleted ids are left out), read
    /// in a few batched queries — for lists that show a payer column without a query per row. A mentor
    /// account gets only the payers of its own learners.
    [[nodiscard]] Result<QHash<Id, QString>> namesFor(const QList<Id>& ids);

    /// Checks and normalises input without storing anything (used by import previews).
    [[nodiscard]] static Result<PayerInput> validate(const PayerInput& input);

private:
    [[nodiscard]] Result<Payer> setArchived(const Id& id, bool archived);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
