// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mentordesk {

class FieldErrorDisplay;
class StudioSession;

/// A payer's standing discounts (percent or fixed amount, a line of their own on each invoice): the list
/// with Remove, and a form to add one. Each change is one PayerDiscountService call.
class PayerDiscountDialog final : public QDialog
{
    Q_OBJECT

public:
    PayerDiscountDialog(StudioSession& session, const Id& payerId, QWidget* parent = nullptr);
    ~PayerDiscountDialog() override;

    /// Adds the discount from the form; true on success (the form is cleared), else the error is shown.
    bool addDiscount();
    /// Removes the selected discount (after `confirm`, when set); true on success.
    bool removeSelected(bool confirm = true);

    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* labelEdit() const { return m_label; }
    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QLineEdit* valueEdit() const { return m_value; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const;

    /// "10 %" or the formatted amount.
    [[nodiscard]] static QString valueText(const StoredDiscount& discount, StudioSession& session);

private:
    void reload();

    StudioSession& m_session;
    Id m_payerId;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_label = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_value = nullptr;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace mentordesk
