// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace mentordesk {

class ImportWizard;

/// Step 6: what the import did — rows imported, rows skipped and why, or why nothing was written.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard& wizard);

    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString problems() const;

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showResult();

    ImportWizard& m_wizard;
    QLabel* m_headline;
    QLabel* m_detail;
    QPlainTextEdit* m_problems;
};

} // namespace mentordesk
