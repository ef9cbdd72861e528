// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

class QIODevice;

namespace mentordesk {

class Clock;
class Database;

/// A plain-text accounting journal (hledger/ledger format) of issued invoices, credit notes, payments and
/// payer-credit moves, for the studio's accountant. Every transaction balances to zero:
///  - invoice / credit note: assets:receivable:<payer> = grand total; income:lessons = −net;
///    liabilities:tax:<rate> = −tax per rate (credit notes mirror the signs);
///  - payment: assets:bank (assets:cash for cash) = amount; assets:receivable:<payer> = −applied;
///    liabilities:payer-credit:<payer> = −(amount − applied); credit used pays from liabilities:payer-credit;
///  - credit note beyond the open balance: assets:receivable:<payer> / liabilities:payer-credit:<payer>.
/// `hledger -f FILE balance` reads it; the totals come out at zero.
class JournalExporter final
{
    Q_DECLARE_TR_FUNCTIONS(JournalExporter)

public:
    struct Stats
    {
        int invoices = 0;
        int creditNotes = 0;
        int payments = 0;
    };

    JournalExporter(Database& db, const Clock& clock);

    /// Writes the transactions dated in [from, to] (invalid = open) to `device`, oldest first.
    [[nodiscard]] Result<Stats> write(QIODevice& device, const QDate& from = {}, const QDate& to = {});
    /// A journal-safe account name component: no ':' ';' or runs of spaces.
    [[nodiscard]] static QString accountPart(const QString& name);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
