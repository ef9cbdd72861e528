// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/StudioPlansPanel.h"

#include "billing/PlanEditorDialog.h"
#include "billing/PlanHistoryModel.h"
#include "billing/PlanService.h"
#include "shell/StudioSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

StudioPlansPanel::StudioPlansPanel(StudioSession& session, QWidget* parent)
    : QGroupBox(tr("Studio plans"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("StudioPlansPanel"));
    auto* intro =
        new QLabel(tr("The plans the studio offers. A quote compares a learner's goal under each of them."), this);
    intro->setWordWrap(true);
    m_model = new PlanHistoryModel(session.format(), this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("studioPlans"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(140);
    auto* add = new QPushButton(tr("&Offer a Plan…"), this);
    add->setObjectName(QStringLiteral("offerPlan"));
    m_remove = new QPushButton(tr("Remov&e Plan"), this);
    m_remove->setObjectName(QStringLiteral("removeOfferedPlan"));
    m_remove->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("studioPlansStatus"));
    m_status->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, [this] { addPlan(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_remove);
    buttons->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    reload();
}

void StudioPlansPanel::reload()
{
    auto plans = PlanService(m_session.db(), m_session.clock()).offeredPlans();
    m_model->setPlans(plans ? *plans : QList<StoredPlan>{});
    m_view->resizeColumnsToContents();
    m_remove->setEnabled(false);
}

bool StudioPlansPanel::addPlan()
{
    PlanEditorDialog dialog(m_session, Id(), window());
    if (dialog.exec() != QDialog::Accepted || !dialog.savedPlan()) {
        reload(); // the editor can remove offered plans too
        return false;
    }
    reload();
    m_status->setText(tr("Offered “%1”.").arg(dialog.savedPlan()->plan.label));
    m_session.notifyDataChanged();
    return true;
}

bool StudioPlansPanel::removeSelected(bool confirm)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const StoredPlan* plan = rows.isEmpty() ? nullptr : m_model->planAt(rows.first().row());
    if (!plan) {
        return false;
    }
    const StoredPlan chosen = *plan;
    if (confirm &&
        QMessageBox::question(this, tr("Remove Plan"),
                              tr("Stop offering “%1”? Quotes no longer compare it.").arg(chosen.plan.label)) !=
            QMessageBox::Yes) {
        return false;
    }
    if (auto ok = PlanService(m_session.db(), m_session.clock()).removePlan(chosen.meta.id); !ok) {
        m_status->setText(ok.error().message);
        return false;
    }
    reload();
    m_status->setText(tr("Removed “%1”.").arg(chosen.plan.label));
    m_session.notifyDataChanged();
    return true;
}

QString StudioPlansPanel::statusText() const
{
    return m_status->text();
}

} // namespace mentordesk
