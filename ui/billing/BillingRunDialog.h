// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillingDraft.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace mentordesk {

class InvoiceActions;
class StudioSession;

/// The monthly billing run: pick a month, preview the draft invoices it would make (a dry run that stores
/// nothing), then create or refresh the drafts. Running twice never duplicates anything.
class BillingRunDialog final : public QDialog
{
    Q_OBJECT

public:
    BillingRunDialog(StudioSession& session, InvoiceActions& actions, QWidget* parent = nullptr);

    /// The selected month, "YYYY-MM".
    [[nodiscard]] QString period() const;
    void setPeriod(const QString& period);
    /// Dry run: fills the preview; false on error (shown in the dialog).
    bool preview();
    /// Stores the drafts; true on success (then the dialog accepts).
    bool runBilling();

    [[nodiscard]] const std::optional<BillingRunResult>& runResult() const { return m_result; }
    [[nodiscard]] QTreeWidget* draftTree() const { return m_drafts; }
    [[nodiscard]] QString summaryText() const;

private:
    void showResult(const BillingRunResult& result);

    StudioSession& m_session;
    InvoiceActions& m_actions;
    QComboBox* m_period = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_runButton = nullptr;
    QTreeWidget* m_drafts = nullptr;
    QLabel* m_summary = nullptr;
    std::optional<BillingRunResult> m_result;
};

} // namespace mentordesk
