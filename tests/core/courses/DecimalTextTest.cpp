// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/DecimalText.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(DecimalTextTest, ParsesEfficiencyExactlyToPerMille)
{
    const QList<std::pair<const char*, int>> good = {
        {"0.8", 800}, {"0.75", 750}, {"1", 1000},  {"1.25", 1250},
        {".5", 500},  {"0.050", 50}, {"2.", 2000}, {" 0.9 ", 900},
    };
    for (const auto& [text, permille] : good) {
        auto v = DecimalText::parsePermille(QString::fromLatin1(text), QStringLiteral("efficiency"));
        ASSERT_TRUE(v) << text;
        EXPECT_EQ(*v, permille) << text;
    }
}

TEST(DecimalTextTest, RefusesWhatIsNotAPlainDecimal)
{
    for (const char* text : {"", ".", "0,8", "-0.8", "+1", "1e3", "0.8.1", "abc", "0.8x", "80%", "١"}) {
        auto v = DecimalText::parsePermille(QString::fromUtf8(text), QStringLiteral("efficiency"));
        ASSERT_FALSE(v) << text;
        EXPECT_EQ(v.error().code, ErrorCode::Invalid);
        EXPECT_EQ(v.error().field, QStringLiteral("efficiency"));
    }
    auto tooPrecise = DecimalText::parsePermille(QStringLiteral("0.8125"), QStringLiteral("efficiency"));
    ASSERT_FALSE(tooPrecise);
    EXPECT_TRUE(tooPrecise.error().message.contains(QStringLiteral("decimal")))
        << tooPrecise.error().message.toStdString();
}

TEST(DecimalTextTest, ParsesHoursToWholeMinutes)
{
    EXPECT_EQ(*DecimalText::parseHours(QStringLiteral("1.5"), QStringLiteral("hours")), 90);
    EXPECT_EQ(*DecimalText::parseHours(QStringLiteral("30"), QStringLiteral("hours")), 1800);
    EXPECT_EQ(*DecimalText::parseHours(QStringLiteral("0.25"), QStringLiteral("hours")), 15);
    EXPECT_EQ(*DecimalText::parseHours(QStringLiteral("0.05"), QStringLiteral("hours")), 3);
    auto fraction = DecimalText::parseHours(QStringLiteral("1.33"), QStringLiteral("hours"));
    ASSERT_FALSE(fraction) << "1.33 h is 79.8 minutes";
    EXPECT_EQ(fraction.error().field, QStringLiteral("hours"));
    EXPECT_FALSE(DecimalText::parseHours(QStringLiteral("10001"), QStringLiteral("hours")));
    EXPECT_TRUE(DecimalText::parseHours(QStringLiteral("10000"), QStringLiteral("hours")));
    EXPECT_FALSE(DecimalText::parseHours(QStringLiteral("1h"), QStringLiteral("hours")));
}

TEST(DecimalTextTest, FormatsShortest)
{
    EXPECT_EQ(DecimalText::formatScaled(800, 3), QStringLiteral("0.8"));
    EXPECT_EQ(DecimalText::formatScaled(750, 3), QStringLiteral("0.75"));
    EXPECT_EQ(DecimalText::formatScaled(1000, 3), QStringLiteral("1"));
    EXPECT_EQ(DecimalText::formatScaled(2050, 3), QStringLiteral("2.05"));
    EXPECT_EQ(DecimalText::formatScaled(-1500, 3), QStringLiteral("-1.5"));
    EXPECT_EQ(DecimalText::formatScaled(0, 2), QStringLiteral("0"));
}
