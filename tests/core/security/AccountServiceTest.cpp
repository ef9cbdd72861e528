// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountService.h"

#include "TestStudio.h"
#include "people/MentorService.h"
#include "security/AccountRepository.h"
#include "security/AuditLog.h"

using namespace mentordesk;

class AccountServiceTest : public test::StudioTest
{
protected:
    AccountService service() { return AccountService(db(), clock(), PasswordHasher(PasswordCost::floor())); }

    Actor makeOwner()
    {
        auto owner = service().createOwner({QStringLiteral("olivia"), QStringLiteral("Olivia Owner"), Role::Owner,
                                            std::nullopt, QStringLiteral("owner-password")});
        EXPECT_TRUE(owner) << owner.error().message.toStdString();
        return AccountService::actorOf(*owner);
    }

    Id makeMentor(const QString& name)
    {
        MentorInput input;
        input.name = name;
        return MentorService(db(), clock()).create(input).value().meta.id;
    }
};

TEST_F(AccountServiceTest, FirstOwnerTurnsLoginOnAndIsAudited)
{
    EXPECT_FALSE(service().loginRequired().value());
    const Actor owner = makeOwner();
    EXPECT_EQ(owner.role, Role::Owner);
    EXPECT_TRUE(service().loginRequired().value());
    auto again = service().createOwner(
        {QStringLiteral("other"), QString(), Role::Owner, std::nullopt, QStringLiteral("another-password")});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    auto log = AuditLog(db(), clock()).browse(owner, {});
    ASSERT_EQ(log->size(), 1);
    EXPECT_EQ(log->at(0).action, QStringLiteral("account.create"));
}

TEST_F(AccountServiceTest, LoginChecksThePasswordWithOneMessageForBothMistakes)
{
    makeOwner();
    auto ok = service().login(QStringLiteral("OLIVIA"), QStringLiteral("owner-password"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->username, QStringLiteral("olivia"));
    auto wrongPassword = service().login(QStringLiteral("olivia"), QStringLiteral("nope-nope"));
    auto wrongUser = service().login(QStringLiteral("nobody"), QStringLiteral("owner-password"));
    ASSERT_FALSE(wrongPassword);
    ASSERT_FALSE(wrongUser);
    EXPECT_EQ(wrongPassword.error().message, wrongUser.error().message);
    EXPECT_EQ(wrongPassword.error().field, QStringLiteral("password"));
}

TEST_F(AccountServiceTest, RepeatedFailuresThrottleThenExpire)
{
    makeOwner();
    for (int i = 0; i < AccountService::kFreeAttempts; ++i) {
        ASSERT_FALSE(service().login(QStringLiteral("olivia"), QStringLiteral("wrong-password")));
    }
    // Still free: the right password works and resets the count.
    ASSERT_TRUE(service().login(QStringLiteral("olivia"), QStringLiteral("owner-password")));
    for (int i = 0; i <= AccountService::kFreeAttempts; ++i) {
        ASSERT_FALSE(service().login(QStringLiteral("olivia"), QStringLiteral("wrong-password")));
    }
    auto locked = service().login(QStringLiteral("olivia"), QStringLiteral("owner-password"));
    ASSERT_FALSE(locked);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("30"))) << locked.error().message.toStdString();
    clock().advanceSeconds(31);
    ASSERT_FALSE(service().login(QStringLiteral("olivia"), QStringLiteral("wrong-password")));
    auto longer = service().login(QStringLiteral("olivia"), QStringLiteral("owner-password"));
    ASSERT_FALSE(longer);
    EXPECT_TRUE(longer.error().message.contains(QStringLiteral("60"))) << longer.error().message.toStdString();
    clock().advanceSeconds(61);
    EXPECT_TRUE(service().login(QStringLiteral("olivia"), QStringLiteral("owner-password")));
}

TEST_F(AccountServiceTest, LoginUpgradesAHashMadeWithOlderParameters)
{
    makeOwner();
    const QString before = AccountRepository(db()).findByUsername(QStringLiteral("olivia")).value()->passwordHash;
    EXPECT_EQ(PasswordHasher::costOf(before).opsLimit, 2U);
    AccountService stronger(db(), clock(), PasswordHasher(PasswordCost{3, 20ULL << 20U}));
    ASSERT_TRUE(stronger.login(QStringLiteral("olivia"), QStringLiteral("owner-password")));
    const QString after = AccountRepository(db()).findByUsername(QStringLiteral("olivia")).value()->passwordHash;
    EXPECT_EQ(PasswordHasher::costOf(after).opsLimit, 3U);
    EXPECT_EQ(PasswordHasher::costOf(after).memLimitBytes, 20ULL << 20U);
    EXPECT_TRUE(stronger.login(QStringLiteral("olivia"), QStringLiteral("owner-password")));
}

