// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/Invoice.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace mentordesk {

class InvoiceActions;

/// Confirms crediting an issued invoice in full (a credit note with its own number; the invoice itself
/// never changes) and asks for the reason printed on the credit note.
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    CreditNoteDialog(InvoiceActions& actions, const Invoice& invoice, const QString& balanceText,
                     QWidget* parent = nullptr);

    /// Issues the credit note; true when it is stored (then the dialog accepts).
    bool save();
    [[nodiscard]] const std::optional<InvoiceDetail>& creditNote() const { return m_note; }
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QString errorText() const;

private:
    InvoiceActions& m_actions;
    Invoice m_invoice;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    std::optional<InvoiceDetail> m_note;
};

} // namespace mentordesk
