// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LessonFixture.h"
#include "TestStudio.h"
#include "importexport/CsvImport.h"
#include "importexport/ImporterRegistry.h"
#include "people/PayerService.h"

#include <memory>

namespace mentordesk::test {

/// Base for the importer tests: imports files of tests/data/csv (or text) through CsvImport with a
/// fresh importer from the registry, and creates the records rows refer to.
class ImporterTestBase : public StudioTest
{
protected:
    void SetUp() override
    {
        StudioTest::SetUp();
        m_fx = std::make_unique<LessonFixture>(db());
    }

    Result<ImportReport> importFile(const QString& entity, const QString& file, const ImportOptions& options = {},
                                    const ImporterOptions& importerOptions = {})
    {
        auto importer = ImporterRegistry::create(entity, db(), clock(), importerOptions);
        if (!importer) {
            return fail(importer.error());
        }
        return CsvImport(db(), **importer).run(testDataPath(QStringLiteral("csv/") + file), options);
    }
    Result<ImportReport> importText(const QString& entity, const QString& text, const ImportOptions& options = {},
                                    const ImporterOptions& importerOptions = {})
    {
        auto importer = ImporterRegistry::create(entity, db(), clock(), importerOptions);
        if (!importer) {
            return fail(importer.error());
        }
        return CsvImport(db(), **importer).runBytes(text.toUtf8(), options);
    }
    static ImportOptions dryRun()
    {
        ImportOptions o;
        o.dryRun = true;
        return o;
    }
    static ImportOptions skipBadRows()
    {
        ImportOptions o;
        o.skipBadRows = true;
        return o;
    }
    /// Every error as "line field: message", for assertion messages.
    static std::string errorsOf(const ImportReport& report)
    {
        QString out;
        for (const RowError& e : report.errors) {
            out += QStringLiteral("%1 %2: %3\n").arg(e.line).arg(e.field, e.message);
        }
        return out.toStdString();
    }
    /// (line, field) of every error, in order.
    static QList<std::pair<int, QString>> linesAndFields(const ImportReport& report)
    {
        QList<std::pair<int, QString>> out;
        for (const RowError& e : report.errors) {
            out.append({e.line, e.field});
        }
        return out;
    }
    Id addPayer(const QString& name)
    {
        PayerInput in;
        in.name = name;
        auto p = PayerService(db(), clock()).create(in);
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return p ? p->meta.id : Id();
    }
    LessonFixture& fx() { return *m_fx; }
    qint64 count(const QString& table) { return m_fx->count(table); }

private:
    std::unique_ptr<LessonFixture> m_fx;
};

} // namespace mentordesk::test
