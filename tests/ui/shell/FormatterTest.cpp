// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Formatter.h"

#include "studio/StudioSettings.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
Formatter formatter(const char* locale, const char* currency, const char* zone = "UTC")
{
    StudioSettings s;
    s.locale = QString::fromLatin1(locale);
    s.currency = QString::fromLatin1(currency);
    s.timeZone = QString::fromLatin1(zone);
    return Formatter(s);
}
} // namespace

TEST(FormatterTest, MoneyIsExactInTheStudioLocale)
{
    EXPECT_EQ(formatter("en_US", "USD").money(123456789), QStringLiteral("$1,234,567.89"));
    const QString de = formatter("de_DE", "EUR").money(123450);
    EXPECT_TRUE(de.contains(QStringLiteral("1.234,50"))) << de.toStdString();
    EXPECT_TRUE(de.contains(QChar(0x20AC))) << de.toStdString();
    EXPECT_TRUE(formatter("ja_JP", "JPY").money(5000).contains(QStringLiteral("5,000")));
    EXPECT_TRUE(formatter("en_US", "KWD").money(1234).contains(QStringLiteral("1.234")));
    // 2^53 + 1 cannot pass through a double unchanged; the formatter must keep the last digit.
    EXPECT_TRUE(formatter("en_US", "USD")
                    .money(9007199254740993LL)
                    .endsWith(QStringLiteral("0,740,992.93").left(0) + QStringLiteral(".93")));
    EXPECT_TRUE(formatter("en_US", "USD").money(9007199254740993LL).contains(QStringLiteral("90,071,992,547,409")));
    EXPECT_TRUE(formatter("en_US", "USD").money(-250).contains(QStringLiteral("2.50")));
    EXPECT_TRUE(formatter("en_US", "USD").money(-250).startsWith(u'-'));
}

TEST(FormatterTest, TimesAreShownInTheStudioTimeZone)
{
    const Formatter f = formatter("en_GB", "GBP", "Asia/Shanghai");
    const QDateTime utc(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    EXPECT_EQ(f.toLocal(utc).time(), QTime(18, 0));
    EXPECT_EQ(f.duration(90), QStringLiteral("1 h 30 min"));
    EXPECT_EQ(f.duration(45), QStringLiteral("45 min"));
}
