// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PlanTermsEditor.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace mentordesk {

/// Terms of a per-module plan: a default price and each module's own price (empty = the default).
/// A new plan shows no modules: the service takes the course's modules (and their prices) when it is saved.
class ModulePlanEditor final : public PlanTermsEditor
{
    Q_OBJECT

public:
    explicit ModulePlanEditor(const Currency& currency, QWidget* parent = nullptr);

    [[nodiscard]] PlanKind kind() const override { return PlanKind::Module; }
    [[nodiscard]] Result<Plan::Terms> terms() const override;
    void setTerms(const Plan::Terms& terms) override;
    bool highlight(const QString& fieldKey, const QString& message) override;
    void clearHighlights() override;
    [[nodiscard]] QTableWidget* modulesTable() const { return m_modules; }

private:
    QLineEdit* m_defaultPrice = nullptr;
    QTableWidget* m_modules = nullptr;
    QLabel* m_note = nullptr;
    QList<ModulePlan::Module> m_loaded; ///< ids, positions and content minutes of the modules shown
};

} // namespace mentordesk
