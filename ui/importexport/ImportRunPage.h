// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mentordesk {

class ImportWizard;

/// Step 5: the import itself, off the GUI thread, with a progress bar and Cancel (which writes
/// nothing). Moves on to the summary by itself when done.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);

    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    /// True once the import has ended (imported, blocked, cancelled or failed).
    [[nodiscard]] bool done() const { return m_done; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void importFinished();

    ImportWizard& m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_done = false;
};

} // namespace mentordesk
