// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/CsvImport.h"

#include "TestStudio.h"
#include "importexport/HeaderMapping.h"
#include "importexport/ImporterRegistry.h"
#include "importexport/PayerImporter.h"
#include "people/PayerService.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

class CsvImportTest : public StudioTest
{
protected:
    Result<ImportReport> importFile(const QString& name, ImportOptions options = {})
    {
        PayerImporter importer(db(), clock());
        return CsvImport(db(), importer).run(testDataPath(QStringLiteral("csv/") + name), options);
    }
    Result<ImportReport> importText(const QString& text, ImportOptions options = {})
    {
        PayerImporter importer(db(), clock());
        return CsvImport(db(), importer).runBytes(text.toUtf8(), options);
    }
    QList<Payer> payers()
    {
        PayerFilter all;
        all.includeArchived = true;
        auto page = PayerService(db(), clock()).list(all, {0, 1000});
        EXPECT_TRUE(page.has_value());
        return page ? page->items : QList<Payer>();
    }
    std::optional<Payer> payerNamed(const QString& name)
    {
        for (const Payer& p : payers()) {
            if (p.name == name) {
                return p;
            }
        }
        return std::nullopt;
    }
};

TEST_F(CsvImportTest, ImportsUtf8WithBom)
{
    auto r = importFile(QStringLiteral("payers_utf8_bom.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_EQ(r->delimiter, QChar(u','));
    EXPECT_EQ(r->outcome, ImportOutcome::Imported);
    EXPECT_EQ(r->rowsRead, 2);
    EXPECT_EQ(r->rowsImported, 2);
    const auto jose = payerNamed(QStringLiteral("José Núñez"));
    ASSERT_TRUE(jose);
    EXPECT_EQ(jose->email, QStringLiteral("jose@example.com"));
    EXPECT_EQ(payerNamed(QStringLiteral("Anna Schmidt"))->phone, QStringLiteral("+49 30 1234"));
}

TEST_F(CsvImportTest, ImportsChineseHeadersAndNames)
{
    auto r = importFile(QStringLiteral("payers_utf8_chinese.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(r->rowsImported, 2);
    const auto wang = payerNamed(QStringLiteral("王芳"));
    ASSERT_TRUE(wang);
    EXPECT_EQ(wang->phone, QStringLiteral("13800138000"));
}

TEST_F(CsvImportTest, ImportsWindows1252WithSemicolons)
{
    auto r = importFile(QStringLiteral("payers_windows1252.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(r->delimiter, QChar(u';'));
    EXPECT_EQ(r->rowsImported, 2);
    const auto rene = payerNamed(QStringLiteral("René Müller"));
    ASSERT_TRUE(rene);
    EXPECT_EQ(rene->notes, QStringLiteral("Zahlt 50 € im Voraus"));
    EXPECT_EQ(payerNamed(QStringLiteral("Zoë Brontë"))->notes, QStringLiteral("„Premium“"));
}

TEST_F(CsvImportTest, ImportsUtf16LittleEndianTabSeparated)
{
    auto r = importFile(QStringLiteral("payers_utf16le.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(r->delimiter, QChar(u'\t'));
    EXPECT_EQ(r->rowsImported, 2);
    EXPECT_TRUE(payerNamed(QStringLiteral("陈静")));
    EXPECT_EQ(payerNamed(QStringLiteral("Élodie Martin"))->email, QStringLiteral("elodie@example.com"));
}

TEST_F(CsvImportTest, DetectsSemicolonTabAndPipe)
{
    const QList<std::pair<QString, QChar>> cases = {{QStringLiteral("payers_semicolon.csv"), u';'},
                                                    {QStringLiteral("payers_tab.csv"), u'\t'},
                                                    {QStringLiteral("payers_pipe.csv"), u'|'}};
    for (const auto& [file, delimiter] : cases) {
        ImportOptions dry;
        dry.dryRun = true;
        auto r = importFile(file, dry);
        MD_ASSERT_OK(r);
        EXPECT_EQ(r->delimiter, delimiter) << file.toStdString();
        EXPECT_EQ(r->rowsValid, 2) << file.toStdString();
        EXPECT_TRUE(r->errors.isEmpty()) << file.toStdString();
    }
    auto r = importFile(QStringLiteral("payers_semicolon.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(payerNamed(QStringLiteral("Ada Lovelace"))->notes, QStringLiteral("pays 1,50 per sheet"));
}

TEST_F(CsvImportTest, ForcedDelimiterAndEncodingAreUsed)
{
    ImportOptions options;
    options.delimiter = u';';
    options.encoding = TextEncoding::Windows1252;
    auto r = importFile(QStringLiteral("payers_windows1252.csv"), options);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rowsImported, 2);

    ImportOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    auto bad = importFile(QStringLiteral("payers_windows1252.csv"), utf8);
    MD_ASSERT_OK(bad);
    EXPECT_EQ(bad->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(bad->errors.size(), 1);
    EXPECT_EQ(bad->errors.first().line, 0);
    EXPECT_EQ(bad->errors.first().field, QStringLiteral("encoding"));
    EXPECT_EQ(payers().size(), 2); // only the first import wrote
}

TEST_F(CsvImportTest, KeepsQuotedLineBreaksAndQuotes)
{
    auto r = importFile(QStringLiteral("payers_quoted_newlines.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rowsImported, 2);
    const auto smith = payerNamed(QStringLiteral("Smith, John"));
    ASSERT_TRUE(smith);
    EXPECT_EQ(smith->address, QStringLiteral("12 Main St\nSpringfield"));
    EXPECT_EQ(smith->notes, QStringLiteral("Says \"hi\""));
}

TEST_F(CsvImportTest, UnterminatedQuoteBlocksWithItsLine)
{
    auto r = importFile(QStringLiteral("payers_unterminated_quote.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors.first().line, 3);
    EXPECT_TRUE(payers().isEmpty());

    ImportOptions skip;
    skip.skipBadRows = true;
    auto skipped = importFile(QStringLiteral("payers_text_after_quote.csv"), skip);
    MD_ASSERT_OK(skipped);
    EXPECT_EQ(skipped->outcome, ImportOutcome::Blocked); // a broken file is never partly imported
    EXPECT_EQ(skipped->errors.first().line, 3);
    EXPECT_TRUE(payers().isEmpty());
}

TEST_F(CsvImportTest, RaggedRowsAreRowErrors)
{
    auto r = importFile(QStringLiteral("payers_ragged.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(r->errors.size(), 2);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[1].line, 4);
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("2")));
    EXPECT_EQ(r->rowsValid, 2); // "Full" and "Trailing" (an empty extra field is tolerated)
    EXPECT_EQ(r->rowsImported, 0);
    EXPECT_TRUE(payers().isEmpty());
}

TEST_F(CsvImportTest, BadRowsAreReportedWithLineAndFieldAndNothingIsWritten)
{
    auto r = importFile(QStringLiteral("payers_bad_rows.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    EXPECT_TRUE(r->blocked());
    EXPECT_EQ(r->rowsRead, 5);
    EXPECT_EQ(r->rowsValid, 2);
    EXPECT_EQ(r->rowsImported, 0);
    ASSERT_EQ(r->errors.size(), 3);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("name"));
    EXPECT_EQ(r->errors[1].line, 4);
    EXPECT_EQ(r->errors[1].field, QStringLiteral("email"));
    EXPECT_TRUE(r->errors[1].message.contains(QStringLiteral("not-an-email")));
    EXPECT_EQ(r->errors[2].line, 6);
    EXPECT_EQ(r->errors[2].field, QStringLiteral("invoice_language"));
    EXPECT_TRUE(payers().isEmpty());
}

TEST_F(CsvImportTest, SkipBadRowsImportsOnlyTheGoodRows)
{
    ImportOptions skip;
    skip.skipBadRows = true;
    auto r = importFile(QStringLiteral("payers_bad_rows.csv"), skip);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Imported);
    EXPECT_EQ(r->rowsImported, 2);
    EXPECT_EQ(r->rowsSkipped, 3);
    EXPECT_EQ(r->errors.size(), 3);
    const QList<Payer> all = payers();
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(payerNamed(QStringLiteral("Good One")));
    EXPECT_EQ(payerNamed(QStringLiteral("Good Two"))->invoiceLanguage, QStringLiteral("zh_CN"));
}

TEST_F(CsvImportTest, DryRunReportsAPreviewAndWritesNothing)
{
    ImportOptions dry;
    dry.dryRun = true;
    auto r = importFile(QStringLiteral("payers_utf8_bom.csv"), dry);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::DryRun);
    EXPECT_TRUE(r->dryRun);
    EXPECT_EQ(r->rowsValid, 2);
    EXPECT_EQ(r->rowsImported, 0);
    ASSERT_EQ(r->preview.size(), 2);
    const qsizetype nameColumn = r->columns.indexOf(QStringLiteral("name"));
    const qsizetype languageColumn = r->columns.indexOf(QStringLiteral("invoice_language"));
    ASSERT_GE(nameColumn, 0);
    EXPECT_EQ(r->preview[1][nameColumn], QStringLiteral("José Núñez"));
    EXPECT_EQ(r->preview[1][languageColumn], QStringLiteral("en")); // cleaned: the default filled in
    EXPECT_TRUE(payers().isEmpty());

    ImportOptions dryBad;
    dryBad.dryRun = true;
    auto bad = importFile(QStringLiteral("payers_bad_rows.csv"), dryBad);
    MD_ASSERT_OK(bad);
    EXPECT_EQ(bad->outcome, ImportOutcome::Blocked);
    EXPECT_EQ(bad->errors.size(), 3);
    EXPECT_TRUE(payers().isEmpty());
}

TEST_F(CsvImportTest, PreviewIsLimited)
{
    QString text = QStringLiteral("name\n");
    for (int i = 0; i < 30; ++i) {
        text += QStringLiteral("Person %1\n").arg(i);
    }
    ImportOptions options;
    options.dryRun = true;
    options.previewRows = 5;
    auto r = importText(text, options);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rowsValid, 30);
    EXPECT_EQ(r->preview.size(), 5);
}

TEST_F(CsvImportTest, UnknownColumnsAreIgnoredAndReported)
{
    auto r = importFile(QStringLiteral("payers_unknown_column.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Imported);
    EXPECT_EQ(r->ignoredColumns, (QStringList{QStringLiteral("Favourite colour"), QStringLiteral("shoe_size")}));
    EXPECT_EQ(r->rowsImported, 1);
}

TEST_F(CsvImportTest, MissingRequiredColumnIsAFileError)
{
    ImportOptions skip;
    skip.skipBadRows = true;
    auto r = importFile(QStringLiteral("payers_missing_required.csv"), skip);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors.first().line, 1);
    EXPECT_EQ(r->errors.first().field, QStringLiteral("name"));
    EXPECT_TRUE(payers().isEmpty());
}

TEST_F(CsvImportTest, EmptyFileAndHeaderOnlyFile)
{
    auto empty = importText(QString());
    MD_ASSERT_OK(empty);
    EXPECT_EQ(empty->outcome, ImportOutcome::Blocked);
    EXPECT_EQ(empty->errors.size(), 1);
    auto headerOnly = importText(QStringLiteral("name,email\r\n"));
    MD_ASSERT_OK(headerOnly);
    EXPECT_EQ(headerOnly->outcome, ImportOutcome::Imported);
    EXPECT_EQ(headerOnly->rowsRead, 0);
    EXPECT_TRUE(headerOnly->errors.isEmpty());
}

TEST_F(CsvImportTest, RowsOfOnlyDelimitersAreSkipped)
{
    auto r = importText(QStringLiteral("name,email\nAda,ada@example.com\n,\n , \nAlan,\n"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rowsRead, 2);
    EXPECT_EQ(r->rowsImported, 2);
}

TEST_F(CsvImportTest, NeutralisedFormulasAreRestored)
{
    auto r = importFile(QStringLiteral("payers_formulas.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rowsImported, 2);
    const auto evil = payerNamed(QStringLiteral("=HYPERLINK(\"http://evil.example\")"));
    ASSERT_TRUE(evil);
    EXPECT_EQ(evil->notes, QStringLiteral("@SUM(A1)"));
    EXPECT_EQ(evil->phone, QStringLiteral("-12.50"));
    EXPECT_EQ(payerNamed(QStringLiteral("Plain"))->notes, QStringLiteral("-x"));
}

TEST_F(CsvImportTest, MissingFileIsAStorageError)
{
    auto r = importFile(QStringLiteral("no_such_file.csv"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Storage);
}

TEST_F(CsvImportTest, ProgressIsReportedPerStage)
{
    QString text = QStringLiteral("name\n");
    for (int i = 0; i < 250; ++i) {
        text += QStringLiteral("Person %1\n").arg(i);
    }
    QList<std::tuple<ImportStage, qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&](ImportStage stage, qint64 done, qint64 total) { calls.append({stage, done, total}); };
    auto r = importText(text, options);
    MD_ASSERT_OK(r);
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.first(), std::make_tuple(ImportStage::Checking, qint64(100), qint64(250)));
    EXPECT_TRUE(calls.contains(std::make_tuple(ImportStage::Checking, qint64(250), qint64(250))));
    EXPECT_EQ(calls.last(), std::make_tuple(ImportStage::Writing, qint64(250), qint64(250)));
}

TEST_F(CsvImportTest, CancellationWritesNothing)
{
    QString text = QStringLiteral("name\n");
    for (int i = 0; i < 300; ++i) {
        text += QStringLiteral("Person %1\n").arg(i);
    }
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&](ImportStage stage, qint64 done, qint64) {
        if (stage == ImportStage::Writing && done >= 200) {
            cancel = true;
        }
    };
    auto r = importText(text, options);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Cancelled);
    EXPECT_EQ(r->rowsImported, 0);
    EXPECT_TRUE(payers().isEmpty());
}

TEST_F(CsvImportTest, ImportsThirtyThousandRowsInOneTransaction)
{
    QString text = QStringLiteral("name;email;notes\r\n");
    text.reserve(30000 * 50);
    for (int i = 0; i < 30000; ++i) {
        text += QStringLiteral("Person %1;p%1@example.com;\"a; b\"\r\n").arg(i);
    }
    auto r = importText(text);
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->rowsImported, 30000);
    PayerFilter all;
    auto page = PayerService(db(), clock()).list(all, {0, 1});
    MD_ASSERT_OK(page);
    EXPECT_EQ(page->total, 30000);
}

TEST_F(CsvImportTest, RegistryCreatesAnImporterForEveryEntity)
{
    EXPECT_EQ(ImporterRegistry::availableEntities(),
              (QStringList{QStringLiteral("payers"), QStringLiteral("mentors"), QStringLiteral("learners"),
                           QStringLiteral("courses"), QStringLiteral("lessons"), QStringLiteral("ratings")}));
    for (const QString& entity : ImporterRegistry::availableEntities()) {
        auto importer = ImporterRegistry::create(entity.toUpper(), db(), clock());
        MD_ASSERT_OK(importer);
        EXPECT_EQ((*importer)->entity(), entity);
        EXPECT_FALSE((*importer)->columns().isEmpty());
        QHash<QString, QString> owner; // every header name means one column only
        for (const ColumnSpec& c : (*importer)->columns()) {
            for (const QString& name : QStringList{c.key} + c.aliases) {
                const QString key = HeaderMapping::normalise(name);
                EXPECT_FALSE(owner.contains(key)) << entity.toStdString() << ": " << name.toStdString() << " means "
                                                  << owner.value(key).toStdString() << " and " << c.key.toStdString();
                owner.insert(key, c.key);
            }
        }
    }
    auto unknown = ImporterRegistry::create(QStringLiteral("widgets"), db(), clock());
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, QStringLiteral("entity"));
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("ratings")));
}

namespace {
/// Stores like PayerImporter but fails with a storage error on the row at `failLine`.
class FailingImporter final : public EntityImporter
{
public:
    FailingImporter(Database& db, const Clock& clock, int failLine)
        : m_inner(db, clock)
        , m_failLine(failLine)
    {}
    QString entity() const override { return m_inner.entity(); }
    QList<ColumnSpec> columns() const override { return m_inner.columns(); }
    Result<ImportRow> validateRow(const ImportRow& row) override { return m_inner.validateRow(row); }
    Result<Id> importRow(const ImportRow& row) override
    {
        if (row.line == m_failLine) {
            return fail(Error::storage(QStringLiteral("disk full")));
        }
        return m_inner.importRow(row);
    }

private:
    PayerImporter m_inner;
    int m_failLine;
};
} // namespace

TEST_F(CsvImportTest, StorageFailureRollsBackEveryRow)
{
    FailingImporter importer(db(), clock(), 4);
    ImportOptions skip;
    skip.skipBadRows = true;
    auto r = CsvImport(db(), importer).runBytes(QByteArrayLiteral("name\nA\nB\nC\nD\n"), skip);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Storage);
    EXPECT_TRUE(payers().isEmpty());
}
