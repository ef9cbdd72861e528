// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportWizard.h"

#include "TestStudio.h"
#include "UiTestSupport.h"
#include "importexport/ImportFormatPage.h"
#include "importexport/ImportMappingPage.h"
#include "importexport/ImportPreviewPage.h"
#include "importexport/ImportRunPage.h"
#include "importexport/ImportSourcePage.h"
#include "importexport/ImportSummaryPage.h"
#include "importexport/ImporterRegistry.h"
#include "models/ImportPreviewModel.h"
#include "people/PayerService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kJobTimeoutMs = 30000;

void saveShot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MENTORDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget.grab().save(QDir(dir).filePath(name + u".png"_s));
    }
}

} // namespace

class ImportWizardTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        m_wizard = std::make_unique<ImportWizard>(session());
        m_wizard->resize(900, 620);
        m_wizard->show();
        m_payersBefore = payerCount();
    }
    void TearDown() override
    {
        m_wizard.reset();
        UiStudioTest::TearDown();
    }
    qint64 payerCount()
    {
        PayerFilter all;
        all.includeArchived = true;
        auto page = PayerService(session().db(), session().clock()).list(all, {0, 1});
        EXPECT_TRUE(page);
        return page ? page->total : -1;
    }
    /// Chooses payers and `file` (under tests/data/csv unless absolute) and moves to the format page.
    void openFile(const QString& file)
    {
        m_wizard->sourcePage()->setEntity(u"payers"_s);
        m_wizard->sourcePage()->setFilePath(QDir::isAbsolutePath(file) ? file : test::testDataPath(u"csv/"_s + file));
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::FormatPage) << m_wizard->sourcePage()->errorText().toStdString();
    }
    /// From the format page through the mapping to the finished dry run.
    void previewFile(const QString& file)
    {
        openFile(file);
        ASSERT_TRUE(m_wizard->formatPage()->isComplete());
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::MappingPage);
        ASSERT_TRUE(m_wizard->mappingPage()->isComplete()) << m_wizard->mappingPage()->problemText().toStdString();
        QSignalSpy done(&m_wizard->job(), &ImportJob::finished);
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::PreviewPage);
        ASSERT_TRUE(done.wait(kJobTimeoutMs));
        ASSERT_TRUE(m_wizard->previewPage()->checked());
    }
    /// Starts the import from the preview page and waits for the summary.
    void runImport()
    {
        ASSERT_TRUE(m_wizard->previewPage()->isComplete());
        QSignalSpy done(&m_wizard->job(), &ImportJob::finished);
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::RunPage);
        ASSERT_TRUE(done.wait(kJobTimeoutMs));
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::SummaryPage);
    }

    std::unique_ptr<ImportWizard> m_wizard;
    qint64 m_payersBefore = 0;
};

TEST_F(ImportWizardTest, OffersTheEntitiesOfTheRegistry)
{
    QComboBox* box = m_wizard->sourcePage()->entityBox();
    const QStringList available = ImporterRegistry::availableEntities();
    ASSERT_EQ(box->count(), available.size());
    for (int i = 0; i < box->count(); ++i) {
        EXPECT_EQ(box->itemData(i).toString(), available[i]);
        EXPECT_FALSE(box->itemText(i).isEmpty());
    }
    EXPECT_FALSE(m_wizard->sourcePage()->isComplete()) << "no file yet";
    saveShot(*m_wizard, u"import-1-source"_s);
}

TEST_F(ImportWizardTest, AMissingFileIsExplainedOnTheFirstPage)
{
    m_wizard->sourcePage()->setFilePath(u"/no/such/dir/payers.csv"_s);
    EXPECT_TRUE(m_wizard->sourcePage()->isComplete());
    m_wizard->next();
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::SourcePage);
    EXPECT_TRUE(m_wizard->sourcePage()->errorText().contains(u"payers.csv"_s));
}

