// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(PasswordHasherTest, HashesWithArgon2idAtOrAboveTheOwaspFloor)
{
    const PasswordHasher hasher(PasswordCost::floor());
    const auto phc = hasher.hash(QStringLiteral("correct horse"));
    ASSERT_TRUE(phc);
    EXPECT_TRUE(phc->startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$"))) << phc->toStdString();
    const PasswordCost cost = PasswordHasher::costOf(*phc);
    EXPECT_GE(cost.memLimitBytes, 19ULL << 20U);
    EXPECT_GE(cost.opsLimit, 2U);
    EXPECT_TRUE(PasswordHasher::verify(*phc, QStringLiteral("correct horse")));
    EXPECT_FALSE(PasswordHasher::verify(*phc, QStringLiteral("correct horsE")));
}

TEST(PasswordHasherTest, DefaultsAreAboveTheFloorAndACostBelowItIsRaised)
{
    EXPECT_GT(PasswordCost::defaults().memLimitBytes, PasswordCost::floor().memLimitBytes);
    EXPECT_GE(PasswordCost::defaults().opsLimit, PasswordCost::floor().opsLimit);
    const PasswordHasher weak(PasswordCost{1, 1U << 20U});
    EXPECT_EQ(weak.cost().opsLimit, 2U);
    EXPECT_EQ(weak.cost().memLimitBytes, 19ULL << 20U);
}

TEST(PasswordHasherTest, SameSaltNeverRepeats)
{
    const PasswordHasher hasher(PasswordCost::floor());
    EXPECT_NE(hasher.hash(QStringLiteral("same password")).value(),
              hasher.hash(QStringLiteral("same password")).value());
}

TEST(PasswordHasherTest, RefusesShortPasswordsNamingTheField)
{
    const auto phc = PasswordHasher(PasswordCost::floor()).hash(QStringLiteral("short"));
    ASSERT_FALSE(phc);
    EXPECT_EQ(phc.error().field, QStringLiteral("password"));
}

TEST(PasswordHasherTest, NeedsRehashWhenTheDefaultsRise)
{
    const auto old = PasswordHasher(PasswordCost::floor()).hash(QStringLiteral("a long password"));
    ASSERT_TRUE(old);
    EXPECT_FALSE(PasswordHasher(PasswordCost::floor()).needsRehash(*old));
    EXPECT_TRUE(PasswordHasher(PasswordCost{3, 20ULL << 20U}).needsRehash(*old));
}

TEST(PasswordHasherTest, MalformedHashesNeverVerify)
{
    EXPECT_FALSE(PasswordHasher::verify(QString(), QStringLiteral("anything at all")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$garbage"),
                                        QStringLiteral("anything at all")));
    EXPECT_EQ(PasswordHasher::costOf(QStringLiteral("plain text")).opsLimit, 0U);
}
