// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/EnrollmentEventActions.h"

#include "billing/BuyPackageDialog.h"
#include "billing/EnrollmentPlanLookup.h"
#include "billing/MilestoneReachedDialog.h"
#include "billing/ModuleStartedDialog.h"

#include <QMenu>

namespace mentordesk {

EnrollmentEventActions::EnrollmentEventActions(StudioSession& session, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{}

void EnrollmentEventActions::addTo(QMenu* menu, const Id& enrollmentId)
{
    const std::optional<StoredPlan> plan = EnrollmentPlanLookup::current(m_session, enrollmentId);
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    const auto add = [&](const QString& text, const QString& name, PlanKind kind,
                         void (EnrollmentEventActions::*open)(const Id&)) {
        QAction* action = menu->addAction(text, this, [this, open, enrollmentId] { (this->*open)(enrollmentId); });
        action->setObjectName(name);
        const QString reason = enrollmentId.isEmpty() ? tr("Select an enrollment first.")
                                                      : EnrollmentPlanLookup::unavailableReason(plan, kind);
        action->setEnabled(reason.isEmpty());
        if (!reason.isEmpty()) {
            action->setToolTip(reason);
        }
    };
    add(tr("Buy Pac&kage…"), QStringLiteral("buyPackageAction"), PlanKind::Package,
        &EnrollmentEventActions::buyPackage);
    add(tr("&Milestone Reached…"), QStringLiteral("milestoneAction"), PlanKind::Project,
        &EnrollmentEventActions::markMilestone);
    add(tr("Mo&dule Started…"), QStringLiteral("moduleStartAction"), PlanKind::Module,
        &EnrollmentEventActions::startModule);
}

void EnrollmentEventActions::buyPackage(const Id& enrollmentId)
{
    BuyPackageDialog dialog(m_session, enrollmentId, m_dialogParent->window());
    dialog.exec();
}

void EnrollmentEventActions::markMilestone(const Id& enrollmentId)
{
    MilestoneReachedDialog dialog(m_session, enrollmentId, m_dialogParent->window());
    dialog.exec();
}

void EnrollmentEventActions::startModule(const Id& enrollmentId)
{
    ModuleStartedDialog dialog(m_session, enrollmentId, m_dialogParent->window());
    dialog.exec();
}

} // namespace mentordesk
