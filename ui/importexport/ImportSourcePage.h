// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mentordesk {

class ImportWizard;

/// Step 1: what to import (from ImporterRegistry) and from which file.
class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard& wizard);

    void setEntity(const QString& entity);
    void setFilePath(const QString& path);
    [[nodiscard]] QString entity() const;
    [[nodiscard]] QComboBox* entityBox() const { return m_entity; }
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] bool isComplete() const override;
    /// Reads the file into the plan; shows why when it cannot.
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void showError(const QString& message);

    ImportWizard& m_wizard;
    QLabel* m_entityLabel;
    QComboBox* m_entity;
    QLabel* m_fileLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace mentordesk
