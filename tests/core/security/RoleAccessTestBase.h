// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonTestBase.h"
#include "security/Actor.h"
#include "storage/Database.h"

namespace mentordesk::test {

/// True when `result` failed with the permission refusal of Access::require.
template <typename T>
bool refused(const Result<T>& result)
{
    return !result && result.error().code == ErrorCode::Refused && result.error().field == QStringLiteral("permission");
}

/// The lesson studio (mentors Anna and Bo; Li, Mia and Noah enrolled with Anna) plus Ola, enrolled with
/// Bo, and helpers that switch the connection's actor (Database::setActor) between the roles.
class RoleAccessTestBase : public LessonTestBase
{
protected:
    void SetUp() override
    {
        LessonTestBase::SetUp();
        ola = fx().addLearner(QStringLiteral("Ola Berg"));
        olaEnrollment = fx().addEnrollment(ola, bo);
    }

    void asOwner() { db().setActor(Actor::localOwner()); }
    void asAnna() { db().setActor({QStringLiteral("acc-anna"), QStringLiteral("anna"), Role::Mentor, anna}); }
    void asDesk() { db().setActor({QStringLiteral("acc-desk"), QStringLiteral("desk"), Role::FrontDesk, {}}); }
    void asNobody() { db().setActor(Actor::nobody()); }

    Id ola, olaEnrollment;
};

} // namespace mentordesk::test
