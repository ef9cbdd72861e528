// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseModuleSpec.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class CourseModuleSpecTest : public ::testing::Test
{
protected:
    Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
};

TEST_F(CourseModuleSpecTest, ParsesTitleLengthAndPrice)
{
    auto plain = CourseModuleSpec::parse(QStringLiteral("Setup:90"), eur);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->title, QStringLiteral("Setup"));
    EXPECT_EQ(plain->minutes, 90);
    EXPECT_FALSE(plain->priceMinor.has_value());

    auto priced = CourseModuleSpec::parse(QStringLiteral("Loops:1h30m:45.5"), eur);
    ASSERT_TRUE(priced);
    EXPECT_EQ(priced->minutes, 90);
    EXPECT_EQ(priced->priceMinor, 4550);

    auto colons = CourseModuleSpec::parse(QStringLiteral("Part 1: basics:60"), eur);
    ASSERT_TRUE(colons);
    EXPECT_EQ(colons->title, QStringLiteral("Part 1: basics"));
    EXPECT_EQ(colons->minutes, 60);
    EXPECT_FALSE(colons->priceMinor.has_value()) << "“ basics” is not a length, so 60 is the length";
}

TEST_F(CourseModuleSpecTest, NamesTheFieldOfABadPart)
{
    auto noLength = CourseModuleSpec::parse(QStringLiteral("Setup"), eur, QStringLiteral("modules[3]."));
    ASSERT_FALSE(noLength);
    EXPECT_EQ(noLength.error().field, QStringLiteral("modules[3].minutes"));
    auto badLength = CourseModuleSpec::parse(QStringLiteral("Setup:long"), eur, QStringLiteral("modules[0]."));
    ASSERT_FALSE(badLength);
    EXPECT_EQ(badLength.error().field, QStringLiteral("modules[0].minutes"));
    auto badPrice = CourseModuleSpec::parse(QStringLiteral("Setup:30:1.234"), eur, QStringLiteral("modules[1]."));
    ASSERT_FALSE(badPrice);
    EXPECT_EQ(badPrice.error().field, QStringLiteral("modules[1].price_minor"));
}
