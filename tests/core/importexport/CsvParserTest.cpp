// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CsvParser.h"

#include "TestStudio.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

QList<CsvRecord> parse(const QString& text, QChar delimiter = u',')
{
    auto records = CsvParser::parseAll(text, delimiter);
    EXPECT_TRUE(records.has_value()) << (records ? std::string() : records.error().message.toStdString());
    return records ? *records : QList<CsvRecord>();
}

QStringList fields(std::initializer_list<const char16_t*> values)
{
    QStringList out;
    for (const char16_t* v : values) {
        out.append(QString::fromUtf16(v));
    }
    return out;
}

} // namespace

TEST(CsvParserTest, SplitsSimpleRecordsAndKeepsEmptyFields)
{
    const auto r = parse(QStringLiteral("a,b,c\n1,,3\n,,\n"));
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[0].fields, fields({u"a", u"b", u"c"}));
    EXPECT_EQ(r[1].fields, fields({u"1", u"", u"3"}));
    EXPECT_EQ(r[2].fields, fields({u"", u"", u""}));
    EXPECT_EQ(r[2].line, 3);
}

TEST(CsvParserTest, ReadsQuotedFieldsWithDoubledQuotesDelimitersAndLineBreaks)
{
    const auto r =
        parse(QStringLiteral("name,notes\n\"Smith, John\",\"Says \"\"hi\"\"\nand \"\"bye\"\"\"\nlast,\"\"\n"));
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[1].fields, fields({u"Smith, John", u"Says \"hi\"\nand \"bye\""}));
    EXPECT_EQ(r[1].line, 2);
    EXPECT_EQ(r[2].fields, fields({u"last", u""}));
    EXPECT_EQ(r[2].line, 4); // the quoted line break moved the physical line on
}

TEST(CsvParserTest, AcceptsCrLfLfAndLoneCrLineEnds)
{
    const auto r = parse(QStringLiteral("a,b\r\n1,2\r3,4\n5,6"));
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r[1].fields, fields({u"1", u"2"}));
    EXPECT_EQ(r[2].fields, fields({u"3", u"4"}));
    EXPECT_EQ(r[3].fields, fields({u"5", u"6"}));
    EXPECT_EQ(r[3].line, 4);
}

TEST(CsvParserTest, CountsCrLfInsideQuotesAsOneLine)
{
    const auto r = parse(QStringLiteral("a,b\r\n\"x\r\ny\",2\r\nnext,3\r\n"));
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[1].fields.first(), QStringLiteral("x\r\ny"));
    EXPECT_EQ(r[2].line, 4);
}

TEST(CsvParserTest, SkipsBlankLinesAndTrailingEmptyLine)
{
    const auto r = parse(QStringLiteral("a,b\n\n1,2\n\r\n\n3,4\n\n"));
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[1].line, 3);
    EXPECT_EQ(r[2].line, 6);
}

TEST(CsvParserTest, ReportsRaggedRowsAsTheyAre)
{
    const auto r = parse(QStringLiteral("a,b,c\n1,2\n1,2,3,4\n"));
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[1].fields.size(), 2);
    EXPECT_EQ(r[2].fields.size(), 4);
}

TEST(CsvParserTest, TrailingDelimiterAtEndOfTextGivesAnEmptyField)
{
    const auto r = parse(QStringLiteral("a,b,"));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].fields, fields({u"a", u"b", u""}));
}

TEST(CsvParserTest, KeepsQuotesInsideUnquotedFieldsAndSpacesAfterClosingQuote)
{
    const auto r = parse(QStringLiteral("height,name\n5'11\",\"Bob\"  \n"));
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[1].fields, fields({u"5'11\"", u"Bob"}));
}

