// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;

namespace mentordesk {

class FieldErrorDisplay;
class StudioSession;

/// Marks a milestone of the enrollment's fixed-price project plan as reached on a day (a later billing run
/// bills it). Saves with one PlanService::markMilestoneReached call.
class MilestoneReachedDialog final : public QDialog
{
    Q_OBJECT

public:
    MilestoneReachedDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent = nullptr);
    ~MilestoneReachedDialog() override;

    bool save();
    [[nodiscard]] QComboBox* milestoneBox() const { return m_milestone; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    /// The project plan the milestones come from (empty id when the enrollment has none).
    [[nodiscard]] Id planId() const { return m_plan ? m_plan->meta.id : Id(); }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const;

private:
    StudioSession& m_session;
    std::optional<StoredPlan> m_plan;
    QComboBox* m_milestone = nullptr;
    QDateEdit* m_date = nullptr;
    std::unique_ptr<FieldErrorDisplay> m_errors;
};

} // namespace mentordesk