TEST_F(ImportWizardTest, ShowsTheDetectedEncodingAndDelimiterAndAcceptsOverrides)
{
    openFile(u"payers_windows1252.csv"_s);
    ImportFormatPage* page = m_wizard->formatPage();
    EXPECT_TRUE(page->detectedText().contains(u"Windows-1252"_s)) << page->detectedText().toStdString();
    EXPECT_EQ(m_wizard->plan().detectedDelimiter, QChar(u';'));
    ASSERT_EQ(page->sampleTable()->columnCount(), 3);
    EXPECT_EQ(page->sampleTable()->item(0, 0)->text(), u"René Müller"_s);
    saveShot(*m_wizard, u"import-2-format"_s);

    page->setDelimiter(QChar(u','));
    EXPECT_EQ(page->sampleTable()->columnCount(), 1) << "no commas in this file";
    page->setEncoding(TextEncoding::Utf8);
    EXPECT_FALSE(page->isComplete()) << "these bytes are not UTF-8";
    EXPECT_FALSE(page->errorText().isEmpty());
    page->setEncoding(TextEncoding::Auto);
    page->setDelimiter(QChar());
    EXPECT_TRUE(page->isComplete());
    EXPECT_EQ(page->sampleTable()->columnCount(), 3);
}

TEST_F(ImportWizardTest, MappingIsPrefilledFromAliasesAndCanBeChanged)
{
    openFile(u"payers_utf8_chinese.csv"_s);
    m_wizard->next();
    ImportMappingPage* page = m_wizard->mappingPage();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(m_wizard->plan().mapping, (QStringList{u"name"_s, u"email"_s, u"phone"_s}));
    ASSERT_NE(page->fieldBox(0), nullptr);
    EXPECT_EQ(page->fieldBox(0)->currentData().toString(), u"name"_s);
    EXPECT_TRUE(page->isComplete());
    saveShot(*m_wizard, u"import-3-mapping"_s);

    page->setMapping(0, QString());
    EXPECT_FALSE(page->isComplete());
    EXPECT_TRUE(page->problemText().contains(u"name"_s)) << page->problemText().toStdString();
    page->setMapping(1, u"name"_s);
    page->setMapping(0, u"name"_s);
    EXPECT_FALSE(page->isComplete()) << "two columns for one field";
    page->setMapping(1, u"email"_s);
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(page->problemText().isEmpty());
}

TEST_F(ImportWizardTest, UnknownColumnsStartAsNotImported)
{
    openFile(u"payers_unknown_column.csv"_s);
    m_wizard->next();
    EXPECT_EQ(m_wizard->plan().mapping, (QStringList{u"name"_s, u"email"_s, QString(), QString()}));
    EXPECT_EQ(m_wizard->mappingPage()->fieldBox(2)->currentIndex(), 0);
}

TEST_F(ImportWizardTest, PreviewMarksBadRowsWithLineAndReason)
{
    previewFile(u"payers_bad_rows.csv"_s);
    ImportPreviewModel* model = m_wizard->previewPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 5);
    QList<int> badLines;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex problem = model->index(r, ImportPreviewModel::ProblemColumn);
        if (problem.data(ImportPreviewModel::HasProblemRole).toBool()) {
            badLines.append(problem.data(ImportPreviewModel::LineRole).toInt());
            EXPECT_TRUE(problem.data(Qt::BackgroundRole).isValid()) << "red background";
            EXPECT_FALSE(problem.data().toString().isEmpty());
        } else {
            EXPECT_EQ(problem.data().toString(), u"OK"_s);
            EXPECT_FALSE(problem.data(Qt::BackgroundRole).isValid());
        }
    }
    EXPECT_EQ(badLines, (QList<int>{3, 4, 6}));
    EXPECT_TRUE(model->index(2, ImportPreviewModel::ProblemColumn).data().toString().startsWith(u"email: "_s));
    EXPECT_EQ(model->index(0, ImportPreviewModel::FirstFieldColumn).data().toString(), u"Good One"_s);
    EXPECT_TRUE(m_wizard->previewPage()->summaryText().contains(u"5"_s));
    EXPECT_FALSE(m_wizard->previewPage()->isComplete()) << "bad rows block until they are skipped";
    saveShot(*m_wizard, u"import-4-preview"_s);
    m_wizard->previewPage()->onlyProblemsBox()->setChecked(true);
    EXPECT_EQ(m_wizard->previewPage()->view()->model()->rowCount(), 3);
    m_wizard->previewPage()->skipBadRowsBox()->setChecked(true);
    EXPECT_TRUE(m_wizard->previewPage()->isComplete());
    EXPECT_EQ(payerCount(), m_payersBefore) << "the preview writes nothing";
}

