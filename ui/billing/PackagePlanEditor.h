// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PlanTermsEditor.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mentordesk {

/// Terms of a prepaid package: hours for a price, expiry, low-balance warning and what happens when it
/// is used up (overage rate or a new package).
class PackagePlanEditor final : public PlanTermsEditor
{
    Q_OBJECT

public:
    explicit PackagePlanEditor(const Currency& currency, QWidget* parent = nullptr);

    [[nodiscard]] PlanKind kind() const override { return PlanKind::Package; }
    [[nodiscard]] Result<Plan::Terms> terms() const override;
    void setTerms(const Plan::Terms& terms) override;

private:
    void syncEnabled();

    QLineEdit* m_price = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_validity = nullptr;
    QSpinBox* m_lowBalance = nullptr;
    QComboBox* m_whenExhausted = nullptr;
    QLineEdit* m_overage = nullptr;
};

} // namespace mentordesk
