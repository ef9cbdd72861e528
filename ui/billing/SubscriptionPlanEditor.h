// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PlanTermsEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace mentordesk {

/// Terms of a subscription: weekly or monthly fee, included minutes or unlimited, overage, rollover,
/// proration and pauses (a table of from/to dates; field keys "pauses[i].from" mark the row).
class SubscriptionPlanEditor final : public PlanTermsEditor
{
    Q_OBJECT

public:
    explicit SubscriptionPlanEditor(const Currency& currency, QWidget* parent = nullptr);

    [[nodiscard]] PlanKind kind() const override { return PlanKind::Subscription; }
    [[nodiscard]] Result<Plan::Terms> terms() const override;
    void setTerms(const Plan::Terms& terms) override;
    bool highlight(const QString& fieldKey, const QString& message) override;
    void clearHighlights() override;
    [[nodiscard]] QTableWidget* pausesTable() const { return m_pauses; }

private:
    void syncEnabled();

    QComboBox* m_period = nullptr;
    QComboBox* m_weekStart = nullptr;
    QLineEdit* m_fee = nullptr;
    QCheckBox* m_unlimited = nullptr;
    QSpinBox* m_included = nullptr;
    QLineEdit* m_overage = nullptr;
    QComboBox* m_rollover = nullptr;
    QSpinBox* m_cap = nullptr;
    QCheckBox* m_prorate = nullptr;
    QTableWidget* m_pauses = nullptr;
    QDate m_endsOn; ///< kept as loaded (the enrollment's end decides it)
};

} // namespace mentordesk