TEST_F(ImportWizardTest, ImportRunsInTheBackgroundAndEndsWithRowsInTheStudio)
{
    previewFile(u"payers_bad_rows.csv"_s);
    m_wizard->previewPage()->skipBadRowsBox()->setChecked(true);
    QSignalSpy dataChanged(&session(), &StudioSession::dataChanged);
    runImport();
    EXPECT_EQ(payerCount(), m_payersBefore + 2);
    EXPECT_EQ(dataChanged.size(), 1);
    ASSERT_TRUE(m_wizard->finalResult().report);
    EXPECT_EQ(m_wizard->finalResult().report->outcome, ImportOutcome::Imported);
    EXPECT_TRUE(m_wizard->summaryPage()->headline().contains(u"2"_s));
    EXPECT_TRUE(m_wizard->summaryPage()->problems().contains(u"Line 4"_s))
        << m_wizard->summaryPage()->problems().toStdString();
    saveShot(*m_wizard, u"import-6-summary"_s);
}

TEST_F(ImportWizardTest, ChosenMappingIsUsedForTheImport)
{
    openFile(u"payers_unknown_column.csv"_s);
    m_wizard->next();
    m_wizard->mappingPage()->setMapping(2, u"notes"_s); // "Favourite colour" → notes
    QSignalSpy done(&m_wizard->job(), &ImportJob::finished);
    m_wizard->next();
    ASSERT_TRUE(done.wait(kJobTimeoutMs));
    runImport();
    PayerFilter filter;
    filter.text = u"Ada Lovelace"_s;
    auto page = PayerService(session().db(), session().clock()).list(filter, {0, 5});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items[0].notes, u"blue"_s);
}

TEST_F(ImportWizardTest, CancellingTheImportWritesNothing)
{
    const QString big = m_dir.filePath(u"many.csv"_s);
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("name,email\n");
        for (int i = 0; i < 60000; ++i) {
            file.write(QStringLiteral("Family %1,f%1@example.com\n").arg(i).toUtf8());
        }
    }
    previewFile(big);
    ASSERT_TRUE(m_wizard->previewPage()->isComplete());
    QSignalSpy done(&m_wizard->job(), &ImportJob::finished);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::RunPage);
    EXPECT_TRUE(m_wizard->job().isRunning());
    saveShot(*m_wizard, u"import-5-run"_s);
    m_wizard->runPage()->cancelButton()->click();
    ASSERT_TRUE(done.wait(kJobTimeoutMs));
    ASSERT_TRUE(m_wizard->finalResult().report);
    EXPECT_EQ(m_wizard->finalResult().report->outcome, ImportOutcome::Cancelled);
    EXPECT_EQ(m_wizard->currentId(), ImportWizard::SummaryPage);
    EXPECT_TRUE(m_wizard->summaryPage()->headline().contains(u"cancelled"_s));
    EXPECT_EQ(payerCount(), m_payersBefore);
}

TEST_F(ImportWizardTest, AFileWithoutTheRequiredColumnCannotBeMappedUntilItIsChosen)
{
    openFile(u"payers_missing_required.csv"_s);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_FALSE(m_wizard->mappingPage()->isComplete());
    EXPECT_TRUE(m_wizard->mappingPage()->problemText().contains(u"name"_s));
}
