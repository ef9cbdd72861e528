// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/Invoice.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace mentordesk {

class Formatter;
class InvoiceActions;

/// Issues a credit note for an issued invoice (with its own number; the invoice itself never changes):
/// either in full (void: every line's remainder and its tax, the billed lessons are released) or for
/// chosen lines, each in full or for a part of its amount. Asks for the reason printed on the credit note.
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn, ///< checkable: credit this line
        AmountColumn,
        CreditColumn, ///< editable: the amount to credit (default: the line's amount)
    };

    CreditNoteDialog(InvoiceActions& actions, const InvoiceDetail& invoice, const Formatter& format,
                     QWidget* parent = nullptr);

    /// Issues the credit note; true when it is stored (then the dialog accepts).
    bool save();
    /// Switches between crediting the whole invoice and crediting the checked lines.
    void setFullCredit(bool full);
    /// Checks the line of `row` and sets the amount to credit ("" = the whole line).
    void chooseLine(int row, const QString& amount = {});

    [[nodiscard]] const std::optional<InvoiceDetail>& creditNote() const { return m_note; }
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QTableWidget* linesTable() const { return m_lines; }
    [[nodiscard]] QString errorText() const;

private:
    void syncMode();
    void showError(const QString& message, int row = -1);

    InvoiceActions& m_actions;
    InvoiceDetail m_invoice;
    const Formatter& m_format;
    QRadioButton* m_full = nullptr;
    QRadioButton* m_partial = nullptr;
    QTableWidget* m_lines = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    std::optional<InvoiceDetail> m_note;
};

} // namespace mentordesk