TEST(CsvParserTest, UnterminatedQuoteFailsWithTheLineWhereItStarts)
{
    const QString text =
        QStringLiteral("name,email\nGood,g@example.com\n\"Broken,b@example.com\nNever,n@example.com\n");
    CsvParser parser(text, u',');
    CsvRecord record;
    ASSERT_TRUE(parser.next(record).value_or(false));
    ASSERT_TRUE(parser.next(record).value_or(false));
    auto broken = parser.next(record);
    ASSERT_FALSE(broken);
    EXPECT_EQ(parser.errorLine(), 3);
    EXPECT_TRUE(broken.error().message.contains(u'"'));
    EXPECT_FALSE(parser.next(record)); // stays failed

    auto all = CsvParser::parseAll(text, u',');
    ASSERT_FALSE(all);
    EXPECT_TRUE(all.error().message.startsWith(QStringLiteral("Line 3:")));
}

TEST(CsvParserTest, TextAfterClosingQuoteFailsWithItsLine)
{
    CsvParser parser(QStringLiteral("a,b\n\"multi\nline\"x,2\n"), u',');
    CsvRecord record;
    ASSERT_TRUE(parser.next(record).value_or(false));
    ASSERT_FALSE(parser.next(record));
    EXPECT_EQ(parser.errorLine(), 3);
}

TEST(CsvParserTest, UsesTheGivenDelimiter)
{
    const auto r = parse(QStringLiteral("a;b|c\n\"x;y\";z\n"), u';');
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0].fields, fields({u"a", u"b|c"}));
    EXPECT_EQ(r[1].fields, fields({u"x;y", u"z"}));
}

TEST(CsvParserTest, DetectsEachDelimiter)
{
    EXPECT_EQ(CsvParser::detectDelimiter(u"name,email\nA,a@x.org\nB,b@x.org\n"), QChar(u','));
    EXPECT_EQ(CsvParser::detectDelimiter(u"name;email;notes\nA;a@x.org;1,50\nB;b@x.org;2,00\n"), QChar(u';'));
    EXPECT_EQ(CsvParser::detectDelimiter(u"name\temail\nA, Jr.\ta@x.org\nB\tb@x.org\n"), QChar(u'\t'));
    EXPECT_EQ(CsvParser::detectDelimiter(u"name|email\nA;B|a@x.org\nC,D|c@x.org\n"), QChar(u'|'));
}

TEST(CsvParserTest, DetectionPrefersTheEarlierCandidateOnATieAndCommaForOneColumn)
{
    EXPECT_EQ(CsvParser::detectDelimiter(u"a,b;c\n1,2;3\n"), QChar(u','));
    EXPECT_EQ(CsvParser::detectDelimiter(u"a;b|c\n1;2|3\n"), QChar(u';'));
    EXPECT_EQ(CsvParser::detectDelimiter(u"name\nAda\nAlan\n"), QChar(u','));
    EXPECT_EQ(CsvParser::detectDelimiter(u""), QChar(u','));
}

TEST(CsvParserTest, DetectionIgnoresDelimitersInsideQuotes)
{
    EXPECT_EQ(CsvParser::detectDelimiter(u"name;notes\n\"A, B, C\";x\n\"D, E\";y\n"), QChar(u';'));
}

TEST(CsvParserTest, NamesDelimiters)
{
    EXPECT_EQ(CsvParser::delimiterName(u'\t'), QStringLiteral("tab"));
    EXPECT_EQ(CsvParser::delimiterFromName(QStringLiteral("semicolon")), QChar(u';'));
    EXPECT_EQ(CsvParser::delimiterFromName(QStringLiteral("Pipe")), QChar(u'|'));
    EXPECT_FALSE(CsvParser::delimiterFromName(QStringLiteral("colon")));
}

TEST(CsvParserTest, ParsesOneHundredThousandRows)
{
    QString text;
    text.reserve(100000 * 48);
    text.append(QStringLiteral("name,email,notes\n"));
    for (int i = 0; i < 100000; ++i) {
        text.append(QStringLiteral("Person %1,p%1@example.com,\"note, with \"\"quotes\"\"\"\n").arg(i));
    }
    auto records = CsvParser::parseAll(text, u',');
    MD_ASSERT_OK(records);
    ASSERT_EQ(records->size(), 100001);
    EXPECT_EQ(records->last().fields, fields({u"Person 99999", u"p99999@example.com", u"note, with \"quotes\""}));
    EXPECT_EQ(records->last().line, 100001);
}
