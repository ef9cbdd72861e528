// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "invoices/Invoice.h"
#include "invoices/InvoiceFilter.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace mentordesk {

class Clock;
class Database;

/// Reading and issuing invoices. Issuing takes the next number of the studio's invoice series inside
/// the issuing transaction, so numbers are sequential and gap-free per series: a failure anywhere rolls
/// the number back with everything else. Issued invoices never change (the database refuses it).
class InvoiceService final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    /// Every change is written to the audit log as `actor` (default: the connection's signed-in account), in the same
    /// transaction.
    InvoiceService(Database& db, const Clock& clock, std::optional<Actor> actor = std::nullopt);

    /// The invoice (or credit note) with lines, taxes, payments and credit notes; NotFound otherwise.
    /// `idOrNumber` is an id or an issued number such as "INV-0042".
    [[nodiscard]] Result<InvoiceDetail> get(const QString& idOrNumber);
    [[nodiscard]] Result<Page<Invoice>> list(const InvoiceFilter& filter, PageRequest page = {});

    /// Issues a draft on `issueDate` (invalid = today in the studio's time zone): number, payer snapshot,
    /// due date from the studio's payment terms. Any payer credit is applied to it at once.
    [[nodiscard]] Result<Invoice> issue(const QString& idOrNumber, const QDate& issueDate = {});
    /// Issues every draft of a billing period, in payer-name order, all or nothing. `progress` (optional) is
    /// called after each draft with the number issued so far and the number of drafts.
    [[nodiscard]] Result<QList<Invoice>> issuePeriod(const QString& period, const QDate& issueDate = {},
                                                     const std::function<void(int, int)>& progress = {});

    /// Today in the studio's time zone.
    [[nodiscard]] Result<QDate> today();

private:
    [[nodiscard]] Result<Invoice> find(const QString& idOrNumber, const QDate& today);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
};

} // namespace mentordesk
