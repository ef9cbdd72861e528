// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace mentordesk {

class PlanHistoryModel;
class StudioSession;

/// "Studio plans" on the billing settings: the plans the studio offers (the Quote dialog compares a
/// learner's goal under each), with Add… (the plan editor in offer mode) and Remove.
class StudioPlansPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit StudioPlansPanel(StudioSession& session, QWidget* parent = nullptr);

    void reload();
    /// Opens the plan editor for a new offered plan; true when one was saved.
    bool addPlan();
    /// Removes the selected plan (after `confirm`, when set); true on success.
    bool removeSelected(bool confirm = true);

    [[nodiscard]] PlanHistoryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QString statusText() const;

private:
    StudioSession& m_session;
    PlanHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mentordesk
