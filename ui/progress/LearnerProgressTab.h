// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mentordesk {

class EnrollmentProgressWidget;
class LearnerFeedbackBox;
class LearnerMasteryView;
class StudioSession;

/// The "Progress" tab of the learner detail: which efficiency E the studio uses, one
/// EnrollmentProgressWidget per enrollment (P, time held and to go, projected finish against the
/// plan, default and calibrated E), the learner's mastery per topic and course, the button that
/// writes the progress report for parents (PDF) and the learner's feedback (LearnerFeedbackBox: recent
/// ratings and assessments, buttons to record them). Shows an empty state without enrollments.
class LearnerProgressTab final : public QWidget
{
    Q_OBJECT

public:
    explicit LearnerProgressTab(StudioSession& session, QWidget* parent = nullptr);

    /// Shows learner `id` (an empty id clears the tab).
    void showLearner(const Id& id);
    /// Writes the shown learner's progress report to `path`; the number of pages.
    [[nodiscard]] Result<int> writeReport(const QString& path);

    [[nodiscard]] const QList<EnrollmentProgressWidget*>& enrollmentWidgets() const { return m_widgets; }
    [[nodiscard]] LearnerMasteryView* mastery() const { return m_mastery; }
    [[nodiscard]] LearnerFeedbackBox* feedback() const { return m_feedback; }
    [[nodiscard]] bool showsEmptyState() const;
    [[nodiscard]] QPushButton* reportButton() const { return m_report; }
    /// "default" or "calibrated" text line, for tests.
    [[nodiscard]] QString efficiencyText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reportDialog();

    StudioSession& m_session;
    Id m_id;
    QString m_learnerName;
    QLabel* m_efficiency = nullptr;
    QPushButton* m_report = nullptr;
    QLabel* m_empty = nullptr;
    QVBoxLayout* m_list = nullptr;
    QList<EnrollmentProgressWidget*> m_widgets;
    LearnerMasteryView* m_mastery = nullptr;
    LearnerFeedbackBox* m_feedback = nullptr;
};

} // namespace mentordesk
