// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/MilestoneReachedDialog.h"

#include "billing/EnrollmentPlanLookup.h"
#include "billing/FieldErrorDisplay.h"
#include "billing/PlanService.h"
#include "billing/PlanTermsEditor.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

MilestoneReachedDialog::MilestoneReachedDialog(StudioSession& session, const Id& enrollmentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("MilestoneReachedDialog"));
    m_plan = EnrollmentPlanLookup::current(session, enrollmentId);
    if (m_plan && m_plan->plan.kind() != PlanKind::Project) {
        m_plan.reset();
    }
    setWindowTitle(m_plan ? tr("Milestone Reached — %1").arg(m_plan->plan.label) : tr("Milestone Reached"));
    m_milestone = new QComboBox(this);
    m_milestone->setToolTip(tr("The project milestone the learner reached; its share is billed in the next run"));
    m_milestone->setObjectName(QStringLiteral("milestone"));
    m_milestone->addItem(tr("Choose a milestone…"), QString());
    if (m_plan) {
        const auto& project = std::get<ProjectPlan>(m_plan->plan.terms);
        for (const ProjectPlan::Milestone& m : project.milestones) {
            const QString share = project.split == ProjectPlan::Split::Percents
                                      ? tr("%1 %").arg(PlanTermsEditor::percentText(m.percentBp))
                                      : session.format().money(m.amountMinor);
            m_milestone->addItem(tr("%1 (%2)").arg(m.label, share), m.id);
        }
    }
    m_date = new QDateEdit(EnrollmentPlanLookup::today(session), this);
    m_date->setToolTip(tr("The day it was reached (YYYY-MM-DD); decides the billing month"));
    m_date->setObjectName(QStringLiteral("reachedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("milestoneError"));
    m_errors = std::make_unique<FieldErrorDisplay>(error);
    m_errors->addField(QStringLiteral("milestone"), m_milestone, tr("Milestone"));
    m_errors->addField(QStringLiteral("date"), m_date, tr("Reached on"));
    m_errors->addField(QStringLiteral("plan_id"), m_milestone, tr("Plan"));

    auto* note = new QLabel(tr("The next billing run bills the milestone's share of the project price."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Milestone:"), m_milestone);
    form->addRow(tr("&Reached on:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mar&k Reached"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

MilestoneReachedDialog::~MilestoneReachedDialog() = default;

bool MilestoneReachedDialog::save()
{
    m_errors->clear();
    auto ok = PlanService(m_session.db(), m_session.clock())
                  .markMilestoneReached(planId(), m_milestone->currentData().toString(), m_date->date());
    if (!ok) {
        m_errors->show(ok.error());
        return false;
    }
    m_session.notifyDataChanged();
    accept();
    return true;
}

QString MilestoneReachedDialog::errorText() const
{
    return m_errors->text();
}

QString MilestoneReachedDialog::errorField() const
{
    return m_errors->field();
}

} // namespace mentordesk
