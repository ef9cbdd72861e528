// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/StudioExporter.h"

#include "TestStudio.h"
#include "importexport/CsvImport.h"
#include "importexport/CsvParser.h"
#include "importexport/ExportRepository.h"
#include "importexport/PayerImporter.h"
#include "people/PayerService.h"
#include "storage/SqlHelpers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

class StudioExporterTest : public StudioTest
{
protected:
    Id addPayer(const QString& name, const QString& notes = {})
    {
        PayerInput in;
        in.name = name;
        in.notes = notes;
        auto p = PayerService(db(), clock()).create(in);
        EXPECT_TRUE(p.has_value());
        return p ? p->meta.id : Id();
    }
    QJsonObject exportJson(bool includeDeleted = false)
    {
        QBuffer buffer;
        EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
        auto stats = StudioExporter(db(), clock()).writeJson(buffer, includeDeleted);
        EXPECT_TRUE(stats.has_value());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        return doc.object();
    }
    QByteArray exportCsv(const QString& entity, CsvExportOptions options = {})
    {
        QBuffer buffer;
        EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
        auto stats = StudioExporter(db(), clock()).writeCsv(buffer, entity, options);
        EXPECT_TRUE(stats.has_value()) << (stats ? std::string() : stats.error().message.toStdString());
        return buffer.data();
    }
};

TEST_F(StudioExporterTest, JsonHasTheHeaderAndEveryUserTableButMeta)
{
    const QJsonObject root = exportJson();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("mentordesk-studio"));
    EXPECT_EQ(root.value(QStringLiteral("format_version")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("schema_version")).toInt(), db().schemaVersion());
    EXPECT_EQ(root.value(QStringLiteral("exported_at")).toString(), QStringLiteral("2026-01-15T10:00:00Z"));
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    EXPECT_FALSE(tables.contains(QStringLiteral("meta")));
    for (const char16_t* name : {u"studio", u"payers", u"learners", u"lessons", u"ratings", u"topics"}) {
        EXPECT_TRUE(tables.value(QString::fromUtf16(name)).isArray()) << QString::fromUtf16(name).toStdString();
    }
    EXPECT_EQ(tables.value(QStringLiteral("studio")).toArray().size(), 1);
}

