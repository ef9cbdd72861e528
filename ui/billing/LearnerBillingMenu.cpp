// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/LearnerBillingMenu.h"

#include "billing/EnrollmentEventActions.h"
#include "billing/PlanEditorDialog.h"
#include "billing/QuoteDialog.h"

#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>

namespace mentordesk {

LearnerBillingMenu::LearnerBillingMenu(StudioSession& session, QTreeWidget* enrollments, std::function<Id()> learnerId,
                                       QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_enrollments(enrollments)
    , m_learnerId(std::move(learnerId))
{
    setObjectName(QStringLiteral("LearnerBillingMenu"));
    m_button = new QToolButton(parent);
    m_button->setObjectName(QStringLiteral("learnerBillingButton"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_button);
    QAction* plan = menu->addAction(QString(), this, [this] { editPlan(); });
    plan->setObjectName(QStringLiteral("editPlanAction"));
    QAction* quote = menu->addAction(QString(), this, [this] { openQuote(); });
    quote->setObjectName(QStringLiteral("quoteAction"));
    m_button->setMenu(menu);
    auto* events = new EnrollmentEventActions(session, m_enrollments, this);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, events] {
        while (menu->actions().size() > 2) {
            delete menu->actions().last();
        }
        QTreeWidgetItem* current = m_enrollments->currentItem();
        events->addTo(menu, current ? current->data(0, kEnrollmentIdRole).toString() : Id());
    });

    m_enrollments->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_enrollments, &QWidget::customContextMenuRequested, this, [this, events](const QPoint& pos) {
        QTreeWidgetItem* item = m_enrollments->itemAt(pos);
        QMenu context(m_enrollments);
        context.addAction(tr("Billing &Plan…"), this, [this, item] { editPlan(item); })->setEnabled(item != nullptr);
        context.addAction(tr("&Quote…"), this, [this, item] { openQuote(item); });
        events->addTo(&context, item ? item->data(0, kEnrollmentIdRole).toString() : Id());
        context.exec(m_enrollments->viewport()->mapToGlobal(pos));
    });
    m_button->installEventFilter(this);
    retranslate();
}

QWidget* LearnerBillingMenu::button() const
{
    return m_button;
}

bool LearnerBillingMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_button && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void LearnerBillingMenu::retranslate()
{
    m_button->setText(tr("Billing"));
    m_button->setToolTip(tr("The selected enrollment's billing plan, or a quote for this learner"));
    const QList<QAction*> actions = m_button->menu()->actions();
    actions.at(0)->setText(tr("Billing &Plan of Selected Enrollment…"));
    actions.at(1)->setText(tr("&Quote…"));
}

void LearnerBillingMenu::editPlan(QTreeWidgetItem* item)
{
    if (!item) {
        item = m_enrollments->currentItem();
    }
    const Id enrollmentId = item ? item->data(0, kEnrollmentIdRole).toString() : Id();
    if (enrollmentId.isEmpty()) {
        QMessageBox::information(m_enrollments->window(), tr("Billing Plan"),
                                 tr("Select an enrollment on the Enrollments tab first."));
        return;
    }
    PlanEditorDialog dialog(m_session, enrollmentId, m_enrollments->window());
    dialog.exec();
}

void LearnerBillingMenu::openQuote(QTreeWidgetItem* item)
{
    if (!item) {
        item = m_enrollments->currentItem();
    }
    QuoteDialog dialog(m_session, m_learnerId(), m_enrollments->window());
    if (item) {
        dialog.selectEnrollment(item->data(0, kEnrollmentIdRole).toString());
    }
    dialog.exec();
}

} // namespace mentordesk
