// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/HeaderMapping.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
QList<ColumnSpec> specs()
{
    return {{QStringLiteral("name"), {QStringLiteral("full name"), QStringLiteral("姓名")}, true},
            {QStringLiteral("email"), {QStringLiteral("e-mail")}, false},
            {QStringLiteral("tax_id"), {QStringLiteral("vat id")}, false}};
}
} // namespace

TEST(HeaderMappingTest, MatchesKeysAndAliasesIgnoringCaseSpacingAndSeparators)
{
    const HeaderMapping m({QStringLiteral("  Full   Name "), QStringLiteral("E_MAIL"), QStringLiteral("Tax-ID")},
                          specs());
    EXPECT_TRUE(m.errors().isEmpty());
    EXPECT_EQ(m.columnOfCell(), (QList<int>{0, 1, 2}));
    EXPECT_TRUE(m.ignoredColumns().isEmpty());
    const HeaderMapping chinese({QStringLiteral("姓名")}, specs());
    EXPECT_EQ(chinese.columnOfCell(), (QList<int>{0}));
}

TEST(HeaderMappingTest, ReportsUnknownColumnsAsIgnoredAndSkipsBlankOnes)
{
    const HeaderMapping m({QStringLiteral("name"), QStringLiteral("Favourite colour"), QString()}, specs());
    EXPECT_TRUE(m.errors().isEmpty());
    EXPECT_EQ(m.columnOfCell(), (QList<int>{0, -1, -1}));
    EXPECT_EQ(m.ignoredColumns(), QStringList{QStringLiteral("Favourite colour")});
}

TEST(HeaderMappingTest, MissingRequiredColumnNamesTheKeyAndTheAcceptedHeaders)
{
    const HeaderMapping m({QStringLiteral("email")}, specs());
    ASSERT_EQ(m.errors().size(), 1);
    EXPECT_EQ(m.errors().first().field, QStringLiteral("name"));
    EXPECT_TRUE(m.errors().first().message.contains(QStringLiteral("full name")));
}

TEST(HeaderMappingTest, TwoHeadersForOneColumnAreAnError)
{
    const HeaderMapping m({QStringLiteral("name"), QStringLiteral("Full name")}, specs());
    ASSERT_EQ(m.errors().size(), 1);
    EXPECT_EQ(m.errors().first().field, QStringLiteral("name"));
    EXPECT_TRUE(m.errors().first().message.contains(QStringLiteral("Full name")));
}
