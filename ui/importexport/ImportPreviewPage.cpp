// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportPreviewPage.h"

#include "importexport/ImportWizard.h"
#include "models/ImportPreviewModel.h"
#include "shell/StudioSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace mentordesk {

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_fileProblems(new QLabel(this))
    , m_onlyProblems(new QCheckBox(this))
    , m_skipBad(new QCheckBox(this))
    , m_view(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setCommitPage(true); // after the import there is no way back
    m_summary->setWordWrap(true);
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_fileProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileProblems->hide();
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPreviewModel::HasProblemRole);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));

    auto* options = new QHBoxLayout;
    options->addWidget(m_onlyProblems);
    options->addStretch(1);
    options->addWidget(m_skipBad);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_fileProblems);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    setTabOrder(m_onlyProblems, m_skipBad);
    setTabOrder(m_skipBad, m_view);

    connect(&m_wizard.job(), &ImportJob::progressChanged, this, [this](int percent, const QString& message) {
        m_progress->setValue(percent);
        m_progress->setFormat(message.isEmpty() ? QStringLiteral("%p%") : message);
    });
    connect(m_onlyProblems, &QCheckBox::toggled, this,
            [this](bool only) { m_filter->setFilterFixedString(only ? QStringLiteral("true") : QString()); });
    connect(m_skipBad, &QCheckBox::toggled, this, [this](bool skip) {
        m_wizard.plan().skipBadRows = skip;
        updateSummary();
        emit completeChanged();
    });
    retranslate();
}

void ImportPreviewPage::retranslate()
{
    setTitle(tr("Preview"));
    setSubTitle(tr("Every row was checked without writing anything. Rows with problems are red; hover one to see "
                   "why. Fix the file and go back, or skip those rows."));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_onlyProblems->setText(tr("Show only rows with &problems"));
    m_onlyProblems->setToolTip(tr("Hide the rows that are ready to import."));
    m_skipBad->setText(tr("&Skip bad rows"));
    m_skipBad->setToolTip(tr("Import the good rows and leave out the rows with problems. Without this, any "
                             "problem stops the whole import."));
    if (m_checked) {
        updateSummary();
    }
}

void ImportPreviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportPreviewPage::initializePage()
{
    m_checked = false;
    m_fileProblem = false;
    m_model->clear();
    m_fileProblems->hide();
    m_summary->setText(tr("Checking every row…"));
    m_progress->setValue(0);
    m_progress->show();
    m_skipBad->setChecked(m_wizard.plan().skipBadRows);
    connect(&m_wizard.job(), &ImportJob::finished, this, &ImportPreviewPage::dryRunFinished, Qt::SingleShotConnection);
    m_wizard.job().start(m_wizard.plan(), true);
    emit completeChanged();
}

void ImportPreviewPage::cleanupPage()
{
    if (m_wizard.job().isRunning()) {
        disconnect(&m_wizard.job(), &ImportJob::finished, this, &ImportPreviewPage::dryRunFinished);
        m_wizard.job().cancel();
        m_wizard.job().wait(30000);
    }
    QWizardPage::cleanupPage();
}

void ImportPreviewPage::dryRunFinished()
{
    m_checked = true;
    m_progress->hide();
    const ImportJobResult& result = m_wizard.job().result();
    QStringList keys;
    for (const ColumnSpec& c : m_wizard.plan().columns) {
        keys.append(c.key);
    }
    m_model->setRows(keys, result.rows);
    m_view->resizeColumnToContents(ImportPreviewModel::LineColumn);
    // Why: the reason is what the user reads first; wide enough for most, the rest in its tooltip.
    m_view->resizeColumnToContents(ImportPreviewModel::ProblemColumn);
    m_view->setColumnWidth(ImportPreviewModel::ProblemColumn,
                           std::clamp(m_view->columnWidth(ImportPreviewModel::ProblemColumn), 120, 340));
    // Fields no column of the file fills stay empty: leave them out.
    for (qsizetype i = 0; i < keys.size(); ++i) {
        m_view->setColumnHidden(ImportPreviewModel::FirstFieldColumn + static_cast<int>(i),
                                !m_wizard.plan().mapping.contains(keys[i]));
    }
    updateSummary();
    emit completeChanged();
}

void ImportPreviewPage::updateSummary()
{
    const ImportJobResult& result = m_wizard.job().result();
    if (!result.report) {
        m_summary->setText(tr("The check failed: %1").arg(result.report.error().message));
        return;
    }
    const ImportReport& report = *result.report;
    QSet<int> rowLines;
    for (const PreviewRow& row : result.rows) {
        rowLines.insert(row.line);
    }
    QStringList fileProblems;
    for (const RowError& e : report.errors) {
        if (!rowLines.contains(e.line)) {
            fileProblems.append(e.line > 0 ? tr("Line %1: %2").arg(e.line).arg(e.message) : e.message);
        }
    }
    m_fileProblems->setText(fileProblems.join(u'\n'));
    m_fileProblems->setVisible(!fileProblems.isEmpty());
    m_fileProblem = !fileProblems.isEmpty();
    const qint64 bad = report.rowsRead - report.rowsValid;
    const QLocale& locale = m_wizard.session().format().locale();
    QString text = tr("Rows read: %1 · ready to import: %2 · with problems: %3")
                       .arg(locale.toString(report.rowsRead), locale.toString(report.rowsValid), locale.toString(bad));
    if (!fileProblems.isEmpty()) {
        text = tr("The file cannot be imported as it is:");
    } else if (report.rowsValid == 0) {
        text += u' ' + tr("There is nothing to import.");
    } else if (bad > 0 && !m_skipBad->isChecked()) {
        text += u' ' + tr("Fix the rows in red, or tick “Skip bad rows” to import only the good ones.");
    }
    if (m_model->rowCount() > 0 && report.rowsValid > ImportJob::kPreviewGoodRows) {
        text += u' ' + tr("(The table shows the first %1 good rows.)").arg(ImportJob::kPreviewGoodRows);
    }
    m_summary->setText(text);
}

QString ImportPreviewPage::summaryText() const
{
    return m_summary->text();
}

bool ImportPreviewPage::isComplete() const
{
    if (!m_checked || m_wizard.job().isRunning()) {
        return false;
    }
    const ImportJobResult& result = m_wizard.job().result();
    if (!result.report || result.report->rowsValid == 0 || m_fileProblem) {
        return false;
    }
    return result.report->errors.isEmpty() || m_skipBad->isChecked();
}

} // namespace mentordesk
