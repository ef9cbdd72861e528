// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/Invoice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace mentordesk {

class InvoiceActions;
class StudioSession;

/// "Issue All Drafts": picks a billing period that has drafts, says how many and for how much, and after
/// confirmation issues them all today (numbers in payer order, all or nothing) with a progress bar.
class IssueDraftsDialog final : public QDialog
{
    Q_OBJECT

public:
    IssueDraftsDialog(StudioSession& session, InvoiceActions& actions, QWidget* parent = nullptr);

    /// Selects `period` ("YYYY-MM") when it has drafts.
    bool setPeriod(const QString& period);
    [[nodiscard]] QString period() const;
    /// Drafts of the selected period.
    [[nodiscard]] int draftCount() const;
    /// Issues every draft of the period; true when all were issued (then the dialog accepts).
    bool issueAll();

    [[nodiscard]] const QList<Invoice>& issued() const { return m_issued; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    [[nodiscard]] QComboBox* periodBox() const { return m_period; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString errorText() const;

private:
    void syncSummary();

    StudioSession& m_session;
    InvoiceActions& m_actions;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_issue = nullptr;
    QList<Invoice> m_issued;
};

} // namespace mentordesk
