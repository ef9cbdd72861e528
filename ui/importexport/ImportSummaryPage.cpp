// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportSummaryPage.h"

#include "importexport/EntityNames.h"
#include "importexport/ImportWizard.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mentordesk {

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.25 : 12);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_problems->setReadOnly(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_problems, 1);
    setFinalPage(true);
    retranslate();
}

void ImportSummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(QString());
    if (!m_headline->text().isEmpty()) {
        showResult();
    }
}

void ImportSummaryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportSummaryPage::initializePage()
{
    showResult();
}

void ImportSummaryPage::showResult()
{
    const ImportJobResult& result = m_wizard.finalResult();
    const QString what = EntityNames::label(m_wizard.plan().entity);
    QStringList lines;
    if (!result.report) {
        m_headline->setText(tr("The import failed; nothing was imported."));
        m_detail->setText(result.report.error().message);
        m_problems->clear();
        m_problems->hide();
        return;
    }
    const ImportReport& report = *result.report;
    for (const RowError& e : report.errors) {
        QString line = e.line > 0 ? tr("Line %1").arg(e.line) : tr("File");
        line = e.field.isEmpty() ? tr("%1: %2").arg(line, e.message) : tr("%1, %2: %3").arg(line, e.field, e.message);
        lines.append(line);
    }
    switch (report.outcome) {
    case ImportOutcome::Imported:
        m_headline->setText(
            tr("Imported %n record(s) into %1.", nullptr, static_cast<int>(report.rowsImported)).arg(what));
        m_detail->setText(report.rowsSkipped > 0 ? tr("%n row(s) with problems were skipped:", nullptr,
                                                      static_cast<int>(report.rowsSkipped))
                                                 : tr("Every row was imported."));
        break;
    case ImportOutcome::Cancelled:
        m_headline->setText(tr("The import was cancelled; nothing was imported."));
        m_detail->setText(tr("The studio is as it was before. You can run the import again at any time."));
        lines.clear();
        break;
    case ImportOutcome::Blocked:
    case ImportOutcome::DryRun:
        m_headline->setText(tr("Nothing was imported."));
        m_detail->setText(tr("These problems kept the rows out. Fix them in the file, or import again and tick "
                             "“Skip bad rows”:"));
        break;
    }
    m_problems->setPlainText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

QString ImportSummaryPage::headline() const
{
    return m_headline->text();
}

QString ImportSummaryPage::problems() const
{
    return m_problems->toPlainText();
}

} // namespace mentordesk
