// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 3: accounts and the audit log. Append-only: never edit this file once released.
//
// `accounts` holds the studio's logins (docs/security.md): an Argon2id PHC string per account, the
// throttling state, and the mentor record an account is (NULL for front desk). `audit_log` is
// insert-only — the triggers below make the database itself refuse UPDATE and DELETE — and chained
// by SHA-256 (AuditChain). Whether the studio asks for a login is the meta key "security.login".
#include "storage/Migration.h"

namespace mentordesk {

// clang-format off
Migration schemaV3()
{
    return {3, QStringLiteral("Accounts, roles and the append-only audit log"), {
        QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY NOT NULL, "
            "username TEXT NOT NULL CHECK (length(trim(username)) > 0), display_name TEXT NOT NULL, "
            "role TEXT NOT NULL CHECK (role IN ('owner','mentor','front_desk')), "
            "mentor_id TEXT REFERENCES mentors (id), password_hash TEXT NOT NULL, "
            "failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0), locked_until TEXT, "
            "must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)), "
            "last_login_at TEXT, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
            "version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), deleted_at TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX accounts_username ON accounts (username COLLATE NOCASE) "
            "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX accounts_mentor ON accounts (mentor_id) "
            "WHERE deleted_at IS NULL AND mentor_id IS NOT NULL"),

        QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1), "
            "id TEXT NOT NULL UNIQUE, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
            "entity TEXT NOT NULL, entity_id TEXT NOT NULL, details TEXT NOT NULL DEFAULT '{}', "
            "prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64), hash TEXT NOT NULL CHECK (length(hash) = 64))"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    }};
}
// clang-format on

} // namespace mentordesk
