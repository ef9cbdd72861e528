// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/ImportJob.h"
#include "importexport/ImportPlan.h"

#include <QWizard>

namespace mentordesk {

class ImportFormatPage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSourcePage;
class ImportSummaryPage;
class StudioSession;

/// File ▸ Import…: a CSV import in six steps — what and which file; encoding and delimiter
/// (detected, can be overridden); which column of the file fills which field; a dry-run preview
/// with the bad rows marked; the import itself with a progress bar and Cancel; a summary.
/// Checking and importing run off the GUI thread on their own connection (ImportJob). The list of
/// entities comes from ImporterRegistry, so new importers appear here by themselves.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePage,
        FormatPage,
        MappingPage,
        PreviewPage,
        RunPage,
        SummaryPage,
    };

    explicit ImportWizard(StudioSession& session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] StudioSession& session() const { return m_session; }
    [[nodiscard]] ImportPlan& plan() { return m_plan; }
    /// Runs the dry runs and the import; one at a time.
    [[nodiscard]] ImportJob& job() { return *m_job; }
    /// The report of the real import (valid once the run page has finished).
    [[nodiscard]] const ImportJobResult& finalResult() const { return m_final; }
    void setFinalResult(const ImportJobResult& result) { m_final = result; }

    [[nodiscard]] ImportSourcePage* sourcePage() const { return m_source; }
    [[nodiscard]] ImportFormatPage* formatPage() const { return m_format; }
    [[nodiscard]] ImportMappingPage* mappingPage() const { return m_mapping; }
    [[nodiscard]] ImportPreviewPage* previewPage() const { return m_preview; }
    [[nodiscard]] ImportRunPage* runPage() const { return m_run; }
    [[nodiscard]] ImportSummaryPage* summaryPage() const { return m_summary; }

    /// Cancels a running check or import (nothing is written) before closing.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    StudioSession& m_session;
    ImportPlan m_plan;
    ImportJob* m_job;
    ImportJobResult m_final;
    ImportSourcePage* m_source;
    ImportFormatPage* m_format;
    ImportMappingPage* m_mapping;
    ImportPreviewPage* m_preview;
    ImportRunPage* m_run;
    ImportSummaryPage* m_summary;
};

} // namespace mentordesk
