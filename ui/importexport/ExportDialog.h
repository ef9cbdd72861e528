// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace mentordesk {

class ExportJob;
class StudioSession;

/// File ▸ Export…: the whole studio as JSON, or one table as CSV, to a chosen file. The export runs
/// off the GUI thread (ExportJob, its own connection) with a progress bar and Cancel, and ends with
/// a message naming the file.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(StudioSession& session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// Chooses the JSON export of the whole studio.
    void chooseJson();
    /// Chooses the CSV export of `entity` (one of StudioExporter::csvEntities()).
    void chooseCsv(const QString& entity);
    void setTargetPath(const QString& path);
    [[nodiscard]] QString targetPath() const;
    /// Starts the export; false (with the reason shown) when the target is missing or one is running.
    bool startExport();
    [[nodiscard]] ExportJob& job() const { return *m_job; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QCheckBox* includeDeletedBox() const { return m_includeDeleted; }

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void formatChanged();
    void browse();
    void exportFinished();
    void showStatus(const QString& text, bool error);
    [[nodiscard]] QString suggestedPath() const;

    StudioSession& m_session;
    ExportJob* m_job;
    QLabel* m_intro;
    QRadioButton* m_json;
    QRadioButton* m_csv;
    QComboBox* m_entity;
    QCheckBox* m_includeDeleted;
    QCheckBox* m_bom;
    QLabel* m_fileLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    bool m_pathEdited = false;
};

} // namespace mentordesk
