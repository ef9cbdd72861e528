// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RatingsFileReader.h"
#include "matcher/RatingsFileWriter.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

TEST(RatingsFileTest, ReadsCsvWithHeaderQuotesCommentsAndTimestamps)
{
    const RatingsFileContent c = RatingsFileReader::parse(QStringLiteral("user,item,rating,timestamp\n"
                                                                         "# a comment\n"
                                                                         "\n"
                                                                         "ann,piano,4,881250949\r\n"
                                                                         "\"Wang, Fang\",\"maths \"\"A\"\"\",3.5\n"
                                                                         "王芳, 围棋 , 5\n"));
    EXPECT_TRUE(c.hasHeader);
    EXPECT_EQ(c.badLineCount, 0);
    ASSERT_EQ(c.ratings.size(), 3);
    EXPECT_EQ(c.ratings[0].user, QStringLiteral("ann"));
    EXPECT_FLOAT_EQ(c.ratings[0].rating, 4.0F);
    EXPECT_EQ(c.ratings[1].user, QStringLiteral("Wang, Fang"));
    EXPECT_EQ(c.ratings[1].item, QStringLiteral("maths \"A\""));
    EXPECT_FLOAT_EQ(c.ratings[1].rating, 3.5F);
    EXPECT_EQ(c.ratings[2].item, QStringLiteral("围棋"));
}

TEST(RatingsFileTest, ReadsTheMovieLensTabLayoutWithoutHeader)
{
    const RatingsFileContent c =
        RatingsFileReader::parse(QStringLiteral("196\t242\t3\t881250949\n186\t302\t3\t891717742\n22  377 1\n"));
    EXPECT_FALSE(c.hasHeader);
    EXPECT_EQ(c.badLineCount, 0);
    ASSERT_EQ(c.ratings.size(), 3);
    EXPECT_EQ(c.ratings[0].user, QStringLiteral("196"));
    EXPECT_EQ(c.ratings[0].item, QStringLiteral("242"));
    EXPECT_EQ(c.ratings[2].item, QStringLiteral("377"));
    EXPECT_FLOAT_EQ(c.ratings[2].rating, 1.0F);
}

TEST(RatingsFileTest, ReportsBadLinesByNumber)
{
    const RatingsFileContent c = RatingsFileReader::parse(QStringLiteral("a,b,4\n"      // 1 good
                                                                         "a,b\n"        // 2 too few fields
                                                                         "a,b,lots\n"   // 3 not a number
                                                                         ",b,3\n"       // 4 empty user
                                                                         "a,b,3,soon\n" // 5 bad timestamp
                                                                         "a,\"b,3\n"    // 6 unterminated quote
                                                                         "a,b,inf\n"    // 7 not finite
                                                                         "a,b,1,2,3\n"  // 8 too many fields
                                                                         "c,d,2\n"));   // 9 good
    EXPECT_FALSE(c.hasHeader);
    EXPECT_EQ(c.ratings.size(), 2);
    ASSERT_EQ(c.badLineCount, 7);
    QList<int> lines;
    for (const BadRatingLine& b : c.badLines) {
        lines.append(b.line);
        EXPECT_FALSE(b.reason.isEmpty());
    }
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 5, 6, 7, 8}));
    EXPECT_TRUE(c.badLines[1].reason.contains(QStringLiteral("lots")));
}

TEST(RatingsFileTest, OnlyTheFirstDataLineMayBeAHeader)
{
    const RatingsFileContent c = RatingsFileReader::parse(QStringLiteral("u,i,5\nuser,item,rating\n"));
    EXPECT_FALSE(c.hasHeader);
    EXPECT_EQ(c.ratings.size(), 1);
    ASSERT_EQ(c.badLineCount, 1);
    EXPECT_EQ(c.badLines[0].line, 2);
}

TEST(RatingsFileTest, MissingFileIsAStorageError)
{
    auto r = RatingsFileReader::readFile(QStringLiteral("/nonexistent/ratings.csv"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Storage);
}

TEST(RatingsFileTest, WriterOutputReadsBackTheSameRatings)
{
    const RatingMatrix m = RatingMatrix::fromTriples({{QStringLiteral("Wang, Fang"), QStringLiteral("piano"), 4.0F},
                                                      {QStringLiteral("bo"), QStringLiteral("say \"hi\""), 2.5F},
                                                      {QStringLiteral("u3"), QStringLiteral("x"), 3.1234567F}});
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    auto written = RatingsFileWriter::writeCsv(path, m);
    ASSERT_TRUE(written);
    EXPECT_EQ(*written, 3);
    auto read = RatingsFileReader::readFile(path);
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->hasHeader);
    EXPECT_EQ(read->badLineCount, 0);
    ASSERT_EQ(read->ratings.size(), 3);
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(read->ratings[k].user, m.triples()[k].user);
        EXPECT_EQ(read->ratings[k].item, m.triples()[k].item);
        EXPECT_FLOAT_EQ(read->ratings[k].rating, m.triples()[k].rating);
    }
    EXPECT_FALSE(RatingsFileWriter::writeCsv(QStringLiteral("/nonexistent/dir/r.csv"), m));
}
