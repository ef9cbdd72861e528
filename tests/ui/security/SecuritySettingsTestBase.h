// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStudio.h"
#include "UiTestSupport.h"
#include "security/AccountService.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlQuery>

namespace mentordesk::test {

/// A demo studio plus helpers to create accounts through core (cheap password hashing).
class SecuritySettingsTestBase : public UiStudioTest
{
protected:
    static AccountInput input(const QString& username, Role role, const QString& password,
                              std::optional<Id> mentorId = std::nullopt)
    {
        AccountInput in;
        in.username = username;
        in.displayName = username.toUpper();
        in.role = role;
        in.mentorId = std::move(mentorId);
        in.password = password;
        return in;
    }

    AccountService cheapAccounts() { return {session().db(), m_clock, PasswordHasher(PasswordCost::floor())}; }

    Id firstMentor()
    {
        auto q = session().db().prepare(
            QStringLiteral("SELECT id FROM mentors WHERE deleted_at IS NULL ORDER BY id LIMIT 1"));
        if (!q || !q->exec() || !q->next()) {
            return {};
        }
        return q->text(0);
    }

    bool rawExec(const QString& sql)
    {
        QSqlQuery q(session().db().connection());
        return q.exec(sql);
    }
};

} // namespace mentordesk::test
