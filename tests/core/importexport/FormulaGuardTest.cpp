// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/FormulaGuard.h"

#include <QStringList>
#include <gtest/gtest.h>

using namespace mentordesk;

TEST(FormulaGuardTest, PrefixesCellsThatSpreadsheetsWouldRunAsFormulas)
{
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("\t=x")), QStringLiteral("'\t=x"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("'=x")), QStringLiteral("''=x"));
}

TEST(FormulaGuardTest, LeavesPlainNumbersAndOrdinaryTextAlone)
{
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("+3")), QStringLiteral("+3"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("42")), QStringLiteral("42"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("Anna")), QStringLiteral("Anna"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
    EXPECT_EQ(FormulaGuard::protect(QString()), QString());
    // Not plain numbers: these get the prefix.
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("-1e5")), QStringLiteral("'-1e5"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("-")), QStringLiteral("'-"));
    EXPECT_EQ(FormulaGuard::protect(QStringLiteral("-12.")), QStringLiteral("'-12."));
}

TEST(FormulaGuardTest, RecognisesPlainNumbers)
{
    EXPECT_TRUE(FormulaGuard::isPlainNumber(u"-12.50"));
    EXPECT_TRUE(FormulaGuard::isPlainNumber(u"+3"));
    EXPECT_TRUE(FormulaGuard::isPlainNumber(u"0"));
    EXPECT_FALSE(FormulaGuard::isPlainNumber(u""));
    EXPECT_FALSE(FormulaGuard::isPlainNumber(u"+"));
    EXPECT_FALSE(FormulaGuard::isPlainNumber(u"1,5"));
    EXPECT_FALSE(FormulaGuard::isPlainNumber(u".5"));
    EXPECT_FALSE(FormulaGuard::isPlainNumber(u"-1+1"));
}

TEST(FormulaGuardTest, UnprotectInvertsProtectForEveryShape)
{
    const QStringList samples = {QStringLiteral("=1+2"),
                                 QStringLiteral("'=1+2"),
                                 QStringLiteral("''=1+2"),
                                 QStringLiteral("-12.50"),
                                 QStringLiteral("'-12.50"),
                                 QStringLiteral("+3"),
                                 QStringLiteral("'plain"),
                                 QStringLiteral("'"),
                                 QStringLiteral("''"),
                                 QStringLiteral("@x"),
                                 QStringLiteral("\tx"),
                                 QStringLiteral("text"),
                                 QString()};
    for (const QString& s : samples) {
        EXPECT_EQ(FormulaGuard::unprotect(FormulaGuard::protect(s)), s) << s.toStdString();
    }
    EXPECT_EQ(FormulaGuard::unprotect(QStringLiteral("'=x")), QStringLiteral("=x"));
    EXPECT_EQ(FormulaGuard::unprotect(QStringLiteral("'hello")), QStringLiteral("'hello"));
}
