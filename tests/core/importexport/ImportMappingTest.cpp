// SPDX-License-Identifier: GPL-3.0-or-later
// The user-chosen column mapping (HeaderMapping's second constructor, ImportOptions::mapping).
#include "TestStudio.h"
#include "importexport/CsvImport.h"
#include "importexport/HeaderMapping.h"
#include "importexport/PayerImporter.h"
#include "people/PayerService.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<ColumnSpec> specs()
{
    return {{u"name"_s, {u"full name"_s}, true}, {u"email"_s, {u"e-mail"_s}, false}, {u"phone"_s, {}, false}};
}

} // namespace

TEST(ChosenHeaderMappingTest, MapsCellsToTheChosenKeysAndIgnoresEmptyOnes)
{
    const HeaderMapping m({u"Kunde"_s, u"Kontakt"_s, u"Notiz"_s, QString()}, specs(),
                          {u"name"_s, u"email"_s, QString(), QString()});
    EXPECT_TRUE(m.errors().isEmpty());
    EXPECT_EQ(m.columnOfCell(), (QList<int>{0, 1, -1, -1}));
    EXPECT_EQ(m.ignoredColumns(), QStringList{u"Notiz"_s});
}

TEST(ChosenHeaderMappingTest, OverridesWhatTheHeaderNamesSay)
{
    // The header says "email" and "name", the user maps them the other way round on purpose.
    const HeaderMapping m({u"email"_s, u"name"_s}, specs(), {u"name"_s, QString()});
    EXPECT_TRUE(m.errors().isEmpty());
    EXPECT_EQ(m.columnOfCell(), (QList<int>{0, -1}));
    EXPECT_EQ(m.ignoredColumns(), QStringList{u"name"_s});
}

TEST(ChosenHeaderMappingTest, UnmappedRequiredFieldNamesTheKey)
{
    const HeaderMapping m({u"a"_s, u"b"_s}, specs(), {u"email"_s, QString()});
    ASSERT_EQ(m.errors().size(), 1);
    EXPECT_EQ(m.errors().first().field, u"name"_s);
    EXPECT_EQ(m.errors().first().code, ErrorCode::Invalid);
}

TEST(ChosenHeaderMappingTest, TwoCellsForOneFieldAreAnError)
{
    const HeaderMapping m({u"First"_s, u"Second"_s}, specs(), {u"name"_s, u"name"_s});
    ASSERT_EQ(m.errors().size(), 1);
    EXPECT_EQ(m.errors().first().field, u"name"_s);
    EXPECT_TRUE(m.errors().first().message.contains(u"Second"_s));
    EXPECT_EQ(m.columnOfCell(), (QList<int>{0, -1}));
}

TEST(ChosenHeaderMappingTest, UnknownKeyOrWrongLengthIsAMappingError)
{
    const HeaderMapping unknown({u"x"_s}, specs(), {u"shoe_size"_s});
    ASSERT_FALSE(unknown.errors().isEmpty());
    EXPECT_EQ(unknown.errors().first().field, u"mapping"_s);
    EXPECT_TRUE(unknown.errors().first().message.contains(u"shoe_size"_s));
    const HeaderMapping shorter({u"x"_s, u"y"_s}, specs(), {u"name"_s});
    ASSERT_EQ(shorter.errors().size(), 1);
    EXPECT_EQ(shorter.errors().first().field, u"mapping"_s);
}

class ImportMappingTest : public StudioTest
{
protected:
    Result<ImportReport> importText(const QString& text, const ImportOptions& options)
    {
        PayerImporter importer(db(), clock());
        return CsvImport(db(), importer).runBytes(text.toUtf8(), options);
    }
    qint64 payerCount()
    {
        auto page = PayerService(db(), clock()).list({}, {0, 10});
        EXPECT_TRUE(page);
        return page ? page->total : -1;
    }
};

TEST_F(ImportMappingTest, ImportsThroughAChosenMapping)
{
    ImportOptions options;
    options.mapping = QStringList{u"name"_s, QString(), u"email"_s};
    auto report = importText(u"Kunde,Farbe,Kontakt\nAda Lovelace,blau,ada@example.com\n"_s, options);
    MD_ASSERT_OK(report);
    EXPECT_EQ(report->outcome, ImportOutcome::Imported);
    EXPECT_EQ(report->rowsImported, 1);
    EXPECT_EQ(report->ignoredColumns, QStringList{u"Farbe"_s});
    auto page = PayerService(db(), clock()).list({}, {0, 10});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items[0].name, u"Ada Lovelace"_s);
    EXPECT_EQ(page->items[0].email, u"ada@example.com"_s);
}

TEST_F(ImportMappingTest, WithoutAMappingTheSameFileIsBlocked)
{
    auto report = importText(u"Kunde,Farbe,Kontakt\nAda Lovelace,blau,ada@example.com\n"_s, ImportOptions{});
    MD_ASSERT_OK(report);
    EXPECT_EQ(report->outcome, ImportOutcome::Blocked);
    ASSERT_FALSE(report->errors.isEmpty());
    EXPECT_EQ(report->errors.first().field, u"name"_s);
    EXPECT_EQ(payerCount(), 0);
}

TEST_F(ImportMappingTest, AMappingThatDoesNotFitTheHeaderBlocksOnTheHeaderLine)
{
    ImportOptions options;
    options.mapping = QStringList{u"name"_s};
    auto report = importText(u"Kunde,Kontakt\nAda,ada@example.com\n"_s, options);
    MD_ASSERT_OK(report);
    EXPECT_EQ(report->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(report->errors.size(), 1);
    EXPECT_EQ(report->errors.first().line, 1);
    EXPECT_EQ(report->errors.first().field, u"mapping"_s);
    EXPECT_EQ(payerCount(), 0);
}
