// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "courses/Enrollment.h"

#include <QObject>
#include <functional>

class QAction;
class QToolButton;
class QTreeWidget;
class QWidget;

namespace mentordesk {

class StudioSession;

/// The learner detail's "Enrollments" button: enroll the learner in a course, edit the enrollment
/// selected on the Enrollments tab, pause, complete, cancel (confirmed) or re-activate it, record an
/// assessment in it or a rating of the learner's. Every change goes through the core services and then
/// tells the pages (notifyDataChanged). The feedback entries are hidden from roles that may not record it.
class EnrollmentMenu final : public QObject
{
    Q_OBJECT

public:
    EnrollmentMenu(StudioSession& session, QTreeWidget* enrollments, std::function<Id()> learnerId, QWidget* parent);

    [[nodiscard]] QToolButton* button() const { return m_button; }
    /// The enrollment selected on the tab (empty when none).
    [[nodiscard]] Id selectedEnrollment() const;
    void enroll();
    void editSelected();
    /// Changes the selected enrollment's status; cancelling asks first unless `confirmed`.
    bool setSelectedStatus(EnrollmentStatus status, bool confirmed = false);
    /// Opens RecordAssessmentDialog for the selected enrollment; true when saved.
    bool recordAssessment();
    /// Opens RecordRatingDialog for the learner (the selected enrollment's course chosen); true when saved.
    bool recordRating();
    [[nodiscard]] QAction* assessmentAction() const { return m_assess; }
    [[nodiscard]] QAction* ratingAction() const { return m_rate; }

signals:
    void changed();

private:
    void updateActions();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    StudioSession& m_session;
    QTreeWidget* m_enrollments;
    std::function<Id()> m_learnerId;
    QToolButton* m_button = nullptr;
    QAction* m_enroll = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_complete = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_reactivate = nullptr;
    QAction* m_assess = nullptr;
    QAction* m_rate = nullptr;
};

} // namespace mentordesk
