// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/EnrollmentMenu.h"

#include "billing/LearnerBillingMenu.h"
#include "courses/EnrollmentService.h"
#include "feedback/FeedbackLookup.h"
#include "feedback/RecordAssessmentDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "people/EnrollmentDialog.h"
#include "shell/StudioSession.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeWidget>

namespace mentordesk {

EnrollmentMenu::EnrollmentMenu(StudioSession& session, QTreeWidget* enrollments, std::function<Id()> learnerId,
                               QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_enrollments(enrollments)
    , m_learnerId(std::move(learnerId))
{
    m_button = new QToolButton(parent);
    m_button->setObjectName(QStringLiteral("enrollmentMenu"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_button);
    m_enroll = menu->addAction(QString(), this, &EnrollmentMenu::enroll);
    m_edit = menu->addAction(QString(), this, &EnrollmentMenu::editSelected);
    menu->addSeparator();
    m_pause = menu->addAction(QString(), this, [this] { setSelectedStatus(EnrollmentStatus::Paused); });
    m_complete = menu->addAction(QString(), this, [this] { setSelectedStatus(EnrollmentStatus::Completed); });
    m_cancel = menu->addAction(QString(), this, [this] { setSelectedStatus(EnrollmentStatus::Cancelled); });
    m_reactivate = menu->addAction(QString(), this, [this] { setSelectedStatus(EnrollmentStatus::Active); });
    menu->addSeparator();
    m_assess = menu->addAction(QString(), this, &EnrollmentMenu::recordAssessment);
    m_rate = menu->addAction(QString(), this, &EnrollmentMenu::recordRating);
    m_button->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &EnrollmentMenu::updateActions);
    m_button->installEventFilter(this);
    retranslate();
}

Id EnrollmentMenu::selectedEnrollment() const
{
    const QTreeWidgetItem* item = m_enrollments->currentItem();
    return item ? item->data(0, LearnerBillingMenu::kEnrollmentIdRole).toString() : Id();
}

void EnrollmentMenu::updateActions()
{
    const Id id = selectedEnrollment();
    std::optional<EnrollmentStatus> status;
    if (!id.isEmpty()) {
        if (auto e = EnrollmentService(m_session.db(), m_session.clock()).get(id)) {
            status = e->status;
        }
    }
    m_enroll->setEnabled(!m_learnerId().isEmpty());
    m_edit->setEnabled(status.has_value());
    m_pause->setEnabled(status == EnrollmentStatus::Active);
    m_complete->setEnabled(status == EnrollmentStatus::Active || status == EnrollmentStatus::Paused);
    m_cancel->setEnabled(status == EnrollmentStatus::Active || status == EnrollmentStatus::Paused);
    m_reactivate->setEnabled(status.has_value() && status != EnrollmentStatus::Active);
    const QString hint = status ? QString() : tr("Select an enrollment on the Enrollments tab first.");
    for (QAction* a : {m_edit, m_pause, m_complete, m_cancel, m_reactivate, m_assess}) {
        a->setToolTip(hint);
    }
    m_assess->setVisible(FeedbackLookup::mayDo(m_session, Action::RecordAssessment));
    m_assess->setEnabled(status.has_value());
    m_rate->setVisible(FeedbackLookup::mayDo(m_session, Action::RecordRating));
    m_rate->setEnabled(!m_learnerId().isEmpty());
}

bool EnrollmentMenu::recordAssessment()
{
    const Id learner = m_learnerId();
    const Id enrollment = selectedEnrollment();
    if (learner.isEmpty() || enrollment.isEmpty()) {
        return false;
    }
    RecordAssessmentDialog dialog(m_session, learner, enrollment, m_button->window());
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    emit changed();
    return true;
}

bool EnrollmentMenu::recordRating()
{
    const Id learner = m_learnerId();
    if (learner.isEmpty()) {
        return false;
    }
    RecordRatingDialog dialog(m_session, learner, m_button->window());
    if (auto e = EnrollmentService(m_session.db(), m_session.clock()).get(selectedEnrollment());
        e && !e->isFreeForm()) {
        dialog.preselect(RatingTarget::Course, e->courseId);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    emit changed();
    return true;
}

void EnrollmentMenu::enroll()
{
    const Id learner = m_learnerId();
    if (learner.isEmpty()) {
        return;
    }
    EnrollmentDialog dialog(m_session, learner, m_button->window());
    if (dialog.exec() == QDialog::Accepted) {
        emit changed();
    }
}

void EnrollmentMenu::editSelected()
{
    auto e = EnrollmentService(m_session.db(), m_session.clock()).get(selectedEnrollment());
    if (!e) {
        QMessageBox::information(m_button->window(), tr("Edit Enrollment"),
                                 tr("Select an enrollment on the Enrollments tab first."));
        return;
    }
    EnrollmentDialog dialog(m_session, *e, m_button->window());
    if (dialog.exec() == QDialog::Accepted) {
        emit changed();
    }
}

bool EnrollmentMenu::setSelectedStatus(EnrollmentStatus status, bool confirmed)
{
    EnrollmentService service(m_session.db(), m_session.clock());
    auto e = service.get(selectedEnrollment());
    if (!e) {
        return false;
    }
    if (status == EnrollmentStatus::Cancelled && !confirmed &&
        QMessageBox::question(m_button->window(), tr("Cancel Enrollment"),
                              tr("Cancel the enrollment “%1”? Its lessons and invoices stay; no further lessons "
                                 "are billed for it. You can re-activate it later.")
                                  .arg(e->title)) != QMessageBox::Yes) {
        return false;
    }
    auto saved = service.setStatus(e->meta.id, status);
    if (!saved) {
        QMessageBox::warning(m_button->window(), tr("Enrollment"), saved.error().message);
        return false;
    }
    m_session.notifyDataChanged();
    emit changed();
    return true;
}

void EnrollmentMenu::retranslate()
{
    m_button->setText(tr("Enrollment"));
    m_button->setToolTip(tr("Enroll this learner in a course, or change the selected enrollment"));
    m_enroll->setText(tr("&Enroll in a Course…"));
    m_edit->setText(tr("&Edit Selected Enrollment…"));
    m_pause->setText(tr("&Pause"));
    m_complete->setText(tr("&Complete"));
    m_cancel->setText(tr("C&ancel…"));
    m_reactivate->setText(tr("&Re-activate"));
    m_assess->setText(tr("Record A&ssessment…"));
    m_rate->setText(tr("Record Ra&ting…"));
}

bool EnrollmentMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_button && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mentordesk
