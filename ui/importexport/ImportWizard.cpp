// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ImportWizard.h"

#include "importexport/ImportFormatPage.h"
#include "importexport/ImportMappingPage.h"
#include "importexport/ImportPreviewPage.h"
#include "importexport/ImportRunPage.h"
#include "importexport/ImportSourcePage.h"
#include "importexport/ImportSummaryPage.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"

#include <QEvent>

namespace mentordesk {

namespace {
constexpr int kCancelWaitMs = 30000;
} // namespace

ImportWizard::ImportWizard(StudioSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_job(new ImportJob(session.path(), session.clock(), this))
    , m_source(new ImportSourcePage(*this))
    , m_format(new ImportFormatPage(*this))
    , m_mapping(new ImportMappingPage(*this))
    , m_preview(new ImportPreviewPage(*this))
    , m_run(new ImportRunPage(*this))
    , m_summary(new ImportSummaryPage(*this))
{
    setObjectName(QStringLiteral("importWizard"));
    m_job->setActor(session.db().actor());
    setPage(SourcePage, m_source);
    setPage(FormatPage, m_format);
    setPage(MappingPage, m_mapping);
    setPage(PreviewPage, m_preview);
    setPage(RunPage, m_run);
    setPage(SummaryPage, m_summary);
    setStartId(SourcePage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(780, 560);
    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait(kCancelWaitMs);
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import from CSV"));
}

} // namespace mentordesk
