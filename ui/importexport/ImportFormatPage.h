// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/TextDecoder.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mentordesk {

class ImportWizard;

/// Step 2: the detected encoding and delimiter, with overrides, and the first lines of the file as
/// they will be read, so a wrong guess is visible before mapping.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// Records shown in the sample table (the header and the first data rows).
    static constexpr int kSampleRecords = 9;

    explicit ImportFormatPage(ImportWizard& wizard);

    void setEncoding(TextEncoding encoding);
    /// A null character means "detect".
    void setDelimiter(QChar delimiter);
    [[nodiscard]] QString detectedText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QTableWidget* sampleTable() const { return m_sample; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void refresh();
    void showError(const QString& message);

    ImportWizard& m_wizard;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_delimiterLabel;
    QComboBox* m_delimiter;
    QLabel* m_detected;
    QLabel* m_error;
    QTableWidget* m_sample;
    QString m_autoEncoding;
    QChar m_autoDelimiter;
    bool m_ok = false;
    bool m_filling = false;
};

} // namespace mentordesk