TEST_F(AccountServiceTest, OwnerAddsAccountsOthersCannot)
{
    const Actor owner = makeOwner();
    const Id mentorId = makeMentor(QStringLiteral("Ming Li"));
    auto mentor = service().add(owner, {QStringLiteral("ming"), QStringLiteral("Ming Li"), Role::Mentor, mentorId,
                                        QStringLiteral("mentor-password")});
    ASSERT_TRUE(mentor) << mentor.error().message.toStdString();
    const Actor mentorActor = AccountService::actorOf(*mentor);
    auto refused = service().add(mentorActor, {QStringLiteral("desk"), QString(), Role::FrontDesk, std::nullopt,
                                               QStringLiteral("desk-password")});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("permission"));
    EXPECT_EQ(service().list(owner)->size(), 2);
}

TEST_F(AccountServiceTest, BadAccountInputNamesTheField)
{
    const Actor owner = makeOwner();
    const auto fieldOf = [&](const AccountInput& in) {
        auto r = service().add(owner, in);
        return r ? QString() : r.error().field;
    };
    EXPECT_EQ(fieldOf({QStringLiteral("x"), QString(), Role::FrontDesk, std::nullopt, QStringLiteral("long-enough")}),
              QStringLiteral("username"));
    EXPECT_EQ(
        fieldOf({QStringLiteral("Olivia"), QString(), Role::FrontDesk, std::nullopt, QStringLiteral("long-enough")}),
        QStringLiteral("username"));
    EXPECT_EQ(fieldOf({QStringLiteral("desk"), QString(), Role::FrontDesk, std::nullopt, QStringLiteral("short")}),
              QStringLiteral("password"));
    EXPECT_EQ(fieldOf({QStringLiteral("ming"), QString(), Role::Mentor, std::nullopt, QStringLiteral("long-enough")}),
              QStringLiteral("mentor_id"));
    EXPECT_EQ(fieldOf({QStringLiteral("ming"), QString(), Role::Mentor,
                       QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("long-enough")}),
              QStringLiteral("mentor_id"));
    EXPECT_EQ(service().list(owner)->size(), 1);
    EXPECT_EQ(AuditLog(db(), clock()).verify()->entries, 1);
}

TEST_F(AccountServiceTest, ResetForcesAChangeAndChangeChecksTheCurrentPassword)
{
    const Actor owner = makeOwner();
    auto desk = service().add(
        owner, {QStringLiteral("desk"), QString(), Role::FrontDesk, std::nullopt, QStringLiteral("desk-password")});
    ASSERT_TRUE(desk);
    MD_ASSERT_OK(service().resetPassword(owner, desk->meta.id, QStringLiteral("temporary-1")));
    EXPECT_TRUE(AccountRepository(db()).findById(desk->meta.id).value()->mustChangePassword);
    auto actor = service().login(QStringLiteral("desk"), QStringLiteral("temporary-1"));
    ASSERT_TRUE(actor);
    auto wrong = service().changePassword(*actor, QStringLiteral("not-it"), QStringLiteral("brand-new-1"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().field, QStringLiteral("current_password"));
    MD_ASSERT_OK(service().changePassword(*actor, QStringLiteral("temporary-1"), QStringLiteral("brand-new-1")));
    EXPECT_FALSE(AccountRepository(db()).findById(desk->meta.id).value()->mustChangePassword);
    EXPECT_TRUE(service().login(QStringLiteral("desk"), QStringLiteral("brand-new-1")));
}

TEST_F(AccountServiceTest, RoleChangesAreAuditedAndTheLastOwnerStays)
{
    const Actor owner = makeOwner();
    auto refused = service().setRole(owner, owner.accountId, Role::FrontDesk);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    auto desk = service().add(
        owner, {QStringLiteral("desk"), QString(), Role::FrontDesk, std::nullopt, QStringLiteral("desk-password")});
    MD_ASSERT_OK(service().setRole(owner, desk->meta.id, Role::Owner));
    MD_ASSERT_OK(service().setRole(owner, owner.accountId, Role::FrontDesk));
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("account.role");
    auto log = AuditLog(db(), clock()).browse(AccountService::actorOf(*desk), filter);
    ASSERT_FALSE(log); // desk's old actor (front desk) may not browse
    auto asOwner = service().login(QStringLiteral("desk"), QStringLiteral("desk-password"));
    ASSERT_TRUE(asOwner);
    auto entries = AuditLog(db(), clock()).browse(*asOwner, filter);
    ASSERT_TRUE(entries);
    EXPECT_EQ(entries->size(), 2);
    EXPECT_TRUE(AuditLog(db(), clock()).verify()->intact());
}
