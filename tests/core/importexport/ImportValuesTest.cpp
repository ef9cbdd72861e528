// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportValues.h"

#include "TestStudio.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {
const Field kField{QStringLiteral("level"), QStringLiteral("Level")};
}

TEST(ImportValuesTest, IntegersFallBackWhenEmptyAndNameTheColumn)
{
    EXPECT_EQ(ImportValues::integer(QStringLiteral(""), 7, 1, 10, kField), 7);
    EXPECT_EQ(ImportValues::integer(QStringLiteral(" 3 "), 7, 1, 10, kField), 3);
    const auto bad = ImportValues::integer(QStringLiteral("three"), 7, 1, 10, kField);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("level"));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("three")));
    EXPECT_FALSE(ImportValues::integer(QStringLiteral("11"), 7, 1, 10, kField));
    const auto empty = ImportValues::optionalInteger(QStringLiteral("  "), 1, 10, kField);
    ASSERT_TRUE(empty);
    EXPECT_FALSE(empty->has_value());
}

TEST(ImportValuesTest, BooleansInManySpellings)
{
    for (const char* yes : {"1", "yes", "Y", "TRUE", "x", "是", "同意"}) {
        EXPECT_EQ(ImportValues::boolean(QString::fromUtf8(yes), false, kField), true) << yes;
    }
    for (const char* no : {"0", "No", "n", "false", "否", "不同意"}) {
        EXPECT_EQ(ImportValues::boolean(QString::fromUtf8(no), true, kField), false) << no;
    }
    EXPECT_EQ(ImportValues::boolean(QString(), true, kField), true);
    const auto bad = ImportValues::boolean(QStringLiteral("maybe"), false, kField);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("level"));
}

TEST(ImportValuesTest, ListsSplitOnSemicolonsAndChineseSeparators)
{
    EXPECT_EQ(ImportValues::list(QStringLiteral(" a ; b;;c；d、e ")),
              (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                           QStringLiteral("e")}));
    EXPECT_TRUE(ImportValues::list(QStringLiteral("  ")).isEmpty());
}

TEST(ImportValuesTest, DecimalCommaBecomesAPoint)
{
    EXPECT_EQ(ImportValues::decimalPoint(QStringLiteral(" 1,5 ")), QStringLiteral("1.5"));
    EXPECT_EQ(ImportValues::decimalPoint(QStringLiteral("1.5")), QStringLiteral("1.5"));
    EXPECT_EQ(ImportValues::decimalPoint(QStringLiteral("1,000.50")), QStringLiteral("1,000.50"));
    EXPECT_EQ(ImportValues::decimalPoint(QStringLiteral("1,000,000")), QStringLiteral("1,000,000"));
}

TEST(ImportValuesTest, ErrorsMoveToTheImportersColumn)
{
    const QHash<QString, QString> renames = {{QStringLiteral("payer_id"), QStringLiteral("payer")}};
    EXPECT_EQ(ImportValues::atColumn(Error::invalid(QStringLiteral("payer_id"), QStringLiteral("m")), renames).field,
              QStringLiteral("payer"));
    EXPECT_EQ(ImportValues::atColumn(Error::invalid(QStringLiteral("name"), QStringLiteral("m")), renames).field,
              QStringLiteral("name"));
    EXPECT_EQ(ImportValues::atColumn(Error::refused(QStringLiteral("m")), renames, QStringLiteral("status")).field,
              QStringLiteral("status"));
}
