// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 2: billing and invoices. Append-only: never edit this file once released; add a new step.
//
// Plans keep their terms as JSON text (`plans.terms`, format in docs/billing.md "Stored plans"); everything
// money-related is an integer of minor units. Issued invoices, their lines and taxes are immutable in the
// database itself (triggers below); payments and the payer credit ledger are insert-only. What a billing
// run billed is recorded in `billed_sources`, whose partial UNIQUE index makes billing anything twice
// impossible while the invoice that billed it is live (drafts included; a fully credited invoice releases
// its sources so a corrected run can bill them again).
#include "storage/Migration.h"

namespace mentordesk {

// clang-format off
#define MD_SYNC_COLUMNS_V2                                                                                             \
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "                                   \
    "version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), deleted_at TEXT"

#define MD_IMMUTABLE(table, when, message)                                                                             \
    QStringLiteral("CREATE TRIGGER " table "_no_update BEFORE UPDATE ON " table " WHEN " when                           \
                   " BEGIN SELECT RAISE(ABORT, '" message "'); END"),                                                  \
    QStringLiteral("CREATE TRIGGER " table "_no_delete BEFORE DELETE ON " table " WHEN " when                           \
                   " BEGIN SELECT RAISE(ABORT, '" message "'); END")

Migration schemaV2()
{
    return {2, QStringLiteral("Billing: tax rates, settings, plans, packages, invoices, payments, payer credit"), {
        QStringLiteral("ALTER TABLE lessons ADD COLUMN make_up INTEGER NOT NULL DEFAULT 0 CHECK (make_up IN (0,1))"),

        QStringLiteral("CREATE TABLE tax_rates (id TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL CHECK (length(trim(label)) > 0), "
            "rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000), position INTEGER NOT NULL DEFAULT 0, "
            MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE UNIQUE INDEX tax_rates_label ON tax_rates (label COLLATE NOCASE) WHERE deleted_at IS NULL"),

        QStringLiteral("CREATE TABLE invoice_series (id TEXT PRIMARY KEY NOT NULL, "
            "kind TEXT NOT NULL CHECK (kind IN ('invoice','credit_note')), prefix TEXT NOT NULL, "
            "digits INTEGER NOT NULL DEFAULT 4 CHECK (digits BETWEEN 1 AND 12), "
            "next_number INTEGER NOT NULL DEFAULT 1 CHECK (next_number >= 1), " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE UNIQUE INDEX invoice_series_prefix ON invoice_series (prefix) WHERE deleted_at IS NULL"),
        // Gap-free numbering: a series' counter only ever moves forward, one number at a time.
        QStringLiteral("CREATE TRIGGER invoice_series_forward BEFORE UPDATE OF next_number ON invoice_series "
            "WHEN NEW.next_number NOT IN (OLD.next_number, OLD.next_number + 1) "
            "BEGIN SELECT RAISE(ABORT, 'an invoice series only counts forward by one'); END"),

        QStringLiteral("CREATE TABLE billing_settings (id TEXT PRIMARY KEY NOT NULL, "
            "tax_mode TEXT NOT NULL DEFAULT 'exclusive' CHECK (tax_mode IN ('exclusive','inclusive')), "
            "late_cancel_hours INTEGER NOT NULL DEFAULT 24 CHECK (late_cancel_hours BETWEEN 0 AND 720), "
            "late_cancel_percent_bp INTEGER NOT NULL DEFAULT 10000 CHECK (late_cancel_percent_bp BETWEEN 0 AND 10000), "
            "no_show_percent_bp INTEGER NOT NULL DEFAULT 10000 CHECK (no_show_percent_bp BETWEEN 0 AND 10000), "
            "make_up_credits INTEGER NOT NULL DEFAULT 0 CHECK (make_up_credits IN (0,1)), "
            "invoice_series_id TEXT REFERENCES invoice_series (id), "
            "credit_note_series_id TEXT REFERENCES invoice_series (id), "
            "payment_terms_note TEXT NOT NULL DEFAULT '', " MD_SYNC_COLUMNS_V2 ")"),

        // enrollment_id NULL: a plan the studio offers (the plan advisor quotes it), not attached to anyone.
        QStringLiteral("CREATE TABLE plans (id TEXT PRIMARY KEY NOT NULL, enrollment_id TEXT REFERENCES enrollments (id), "
            "kind TEXT NOT NULL CHECK (kind IN ('hourly','subscription','package','project','module')), "
            "label TEXT NOT NULL DEFAULT '', effective_from TEXT NOT NULL, tax_rate_id TEXT REFERENCES tax_rates (id), "
            "terms TEXT NOT NULL CHECK (json_valid(terms)), " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE UNIQUE INDEX plans_enrollment_date ON plans (enrollment_id, effective_from) "
            "WHERE deleted_at IS NULL AND enrollment_id IS NOT NULL"),

        QStringLiteral("CREATE TABLE discounts (id TEXT PRIMARY KEY NOT NULL, payer_id TEXT REFERENCES payers (id), "
            "plan_id TEXT REFERENCES plans (id), label TEXT NOT NULL CHECK (length(trim(label)) > 0), "
            "kind TEXT NOT NULL CHECK (kind IN ('percent','fixed')), value INTEGER NOT NULL CHECK (value > 0), "
            MD_SYNC_COLUMNS_V2 ", CHECK ((payer_id IS NULL) <> (plan_id IS NULL)), "
            "CHECK (kind = 'fixed' OR value <= 10000))"),
        QStringLiteral("CREATE INDEX discounts_payer ON discounts (payer_id)"),
        QStringLiteral("CREATE INDEX discounts_plan ON discounts (plan_id)"),

        QStringLiteral("CREATE TABLE package_purchases (id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL REFERENCES plans (id), "
            "enrollment_id TEXT NOT NULL REFERENCES enrollments (id), purchased_on TEXT NOT NULL, "
            "minutes INTEGER NOT NULL CHECK (minutes > 0), price_minor INTEGER NOT NULL CHECK (price_minor >= 0), "
            "valid_until TEXT, " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE INDEX package_purchases_plan ON package_purchases (plan_id, purchased_on)"),

        QStringLiteral("CREATE TABLE milestone_states (id TEXT PRIMARY KEY NOT NULL, plan_id TEXT NOT NULL REFERENCES plans (id), "
            "milestone_id TEXT NOT NULL, reached_on TEXT NOT NULL, " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE UNIQUE INDEX milestone_states_pair ON milestone_states (plan_id, milestone_id) WHERE deleted_at IS NULL"),

        QStringLiteral("CREATE TABLE module_starts (id TEXT PRIMARY KEY NOT NULL, enrollment_id TEXT NOT NULL REFERENCES enrollments (id), "
            "module_id TEXT NOT NULL REFERENCES course_modules (id), started_on TEXT NOT NULL, " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE UNIQUE INDEX module_starts_pair ON module_starts (enrollment_id, module_id) WHERE deleted_at IS NULL"),

        // status is 'draft' or 'issued'; paid / partly paid / overdue / credited are derived from payments and
        // credit notes. Credit notes are invoices of kind 'credit_note' with negative amounts.
        QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY NOT NULL, "
            "kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice','credit_note')), "
            "status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued')), "
            "series_id TEXT REFERENCES invoice_series (id), number INTEGER, number_text TEXT, "
            "payer_id TEXT NOT NULL REFERENCES payers (id), payer_name TEXT NOT NULL DEFAULT '', "
            "payer_address TEXT NOT NULL DEFAULT '', payer_tax_id TEXT NOT NULL DEFAULT '', "
            "period TEXT NOT NULL DEFAULT '', issue_date TEXT, due_date TEXT, "
            "currency TEXT NOT NULL CHECK (length(currency) = 3), "
            "language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en','zh_CN')), "
            "tax_mode TEXT NOT NULL DEFAULT 'exclusive' CHECK (tax_mode IN ('exclusive','inclusive')), "
            "lines_total INTEGER NOT NULL DEFAULT 0, net_total INTEGER NOT NULL DEFAULT 0, "
            "tax_total INTEGER NOT NULL DEFAULT 0, grand_total INTEGER NOT NULL DEFAULT 0, "
            "credited_invoice_id TEXT REFERENCES invoices (id), reason TEXT NOT NULL DEFAULT '', "
            "tax_rule_note TEXT NOT NULL DEFAULT '', " MD_SYNC_COLUMNS_V2 ", "
            "CHECK ((status = 'draft') = (number IS NULL)), "
            "CHECK (status = 'draft' OR (series_id IS NOT NULL AND issue_date IS NOT NULL AND due_date IS NOT NULL)), "
            "CHECK ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL)))"),
        QStringLiteral("CREATE UNIQUE INDEX invoices_number ON invoices (series_id, number) WHERE number IS NOT NULL"),
        QStringLiteral("CREATE INDEX invoices_payer ON invoices (payer_id, issue_date)"),
        QStringLiteral("CREATE INDEX invoices_period ON invoices (period, status)"),
        QStringLiteral("CREATE INDEX invoices_credited ON invoices (credited_invoice_id) WHERE credited_invoice_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX invoices_one_draft ON invoices (payer_id, period) "
            "WHERE status = 'draft' AND kind = 'invoice' AND deleted_at IS NULL"),

        QStringLiteral("CREATE TABLE invoice_lines (id TEXT PRIMARY KEY NOT NULL, invoice_id TEXT NOT NULL REFERENCES invoices (id), "
            "position INTEGER NOT NULL CHECK (position >= 1), learner_id TEXT REFERENCES learners (id), "
            "enrollment_id TEXT REFERENCES enrollments (id), plan_id TEXT REFERENCES plans (id), "
            "group_label TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, args TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(args)), "
            "description TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL, "
            "unit TEXT NOT NULL CHECK (unit IN ('minutes','units')), unit_price_minor INTEGER NOT NULL, "
            "amount_minor INTEGER NOT NULL, tax_rate_id TEXT REFERENCES tax_rates (id), "
            "tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000), tax_label TEXT NOT NULL DEFAULT '', "
            "source_kind TEXT NOT NULL DEFAULT 'none', source_id TEXT NOT NULL DEFAULT '', "
            "credited_line_id TEXT REFERENCES invoice_lines (id), " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, position)"),
        QStringLiteral("CREATE INDEX invoice_lines_credited ON invoice_lines (credited_line_id) WHERE credited_line_id IS NOT NULL"),

        QStringLiteral("CREATE TABLE invoice_taxes (id TEXT PRIMARY KEY NOT NULL, invoice_id TEXT NOT NULL REFERENCES invoices (id), "
            "position INTEGER NOT NULL, tax_rate_id TEXT REFERENCES tax_rates (id), label TEXT NOT NULL DEFAULT '', "
            "rate_bp INTEGER NOT NULL DEFAULT 0, lines_subtotal INTEGER NOT NULL, net INTEGER NOT NULL, "
            "tax INTEGER NOT NULL, gross INTEGER NOT NULL, " MD_SYNC_COLUMNS_V2 ", CHECK (gross = net + tax))"),
        QStringLiteral("CREATE INDEX invoice_taxes_invoice ON invoice_taxes (invoice_id, position)"),

        // What each line billed. scope_id is the enrollment for lessons (a group lesson is billed once per
        // attendee) and the plan for everything else (subscription periods, packages, package draws,
        // milestones, the one-off fee; modules use the enrollment). minutes: the rollover carried out of a
        // subscription period, or the minutes of a package draw. make_up_delta: +1 a make-up credit earned,
        // −1 one consumed.
        QStringLiteral("CREATE TABLE billed_sources (id TEXT PRIMARY KEY NOT NULL, invoice_id TEXT NOT NULL REFERENCES invoices (id), "
            "line_id TEXT NOT NULL REFERENCES invoice_lines (id), enrollment_id TEXT REFERENCES enrollments (id), "
            "plan_id TEXT REFERENCES plans (id), scope_id TEXT NOT NULL, source_kind TEXT NOT NULL CHECK (source_kind IN "
            "('lesson','subscription_period','package','package_draw','milestone','module','plan')), "
            "source_id TEXT NOT NULL, minutes INTEGER NOT NULL DEFAULT 0, package_id TEXT REFERENCES package_purchases (id), "
            "make_up_delta INTEGER NOT NULL DEFAULT 0 CHECK (make_up_delta BETWEEN -1 AND 1), released_at TEXT, "
            MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE UNIQUE INDEX billed_sources_once ON billed_sources (scope_id, source_kind, source_id) "
            "WHERE deleted_at IS NULL AND released_at IS NULL"),
        QStringLiteral("CREATE INDEX billed_sources_source ON billed_sources (source_id, source_kind)"),
        QStringLiteral("CREATE INDEX billed_sources_invoice ON billed_sources (invoice_id)"),
        QStringLiteral("CREATE INDEX billed_sources_plan ON billed_sources (plan_id, source_kind)"),
        QStringLiteral("CREATE INDEX billed_sources_package ON billed_sources (package_id) WHERE package_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX billed_sources_make_up ON billed_sources (enrollment_id) WHERE make_up_delta <> 0"),

        // applied_minor: the part of the payment that settled the invoice; the rest became payer credit.
        QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY NOT NULL, payer_id TEXT NOT NULL REFERENCES payers (id), "
            "invoice_id TEXT REFERENCES invoices (id), paid_on TEXT NOT NULL, amount_minor INTEGER NOT NULL CHECK (amount_minor > 0), "
            "applied_minor INTEGER NOT NULL CHECK (applied_minor >= 0 AND applied_minor <= amount_minor), "
            "method TEXT NOT NULL CHECK (method IN ('cash','bank_transfer','card','cheque','online','payer_credit','other')), "
            "reference TEXT NOT NULL DEFAULT '', " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE INDEX payments_invoice ON payments (invoice_id)"),
        QStringLiteral("CREATE INDEX payments_payer ON payments (payer_id, paid_on)"),

        // The payer's credit: + overpayments and credit notes beyond what was still owed, − credit applied to
        // an invoice (or refunded).
        QStringLiteral("CREATE TABLE payer_credits (id TEXT PRIMARY KEY NOT NULL, payer_id TEXT NOT NULL REFERENCES payers (id), "
            "entry_date TEXT NOT NULL, amount_minor INTEGER NOT NULL CHECK (amount_minor <> 0), "
            "kind TEXT NOT NULL CHECK (kind IN ('overpayment','credit_note','applied','refund')), "
            "payment_id TEXT REFERENCES payments (id), invoice_id TEXT REFERENCES invoices (id), "
            "note TEXT NOT NULL DEFAULT '', " MD_SYNC_COLUMNS_V2 ")"),
        QStringLiteral("CREATE INDEX payer_credits_payer ON payer_credits (payer_id, entry_date)"),

        MD_IMMUTABLE("invoices", "OLD.status = 'issued'", "issued invoices are immutable; issue a credit note"),
        MD_IMMUTABLE("invoice_lines", "(SELECT status FROM invoices WHERE id = OLD.invoice_id) = 'issued'",
                     "lines of issued invoices are immutable; issue a credit note"),
        MD_IMMUTABLE("invoice_taxes", "(SELECT status FROM invoices WHERE id = OLD.invoice_id) = 'issued'",
                     "taxes of issued invoices are immutable; issue a credit note"),
        QStringLiteral("CREATE TRIGGER invoice_lines_no_insert BEFORE INSERT ON invoice_lines "
            "WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'issued' "
            "BEGIN SELECT RAISE(ABORT, 'lines of issued invoices are immutable; issue a credit note'); END"),
        QStringLiteral("CREATE TRIGGER invoice_taxes_no_insert BEFORE INSERT ON invoice_taxes "
            "WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) = 'issued' "
            "BEGIN SELECT RAISE(ABORT, 'taxes of issued invoices are immutable; issue a credit note'); END"),
        MD_IMMUTABLE("payments", "1", "payments are insert-only"),
        MD_IMMUTABLE("payer_credits", "1", "the payer credit ledger is insert-only"),
    }};
}
// clang-format on

} // namespace mentordesk
