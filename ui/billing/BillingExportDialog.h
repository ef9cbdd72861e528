// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace mentordesk {

class FieldErrorDisplay;
class StudioSession;

/// Exports the studio's invoices for a date range: invoices CSV (InvoiceCsvExporter, as `invoice export
/// --from --to`, optionally one row per line) or an hledger journal (JournalExporter, as `export journal
/// --from --to`). Export… asks for the file, writes it and shows where it went.
class BillingExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        InvoicesCsv,
        Journal,
    };

    explicit BillingExportDialog(StudioSession& session, QWidget* parent = nullptr);
    ~BillingExportDialog() override;

    /// Asks for a file name (QFileDialog) and exports; false when cancelled or failed.
    bool exportWithFileDialog();
    /// Writes the export to `path`; true on success (the status names the file), else the error is shown.
    bool exportTo(const QString& path);

    void setFormat(Format format);
    [[nodiscard]] Format format() const;
    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit* toEdit() const { return m_to; }
    [[nodiscard]] QCheckBox* linesBox() const { return m_lines; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const;

private:
    [[nodiscard]] Result<QString> write(const QString& path);

    StudioSession& m_session;
    QComboBox* m_format = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_lines = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace mentordesk