TEST_F(StudioExporterTest, JsonContainsRowsWithTypedValuesInIdOrder)
{
    addPayer(QStringLiteral("王芳"), QStringLiteral("line 1\nline \"2\"\t\\"));
    addPayer(QStringLiteral("Anna"));
    addPayer(QStringLiteral("Bob"));
    const QJsonArray rows =
        exportJson().value(QStringLiteral("tables")).toObject().value(QStringLiteral("payers")).toArray();
    ASSERT_EQ(rows.size(), 3);
    QStringList ids;
    for (const QJsonValue& v : rows) {
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    }
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(ids, sorted);
    bool found = false;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        EXPECT_TRUE(o.value(QStringLiteral("version")).isDouble());
        EXPECT_TRUE(o.value(QStringLiteral("deleted_at")).isNull());
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("王芳")) {
            found = true;
            EXPECT_EQ(o.value(QStringLiteral("notes")).toString(), QStringLiteral("line 1\nline \"2\"\t\\"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(StudioExporterTest, DeletedRowsOnlyWhenAsked)
{
    addPayer(QStringLiteral("Kept"));
    const Id gone = addPayer(QStringLiteral("Gone"));
    MD_ASSERT_OK(tombstone(db(), QStringLiteral("payers"), gone, clock().nowUtc()));
    const auto payers = [&](bool includeDeleted) {
        return exportJson(includeDeleted)
            .value(QStringLiteral("tables"))
            .toObject()
            .value(QStringLiteral("payers"))
            .toArray();
    };
    EXPECT_EQ(payers(false).size(), 1);
    EXPECT_EQ(payers(true).size(), 2);
    EXPECT_TRUE(exportJson(true).value(QStringLiteral("include_deleted")).toBool());
}

TEST_F(StudioExporterTest, JsonIsDeterministic)
{
    addPayer(QStringLiteral("Anna"));
    QBuffer a;
    QBuffer b;
    ASSERT_TRUE(a.open(QIODevice::WriteOnly));
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    MD_ASSERT_OK(StudioExporter(db(), clock()).writeJson(a));
    MD_ASSERT_OK(StudioExporter(db(), clock()).writeJson(b));
    EXPECT_EQ(a.data(), b.data());
}

TEST_F(StudioExporterTest, CsvExportHasHeaderRowsAndNeutralisedFormulas)
{
    addPayer(QStringLiteral("=HYPERLINK(\"http://evil.example\")"), QStringLiteral("-12.50"));
    const QByteArray csv = exportCsv(QStringLiteral("payers"));
    auto records = CsvParser::parseAll(QString::fromUtf8(csv), u',');
    MD_ASSERT_OK(records);
    ASSERT_EQ(records->size(), 2);
    const QStringList header = records->at(0).fields;
    EXPECT_EQ(header.first(), QStringLiteral("id"));
    const qsizetype name = header.indexOf(QStringLiteral("name"));
    const qsizetype notes = header.indexOf(QStringLiteral("notes"));
    EXPECT_EQ(records->at(1).fields[name], QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
    EXPECT_EQ(records->at(1).fields[notes], QStringLiteral("-12.50"));
    EXPECT_TRUE(csv.contains("\r\n"));
    EXPECT_FALSE(csv.startsWith("\xEF\xBB\xBF"));
    CsvExportOptions bom;
    bom.bom = true;
    EXPECT_TRUE(exportCsv(QStringLiteral("payers"), bom).startsWith("\xEF\xBB\xBF"));
}

TEST_F(StudioExporterTest, FormulaNeutralisationRoundTripsThroughImport)
{
    const QStringList names = {QStringLiteral("=1+2"), QStringLiteral("'=quoted"), QStringLiteral("@home"),
                               QStringLiteral("-minus"), QStringLiteral("Plain")};
    for (const QString& n : names) {
        addPayer(n, QStringLiteral("+3"));
    }
    const QByteArray csv = exportCsv(QStringLiteral("payers"));

    auto fresh = Database::openInMemory();
    MD_ASSERT_OK(fresh);
    PayerImporter importer(**fresh, clock());
    auto report = CsvImport(**fresh, importer).runBytes(csv, {});
    MD_ASSERT_OK(report);
    EXPECT_EQ(report->rowsImported, names.size());
    EXPECT_TRUE(report->ignoredColumns.contains(QStringLiteral("id")));
    auto page = PayerService(**fresh, clock()).list({}, {0, 100});
    MD_ASSERT_OK(page);
    QStringList imported;
    for (const Payer& p : page->items) {
        imported.append(p.name);
        EXPECT_EQ(p.notes, QStringLiteral("+3"));
    }
    imported.sort();
    QStringList expected = names;
    expected.sort();
    EXPECT_EQ(imported, expected);
}

TEST_F(StudioExporterTest, CsvOfAnEmptyTableIsJustTheHeader)
{
    const QByteArray csv = exportCsv(QStringLiteral("lessons"));
    EXPECT_TRUE(csv.startsWith("id,mentor_id,series_id,starts_at,"));
    EXPECT_EQ(csv.count("\r\n"), 1);
}

TEST_F(StudioExporterTest, UnknownEntityIsRefusedWithTheChoices)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    for (const QString& bad : {QStringLiteral("widgets"), QStringLiteral("meta"), QStringLiteral("sqlite_master"),
                               QStringLiteral("payers; DROP TABLE payers")}) {
        auto r = StudioExporter(db(), clock()).writeCsv(buffer, bad);
        ASSERT_FALSE(r) << bad.toStdString();
        EXPECT_EQ(r.error().field, QStringLiteral("entity"));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("learners")));
    }
    EXPECT_TRUE(buffer.data().isEmpty());
}

TEST_F(StudioExporterTest, RepositoryListsTablesSortedAndColumnsInOrder)
{
    auto tables = ExportRepository(db()).userTables();
    MD_ASSERT_OK(tables);
    QStringList sorted = *tables;
    sorted.sort();
    EXPECT_EQ(*tables, sorted);
    EXPECT_FALSE(tables->contains(QStringLiteral("meta")));
    auto columns = ExportRepository(db()).columns(QStringLiteral("payers"));
    MD_ASSERT_OK(columns);
    EXPECT_EQ(columns->first().name, QStringLiteral("id"));
    EXPECT_EQ(columns->at(1).name, QStringLiteral("name"));
    EXPECT_EQ(columns->last().name, QStringLiteral("deleted_at"));
}

TEST_F(StudioExporterTest, ExportsAnyUserTableWithRealsBlobsAndNulls)
{
    MD_ASSERT_OK(
        db().exec(QStringLiteral("CREATE TABLE zz_extra (id TEXT PRIMARY KEY, ratio REAL, data BLOB, note TEXT)")));
    MD_ASSERT_OK(
        db().exec(QStringLiteral("INSERT INTO zz_extra VALUES ('b', 0.1, x'00ff', NULL), ('a', -2.5, NULL, 'x')")));
    const QJsonArray rows =
        exportJson().value(QStringLiteral("tables")).toObject().value(QStringLiteral("zz_extra")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject a = rows.at(0).toObject();
    const QJsonObject b = rows.at(1).toObject();
    EXPECT_EQ(a.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
    EXPECT_EQ(a.value(QStringLiteral("ratio")).toDouble(), -2.5);
    EXPECT_TRUE(a.value(QStringLiteral("data")).isNull());
    EXPECT_EQ(b.value(QStringLiteral("ratio")).toDouble(), 0.1);
    EXPECT_EQ(b.value(QStringLiteral("data")).toString(), QStringLiteral("AP8=")); // base64
    EXPECT_TRUE(b.value(QStringLiteral("note")).isNull());

    const QByteArray csv = exportCsv(QStringLiteral("zz_extra"));
    EXPECT_EQ(csv, QByteArray("id,ratio,data,note\r\na,-2.5,,x\r\nb,0.1,AP8=,\r\n"));
}
