// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/PaymentService.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace mentordesk {

class InvoiceActions;
class StudioSession;

/// Records a payment for an issued invoice: date, amount (the open balance by default), method and
/// reference. Errors from PaymentService are shown in the dialog, which stays open.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(StudioSession& session, InvoiceActions& actions, const Invoice& invoice, QWidget* parent = nullptr);

    /// Validates and records; true when the payment is stored (then the dialog accepts).
    bool save();
    [[nodiscard]] const std::optional<PaymentOutcome>& outcome() const { return m_outcome; }
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    [[nodiscard]] QLineEdit* amountEdit() const { return m_amount; }
    [[nodiscard]] QComboBox* methodCombo() const { return m_method; }
    [[nodiscard]] QLineEdit* referenceEdit() const { return m_reference; }

    /// "Bank transfer", "Cash"… for a PaymentService method key.
    [[nodiscard]] static QString methodName(const QString& key);

private:
    StudioSession& m_session;
    InvoiceActions& m_actions;
    Invoice m_invoice;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_error = nullptr;
    std::optional<PaymentOutcome> m_outcome;
};

} // namespace mentordesk
