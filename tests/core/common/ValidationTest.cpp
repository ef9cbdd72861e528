// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Validation.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
const Field kField{QStringLiteral("name"), QStringLiteral("Name")};
}

TEST(ValidationTest, RequiredTextTrimsAndRefusesEmptyOrLong)
{
    EXPECT_EQ(*Validation::requiredText(QStringLiteral("  Ann "), kField), QStringLiteral("Ann"));
    auto empty = Validation::requiredText(QStringLiteral("   "), kField);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, QStringLiteral("name"));
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("Name")));
    EXPECT_FALSE(Validation::requiredText(QString(11, u'x'), kField, 10));
}

TEST(ValidationTest, EmailIsOptionalButMustLookLikeOne)
{
    EXPECT_TRUE(Validation::optionalEmail(QString(), kField));
    EXPECT_TRUE(Validation::optionalEmail(QStringLiteral("a.b@example.co.uk"), kField));
    for (const char* bad : {"a@b", "@example.com", "a b@example.com", "a@@example.com"}) {
        EXPECT_FALSE(Validation::optionalEmail(QString::fromLatin1(bad), kField)) << bad;
    }
}

TEST(ValidationTest, IntegersAndDates)
{
    EXPECT_EQ(*Validation::parseInteger(QStringLiteral(" 42 "), 0, 100, kField), 42);
    EXPECT_FALSE(Validation::parseInteger(QStringLiteral("101"), 0, 100, kField));
    EXPECT_FALSE(Validation::parseInteger(QStringLiteral("4x"), 0, 100, kField));
    EXPECT_EQ(*Validation::parseDate(QStringLiteral("2026-02-28"), kField), QDate(2026, 2, 28));
    EXPECT_FALSE(Validation::parseDate(QStringLiteral("2026-02-30"), kField));
    EXPECT_FALSE(Validation::parseDate(QStringLiteral("28.02.2026"), kField));
}

TEST(ValidationTest, RequiredIdNormalisesCase)
{
    EXPECT_EQ(*Validation::requiredId(QStringLiteral("3F2C8A4E-1B2D-4C5E-9F60-7A8B9C0D1E2F"), kField),
              QStringLiteral("3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f"));
    EXPECT_FALSE(Validation::requiredId(QStringLiteral("42"), kField));
}
