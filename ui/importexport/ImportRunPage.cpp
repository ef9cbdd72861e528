// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportRunPage.h"

#include "importexport/EntityNames.h"
#include "importexport/ImportWizard.h"
#include "shell/StudioSession.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(&m_wizard.job(), &ImportJob::progressChanged, this, [this](int percent, const QString& message) {
        m_progress->setValue(percent);
        m_progress->setFormat(message.isEmpty() ? QStringLiteral("%p%") : message);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling… nothing will be imported."));
        m_wizard.job().cancel();
    });
    retranslate();
}

void ImportRunPage::retranslate()
{
    setTitle(tr("Importing"));
    setSubTitle(tr("All rows are written in one go: if you cancel, nothing is imported."));
    m_cancel->setText(tr("&Cancel Import"));
    m_cancel->setToolTip(tr("Stop now; the studio stays as it was before the import."));
    if (!m_done && m_wizard.job().isRunning()) {
        m_status->setText(
            tr("Importing %1 from %2…")
                .arg(EntityNames::label(m_wizard.plan().entity), QDir::toNativeSeparators(m_wizard.plan().path)));
    }
}

void ImportRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    connect(&m_wizard.job(), &ImportJob::finished, this, &ImportRunPage::importFinished, Qt::SingleShotConnection);
    m_wizard.job().start(m_wizard.plan(), false);
    retranslate();
    emit completeChanged();
}

void ImportRunPage::importFinished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    const ImportJobResult& result = m_wizard.job().result();
    m_wizard.setFinalResult(result);
    if (result.report && result.report->outcome == ImportOutcome::Imported && result.report->rowsImported > 0) {
        m_wizard.session().notifyDataChanged();
    }
    emit completeChanged();
    if (m_wizard.currentPage() == this) {
        m_wizard.next();
    }
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace mentordesk
