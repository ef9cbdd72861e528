// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PlanTermsEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace mentordesk {

/// Terms of an hourly or per-lesson plan: rate and unit, one-off fee, rounding and the progress discount.
class HourlyPlanEditor final : public PlanTermsEditor
{
    Q_OBJECT

public:
    explicit HourlyPlanEditor(const Currency& currency, QWidget* parent = nullptr);

    [[nodiscard]] PlanKind kind() const override { return PlanKind::Hourly; }
    [[nodiscard]] Result<Plan::Terms> terms() const override;
    void setTerms(const Plan::Terms& terms) override;

private:
    QLineEdit* m_rate = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_fee = nullptr;
    QCheckBox* m_discountOn = nullptr;
    QSpinBox* m_threshold = nullptr;
    QLineEdit* m_discountRate = nullptr;
};

} // namespace mentordesk
