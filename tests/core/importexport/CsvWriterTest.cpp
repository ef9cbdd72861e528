// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CsvWriter.h"

#include "TestStudio.h"
#include "importexport/CsvParser.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace mentordesk;

TEST(CsvWriterTest, QuotesOnlyWhenNeeded)
{
    const CsvWriterOptions o;
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("plain"), o), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("a,b"), o), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("say \"hi\""), o), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("two\nlines"), o), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral(" padded "), o), QStringLiteral("\" padded \""));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("a;b"), o), QStringLiteral("a;b"));
    CsvWriterOptions semicolon;
    semicolon.delimiter = u';';
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("a;b"), semicolon), QStringLiteral("\"a;b\""));
}

TEST(CsvWriterTest, EndsRowsWithCrLf)
{
    EXPECT_EQ(CsvWriter::formatRow({QStringLiteral("a"), QString(), QStringLiteral("c")}, {}),
              QStringLiteral("a,,c\r\n"));
}

TEST(CsvWriterTest, NeutralisesFormulasButKeepsSignedNumbers)
{
    const CsvWriterOptions o;
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("=HYPERLINK(\"x\")"), o),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("@cmd"), o), QStringLiteral("'@cmd"));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("\rcmd"), o), QStringLiteral("\"'\rcmd\""));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("-12.50"), o), QStringLiteral("-12.50"));
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("+3"), o), QStringLiteral("+3"));
    CsvWriterOptions raw;
    raw.neutraliseFormulas = false;
    EXPECT_EQ(CsvWriter::formatCell(QStringLiteral("=1+2"), raw), QStringLiteral("=1+2"));
}

TEST(CsvWriterTest, WritesUtf8WithOptionalBomToTheDevice)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriterOptions o;
        o.bom = true;
        CsvWriter writer(buffer, o);
        MD_ASSERT_OK(writer.writeRow({QStringLiteral("name"), QStringLiteral("city")}));
        MD_ASSERT_OK(writer.writeRow({QStringLiteral("王芳"), QStringLiteral("Zürich")}));
        MD_ASSERT_OK(writer.finish());
    }
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + QStringLiteral("name,city\r\n王芳,Zürich\r\n").toUtf8();
    EXPECT_EQ(buffer.data(), expected);

    QBuffer plain;
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    CsvWriter writer(plain);
    MD_ASSERT_OK(writer.writeRow({QStringLiteral("x")}));
    MD_ASSERT_OK(writer.finish());
    EXPECT_EQ(plain.data(), QByteArray("x\r\n"));
}

TEST(CsvWriterTest, ReportsAFailingDevice)
{
    QBuffer readOnly;
    ASSERT_TRUE(readOnly.open(QIODevice::ReadOnly));
    CsvWriter writer(readOnly);
    MD_ASSERT_OK(writer.writeRow({QStringLiteral("x")})); // buffered
    auto finished = writer.finish();
    ASSERT_FALSE(finished);
    EXPECT_EQ(finished.error().code, ErrorCode::Storage);
}

TEST(CsvWriterTest, WhatItWritesTheParserReadsBack)
{
    const QList<QStringList> rows = {
        {QStringLiteral("name"), QStringLiteral("notes")},
        {QStringLiteral("Smith, John"), QStringLiteral("line 1\r\nline \"2\"")},
        {QStringLiteral(" space "), QString()},
        {QStringLiteral("王芳"), QStringLiteral("a|b;c\td")},
    };
    QString text;
    CsvWriterOptions o;
    o.neutraliseFormulas = false;
    for (const QStringList& row : rows) {
        text += CsvWriter::formatRow(row, o);
    }
    auto parsed = CsvParser::parseAll(text, u',');
    MD_ASSERT_OK(parsed);
    ASSERT_EQ(parsed->size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(parsed->at(i).fields, rows[i]);
    }
}
