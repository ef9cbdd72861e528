// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PlanTermsEditor.h"

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace mentordesk {

/// Terms of a fixed-price project: the price and its milestones (all amounts or all percents), each
/// billed when reached or on its due date. Errors "milestones[i].percent" select the cell.
class ProjectPlanEditor final : public PlanTermsEditor
{
    Q_OBJECT

public:
    explicit ProjectPlanEditor(const Currency& currency, QWidget* parent = nullptr);

    [[nodiscard]] PlanKind kind() const override { return PlanKind::Project; }
    [[nodiscard]] Result<Plan::Terms> terms() const override;
    void setTerms(const Plan::Terms& terms) override;
    bool highlight(const QString& fieldKey, const QString& message) override;
    void clearHighlights() override;
    [[nodiscard]] QTableWidget* milestonesTable() const { return m_milestones; }
    /// Appends a milestone row (share as typed: an amount or a percentage; due date YYYY-MM-DD or empty).
    void addMilestone(const QString& label, const QString& share, const QString& dueDate);

private:
    QLineEdit* m_price = nullptr;
    QComboBox* m_split = nullptr;
    QTableWidget* m_milestones = nullptr;
};

} // namespace mentordesk
