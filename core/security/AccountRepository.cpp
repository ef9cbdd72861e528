// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

namespace mentordesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, created_at, updated_at, updated_by, version, deleted_at, username, display_name, role, mentor_id, "
    "password_hash, failed_logins, locked_until, must_change_password, last_login_at FROM accounts ");

Account readAccount(const Statement& s)
{
    Account a;
    readMeta(s, a.meta);
    a.username = s.text(6);
    a.displayName = s.text(7);
    a.role = roleFromKey(s.text(8)).value_or(Role::Mentor);
    if (!s.isNull(9)) {
        a.mentorId = s.text(9);
    }
    a.passwordHash = s.text(10);
    a.failedLogins = static_cast<int>(s.integer(11));
    if (!s.isNull(12)) {
        a.lockedUntil = fromSqlTime(s.text(12));
    }
    a.mustChangePassword = s.integer(13) != 0;
    if (!s.isNull(14)) {
        a.lastLoginAt = fromSqlTime(s.text(14));
    }
    return a;
}

Result<std::optional<Account>> findOne(Database& db, const QString& where, const QString& value)
{
    auto s = db.prepare(kSelect + where);
    if (!s) {
        return fail(s.error());
    }
    s->bind(value);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<Account>();
    }
    return std::optional<Account>(readAccount(*s));
}

Result<qint64> count(Database& db, const QString& sql)
{
    auto s = db.prepare(sql);
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    return s->next() ? s->integer(0) : 0;
}

QString optionalTime(const QDateTime& t)
{
    return t.isValid() ? toSqlTime(t) : QString();
}

} // namespace

Result<void> AccountRepository::insert(const Account& a)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO accounts (id, created_at, updated_at, updated_by, version, deleted_at, username, display_name, "
        "role, mentor_id, password_hash, failed_logins, locked_until, must_change_password, last_login_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, a.meta, m_db.deviceId());
    s->bind(a.username).bind(a.displayName).bind(roleKey(a.role)).bindOptional(a.mentorId.value_or(QString()));
    s->bind(a.passwordHash).bind(a.failedLogins).bindOptional(optionalTime(a.lockedUntil));
    s->bind(a.mustChangePassword).bindOptional(optionalTime(a.lastLoginAt));
    return s->exec();
}

Result<std::optional<Account>> AccountRepository::findByUsername(const QString& username)
{
    return findOne(m_db, QStringLiteral("WHERE username = ? COLLATE NOCASE AND deleted_at IS NULL"), username);
}

Result<std::optional<Account>> AccountRepository::findById(const Id& id)
{
    return findOne(m_db, QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), id);
}

Result<QList<Account>> AccountRepository::list()
{
    auto s = m_db.prepare(kSelect + QStringLiteral("WHERE deleted_at IS NULL ORDER BY username COLLATE NOCASE"));
    if (!s) {
        return fail(s.error());
    }
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    QList<Account> out;
    while (s->next()) {
        out << readAccount(*s);
    }
    return out;
}

Result<qint64> AccountRepository::countLive()
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM accounts WHERE deleted_at IS NULL"));
}

Result<qint64> AccountRepository::countOwners()
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM accounts WHERE deleted_at IS NULL AND role = 'owner'"));
}

Result<void> AccountRepository::update(const Account& a, const QDateTime& nowUtc)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE accounts SET display_name = ?, role = ?, password_hash = ?, must_change_password = ?, "
        "updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(a.displayName).bind(roleKey(a.role)).bind(a.passwordHash).bind(a.mustChangePassword);
    s->bind(toSqlTime(nowUtc)).bind(m_db.deviceId()).bind(a.meta.id).bind(a.meta.version);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (s->rowsAffected() == 0) {
        return versionConflict(m_db, QStringLiteral("accounts"), a.meta.id);
    }
    return {};
}

Result<void> AccountRepository::updateLoginState(const Account& a)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE accounts SET failed_logins = ?, locked_until = ?, last_login_at = ?, password_hash = ? WHERE id = ?"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(a.failedLogins).bindOptional(optionalTime(a.lockedUntil)).bindOptional(optionalTime(a.lastLoginAt));
    s->bind(a.passwordHash).bind(a.meta.id);
    return s->exec();
}

Result<bool> AccountRepository::loginRequired()
{
    auto value = count(m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'security.login' AND value = '1'"));
    if (!value) {
        return fail(value.error());
    }
    return *value > 0;
}

Result<void> AccountRepository::setLoginRequired(bool required)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('security.login', ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(required ? QStringLiteral("1") : QStringLiteral("0"));
    return s->exec();
}

} // namespace mentordesk
