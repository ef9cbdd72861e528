// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/ReceivablesService.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace mentordesk {

class AgingModel;
class StudioSession;

/// The Receivables tab: accounts-receivable aging by payer, the overdue invoices (most overdue first)
/// and, for the selected one, the reminder e-mail in the payer's invoice language, ready to copy.
class ReceivablesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceivablesPanel(StudioSession& session, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] AgingModel* agingModel() const { return m_agingModel; }
    [[nodiscard]] QTreeWidget* overdueList() const { return m_overdue; }
    [[nodiscard]] QString reminderText() const;
    [[nodiscard]] const QList<OverdueInvoice>& overdueInvoices() const { return m_overdueRows; }
    /// Shows the reminder of the overdue invoice at `row`.
    void selectOverdue(int row);

signals:
    void invoiceActivated(const QString& invoiceId);
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showReminder();

    StudioSession& m_session;
    QLabel* m_agingLabel = nullptr;
    AgingModel* m_agingModel = nullptr;
    QTableView* m_aging = nullptr;
    QLabel* m_overdueLabel = nullptr;
    QTreeWidget* m_overdue = nullptr;
    QLabel* m_reminderLabel = nullptr;
    QPlainTextEdit* m_reminder = nullptr;
    QPushButton* m_copy = nullptr;
    QList<OverdueInvoice> m_overdueRows;
    QDate m_asOf;
};

} // namespace mentordesk
