// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QObject>
#include <functional>

class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mentordesk {

class StudioSession;

/// Billing actions on a learner's detail pane: a "Billing" button (plan of the selected enrollment, quote)
/// and the same actions in the enrollments list's context menu. The pane stores each enrollment's id in
/// column 0 under kEnrollmentIdRole.
class LearnerBillingMenu final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kEnrollmentIdRole = Qt::UserRole + 40;

    LearnerBillingMenu(StudioSession& session, QTreeWidget* enrollments, std::function<Id()> learnerId,
                       QWidget* parent);

    /// The button to place on the pane (e.g. as the tab widget's corner widget).
    [[nodiscard]] QWidget* button() const;
    /// Opens the plan editor for the enrollment of `item` (or the current one).
    void editPlan(QTreeWidgetItem* item = nullptr);
    /// Opens the quote dialog for the learner (the enrollment of `item` preselected).
    void openQuote(QTreeWidgetItem* item = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    StudioSession& m_session;
    QTreeWidget* m_enrollments;
    std::function<Id()> m_learnerId;
    QToolButton* m_button = nullptr;
};

} // namespace mentordesk
