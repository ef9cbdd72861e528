// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 5: erasable payment references. Append-only: never edit this file once released.
//
// Payments and the payer credit ledger stay insert-only, with exactly one exception: personal-data
// erasure (docs/security.md) may replace a free-text column — `payments.reference`,
// `payer_credits.note` — by the erasure marker "[erased]" (PersonalDataRegistry::kErasedMarker), bumping
// the version and stamping updated_at/updated_by. Every other column must stay as it was, a marker
// cannot be set twice, and deletes stay refused. The update triggers of migration 2 are dropped and
// recreated with that single allowed change; they name every column of the tables at this version, so
// a later migration that adds a column to either table must recreate them again.
#include "storage/Migration.h"

namespace mentordesk {

// clang-format off
Migration schemaV5()
{
    return {5, QStringLiteral("Payment references and credit notes can be replaced by the erasure marker"), {
        QStringLiteral("DROP TRIGGER payments_no_update"),
        QStringLiteral("CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments WHEN NOT ("
            "NEW.id IS OLD.id AND NEW.payer_id IS OLD.payer_id AND NEW.invoice_id IS OLD.invoice_id "
            "AND NEW.paid_on IS OLD.paid_on AND NEW.amount_minor IS OLD.amount_minor "
            "AND NEW.applied_minor IS OLD.applied_minor AND NEW.method IS OLD.method "
            "AND NEW.created_at IS OLD.created_at AND NEW.deleted_at IS OLD.deleted_at "
            "AND NEW.version IS OLD.version + 1 "
            "AND OLD.reference IS NOT '[erased]' AND NEW.reference IS '[erased]') "
            "BEGIN SELECT RAISE(ABORT, 'payments are insert-only (only the reference may be erased)'); END"),
        QStringLiteral("DROP TRIGGER payer_credits_no_update"),
        QStringLiteral("CREATE TRIGGER payer_credits_no_update BEFORE UPDATE ON payer_credits WHEN NOT ("
            "NEW.id IS OLD.id AND NEW.payer_id IS OLD.payer_id AND NEW.entry_date IS OLD.entry_date "
            "AND NEW.amount_minor IS OLD.amount_minor AND NEW.kind IS OLD.kind "
            "AND NEW.payment_id IS OLD.payment_id AND NEW.invoice_id IS OLD.invoice_id "
            "AND NEW.created_at IS OLD.created_at AND NEW.deleted_at IS OLD.deleted_at "
            "AND NEW.version IS OLD.version + 1 "
            "AND OLD.note IS NOT '[erased]' AND NEW.note IS '[erased]') "
            "BEGIN SELECT RAISE(ABORT, 'the payer credit ledger is insert-only (only the note may be erased)'); END"),
    }};
}
// clang-format on

} // namespace mentordesk
