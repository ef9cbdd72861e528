// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace mentordesk {

class Clock;
class Database;

/// One of the demo studio's documented logins.
struct DemoLogin
{
    QString username;
    QString password;
    QString role; ///< "owner", "mentor", "front_desk"
};

/// `demo --with-login`: turns the login on in a demo studio with documented accounts — an owner, the
/// first two mentors and a front desk (docs/security.md, "Trying it").
class DemoAccounts final
{
public:
    [[nodiscard]] static Result<QList<DemoLogin>> create(Database& db, const Clock& clock);
};

} // namespace mentordesk
