// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchQuery.h"

#include <gtest/gtest.h>

using namespace mentordesk;

TEST(SearchQueryTest, BuildsPatternsFromTrimmedText)
{
    const SearchQuery q = SearchQuery::from(QStringLiteral("  Ann  "));
    EXPECT_EQ(q.text, QStringLiteral("Ann"));
    EXPECT_EQ(q.exact, QStringLiteral("Ann"));
    EXPECT_EQ(q.prefix, QStringLiteral("Ann%"));
    EXPECT_EQ(q.wordPrefix, QStringLiteral("% Ann%"));
    EXPECT_EQ(q.substring, QStringLiteral("%Ann%"));
    EXPECT_TRUE(q.upperBound.startsWith(QStringLiteral("Ann")));
    EXPECT_GT(q.upperBound, QStringLiteral("Anna Zhang"));
}

TEST(SearchQueryTest, EscapesLikeWildcardsAndTheEscapeCharacter)
{
    const SearchQuery q = SearchQuery::from(QStringLiteral("50%_off\\"));
    EXPECT_EQ(q.exact, QStringLiteral("50\\%\\_off\\\\"));
    EXPECT_EQ(q.substring, QStringLiteral("%50\\%\\_off\\\\%"));
    EXPECT_EQ(q.text, QStringLiteral("50%_off\\")); // the range bound uses the raw text
}

TEST(SearchQueryTest, KeepsChineseTextAsIs)
{
    const SearchQuery q = SearchQuery::from(QStringLiteral("王芳"));
    EXPECT_EQ(q.prefix, QStringLiteral("王芳%"));
    EXPECT_GT(q.upperBound, QStringLiteral("王芳芳"));
}
