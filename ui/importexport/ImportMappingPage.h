// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mentordesk {

class ImportWizard;

/// Step 3: which column of the file fills which field. Pre-filled from the importer's column names
/// and aliases (HeaderMapping); every column can be re-assigned or skipped. Next is enabled when
/// every required field is mapped exactly once.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        ExampleColumn,
        FieldColumn,
    };

    explicit ImportMappingPage(ImportWizard& wizard);

    /// The field chooser of header cell `cell`.
    [[nodiscard]] QComboBox* fieldBox(int cell) const;
    /// Maps header cell `cell` to the column `key` ("" = don't import it).
    void setMapping(int cell, const QString& key);
    /// The problems that keep Next disabled (one per line), or an empty string.
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void fillFieldBox(QComboBox* box) const;
    void mappingChanged();

    ImportWizard& m_wizard;
    QTableWidget* m_table;
    QLabel* m_status;
    QStringList m_problems;
};

} // namespace mentordesk
