// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace mentordesk {

class ImportPreviewModel;
class ImportWizard;

/// Step 4: a dry run of the whole import (off the GUI thread; nothing is written): how many rows
/// are good, and every bad row in red with its line and reason. "Skip bad rows" lets the good rows
/// in anyway. Next starts the import.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard& wizard);

    [[nodiscard]] ImportPreviewModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QCheckBox* skipBadRowsBox() const { return m_skipBad; }
    [[nodiscard]] QCheckBox* onlyProblemsBox() const { return m_onlyProblems; }
    [[nodiscard]] QString summaryText() const;
    /// True once the dry run has finished.
    [[nodiscard]] bool checked() const { return m_checked; }

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void dryRunFinished();
    void updateSummary();

    ImportWizard& m_wizard;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLabel* m_fileProblems;
    QCheckBox* m_onlyProblems;
    QCheckBox* m_skipBad;
    QTableView* m_view;
    ImportPreviewModel* m_model;
    QSortFilterProxyModel* m_filter;
    bool m_checked = false;
    bool m_fileProblem = false;
};

} // namespace mentordesk
