// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "security/Access.h"
#include "security/AccountRepository.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <algorithm>

namespace mentordesk {

namespace {

/// Seconds an account waits after `failures` failed logins in a row (0 while under the free attempts).
qint64 lockSeconds(int failures)
{
    if (failures <= AccountService::kFreeAttempts) {
        return 0;
    }
    const int doublings = std::min(failures - AccountService::kFreeAttempts - 1, 5);
    return std::min<qint64>(30LL << doublings, 15 * 60);
}

QJsonObject accountDetails(const Account& a)
{
    return {{QStringLiteral("username"), a.username}, {QStringLiteral("role"), roleKey(a.role)}};
}

} // namespace

AccountService::AccountService(Database& db, const Clock& clock, PasswordHasher hasher)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(hasher)
{}

Actor AccountService::actorOf(const Account& a)
{
    return {a.meta.id, a.username, a.role, a.mentorId};
}

Result<Account> AccountService::createOwner(const AccountInput& input)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    AccountRepository repo(m_db);
    auto existing = repo.countLive();
    if (!existing) {
        return fail(existing.error());
    }
    if (*existing > 0) {
        return fail(Error::refused(tr("This studio already has accounts; the owner adds further ones.")));
    }
    AccountInput owner = input;
    owner.role = Role::Owner;
    auto created = insertAccount(Actor::localOwner(), owner);
    if (!created) {
        return fail(created.error());
    }
    if (auto ok = repo.setLoginRequired(true); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return created;
}

Result<Account> AccountService::add(const Actor& actor, const AccountInput& input)
{
    if (auto ok = Access::require(actor, Action::ManageAccounts, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto created = insertAccount(actor, input);
    if (!created) {
        return fail(created.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return created;
}

Result<Account> AccountService::insertAccount(const Actor& actor, const AccountInput& input)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[\\w.@-]{2,64}$"),
                                                    QRegularExpression::UseUnicodePropertiesOption);
    const QString username = input.username.trimmed();
    if (!usernamePattern.match(username).hasMatch()) {
        return fail(Error::invalid(QStringLiteral("username"),
                                   tr("A username has 2 to 64 letters, digits, dots, dashes, underscores or @.")));
    }
    auto display = Validation::requiredText(input.displayName.isEmpty() ? username : input.displayName,
                                            {QStringLiteral("display_name"), tr("Name")});
    if (!display) {
        return fail(display.error());
    }
    AccountRepository repo(m_db);
    auto clash = repo.findByUsername(username);
    if (!clash) {
        return fail(clash.error());
    }
    if (*clash) {
        return fail(Error::conflict(tr("The username “%1” is taken.").arg(username), QStringLiteral("username")));
    }
    if (input.role == Role::Mentor && (!input.mentorId || input.mentorId->isEmpty())) {
        return fail(Error::invalid(QStringLiteral("mentor_id"), tr("A mentor account must name its mentor.")));
    }
    if (input.mentorId && !input.mentorId->isEmpty()) {
        if (auto ok =
                requireRow(m_db, QStringLiteral("mentors"), *input.mentorId, QStringLiteral("mentor_id"), tr("mentor"));
            !ok) {
            return fail(ok.error());
        }
    }
    auto hash = m_hasher.hash(input.password);
    if (!hash) {
        return fail(hash.error());
    }
    Account a;
    a.meta.id = newId();
    a.meta.createdAt = a.meta.updatedAt = m_clock.nowUtc();
    a.meta.version = 1;
    a.username = username;
    a.displayName = *display;
    a.role = input.role;
    a.mentorId = input.mentorId && !input.mentorId->isEmpty() ? input.mentorId : std::nullopt;
    a.passwordHash = *hash;
    if (auto ok = repo.insert(a); !ok) {
        if (ok.error().code == ErrorCode::Storage && ok.error().message.contains(QStringLiteral("accounts_mentor"))) {
            return fail(Error::conflict(tr("That mentor already has an account."), QStringLiteral("mentor_id")));
        }
        return fail(ok.error());
    }
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(actor, QStringLiteral("account.create"), QStringLiteral("account"), a.meta.id,
                              accountDetails(a));
        !ok) {
        return fail(ok.error());
    }
    return a;
}

Result<Actor> AccountService::login(const QString& username, const QString& password)
{
    const Error wrong{ErrorCode::Refused, QStringLiteral("password"), tr("Wrong username or password.")};
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    AccountRepository repo(m_db);
    auto found = repo.findByUsername(username.trimmed());
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        // Why: the same work for an unknown name, so timing does not tell which usernames exist.
        static const QString dummy =
            PasswordHasher(PasswordCost::floor()).hash(QStringLiteral("not a password")).value_or(QString());
        (void)PasswordHasher::verify(dummy, password);
        return fail(wrong);
    }
    Account a = **found;
    const QDateTime now = m_clock.nowUtc();
    if (a.lockedUntil.isValid() && a.lockedUntil > now) {
        const qint64 wait = now.secsTo(a.lockedUntil);
        return fail(Error{ErrorCode::Refused, QStringLiteral("password"),
                          tr("Too many failed logins: try again in %n second(s).", nullptr, static_cast<int>(wait))});
    }
    if (!PasswordHasher::verify(a.passwordHash, password)) {
        ++a.failedLogins;
        const qint64 lock = lockSeconds(a.failedLogins);
        a.lockedUntil = lock > 0 ? now.addSecs(lock) : QDateTime();
        if (auto ok = repo.updateLoginState(a); !ok) {
            return fail(ok.error());
        }
        if (auto ok = tx->commit(); !ok) {
            return fail(ok.error());
        }
        return fail(wrong);
    }
    a.failedLogins = 0;
    a.lockedUntil = QDateTime();
    a.lastLoginAt = now;
    if (m_hasher.needsRehash(a.passwordHash)) {
        auto rehashed = m_hasher.hash(password);
        if (rehashed) {
            a.passwordHash = *rehashed;
        }
    }
    if (auto ok = repo.updateLoginState(a); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return actorOf(a);
}

Result<Account> AccountService::requireAccount(const Id& id)
{
    auto found = AccountRepository(m_db).findById(id);
    if (!found) {
        return fail(found.error());
    }
    if (!*found) {
        return fail(Error::notFound(tr("There is no account with id %1.").arg(id)));
    }
    return **found;
}

Result<void> AccountService::changePassword(const Actor& actor, const QString& current, const QString& next)
{
    if (auto ok = Access::require(actor, Action::ChangeOwnPassword, Ownership::Own); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto account = requireAccount(actor.accountId);
    if (!account) {
        return fail(account.error());
    }
    if (!PasswordHasher::verify(account->passwordHash, current)) {
        return fail(Error::invalid(QStringLiteral("current_password"), tr("The current password is wrong.")));
    }
    auto hash = m_hasher.hash(next);
    if (!hash) {
        return fail(hash.error());
    }
    account->passwordHash = *hash;
    account->mustChangePassword = false;
    if (auto ok = AccountRepository(m_db).update(*account, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(actor, QStringLiteral("account.password"), QStringLiteral("account"), account->meta.id,
                              accountDetails(*account));
        !ok) {
        return fail(ok.error());
    }
    return tx->commit();
}

Result<void> AccountService::resetPassword(const Actor& actor, const Id& accountId, const QString& temporary)
{
    if (auto ok = Access::require(actor, Action::ManageAccounts, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto account = requireAccount(accountId);
    if (!account) {
        return fail(account.error());
    }
    auto hash = m_hasher.hash(temporary);
    if (!hash) {
        return fail(hash.error());
    }
    account->passwordHash = *hash;
    account->mustChangePassword = true;
    if (auto ok = AccountRepository(m_db).update(*account, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    account->failedLogins = 0;
    account->lockedUntil = QDateTime();
    if (auto ok = AccountRepository(m_db).updateLoginState(*account); !ok) {
        return fail(ok.error());
    }
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(actor, QStringLiteral("account.password_reset"), QStringLiteral("account"),
                              account->meta.id, accountDetails(*account));
        !ok) {
        return fail(ok.error());
    }
    return tx->commit();
}

Result<void> AccountService::setRole(const Actor& actor, const Id& accountId, Role role)
{
    if (auto ok = Access::require(actor, Action::ManageAccounts, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto account = requireAccount(accountId);
    if (!account) {
        return fail(account.error());
    }
    if (account->role == role) {
        return {};
    }
    AccountRepository repo(m_db);
    if (account->role == Role::Owner) {
        auto owners = repo.countOwners();
        if (!owners) {
            return fail(owners.error());
        }
        if (*owners <= 1) {
            return fail(Error::refused(tr("The studio's last owner cannot be given another role.")));
        }
    }
    if (role == Role::Mentor && !account->mentorId) {
        return fail(Error::invalid(QStringLiteral("role"), tr("Only an account linked to a mentor can be a mentor.")));
    }
    QJsonObject details = accountDetails(*account);
    details.insert(QStringLiteral("from"), roleKey(account->role));
    details.insert(QStringLiteral("to"), roleKey(role));
    account->role = role;
    if (auto ok = repo.update(*account, m_clock.nowUtc()); !ok) {
        return fail(ok.error());
    }
    if (auto ok =
            AuditLog(m_db, m_clock)
                .record(actor, QStringLiteral("account.role"), QStringLiteral("account"), account->meta.id, details);
        !ok) {
        return fail(ok.error());
    }
    return tx->commit();
}

Result<QList<Account>> AccountService::list(const Actor& actor)
{
    if (auto ok = Access::require(actor, Action::ManageAccounts, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    return AccountRepository(m_db).list();
}

Result<bool> AccountService::loginRequired()
{
    return AccountRepository(m_db).loginRequired();
}

Result<void> AccountService::setLoginRequired(const Actor& actor, bool required)
{
    if (auto ok = Access::require(actor, Action::ManageSettings, Ownership::Studio); !ok) {
        return fail(ok.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    AccountRepository repo(m_db);
    if (required) {
        auto owners = repo.countOwners();
        if (!owners) {
            return fail(owners.error());
        }
        if (*owners == 0) {
            return fail(Error::refused(tr("Create the owner's account before turning the login on.")));
        }
    }
    if (auto ok = repo.setLoginRequired(required); !ok) {
        return fail(ok.error());
    }
    if (auto ok = AuditLog(m_db, m_clock)
                      .record(actor, QStringLiteral("studio.login"), QStringLiteral("studio"), QString(),
                              {{QStringLiteral("required"), required}});
        !ok) {
        return fail(ok.error());
    }
    return tx->commit();
}

} // namespace mentordesk
