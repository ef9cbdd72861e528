// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace mentordesk {

class DetailForm;
class EnrollmentMenu;
class PersonalDataButton;
class LearnerProgressTab;
class StudioSession;
class RecommendationsPanel;

/// The right-hand side of the learners page: profile, payer, mentor, goals and notes; enrollments;
/// recent lessons (times in the studio's time zone). Links ask the session to navigate.
class LearnerDetailPane final : public QWidget
{
    Q_OBJECT

public:
    /// Lessons shown in the history tab.
    static constexpr int kHistoryLength = 20;

    explicit LearnerDetailPane(StudioSession& session, QWidget* parent = nullptr);

    /// Shows learner `id` (an empty or unknown id shows the empty state).
    void showLearner(const Id& id);
    [[nodiscard]] Id learnerId() const { return m_id; }
    /// Reads the shown learner again.
    void refresh() { showLearner(m_id); }

    [[nodiscard]] DetailForm* profile() const { return m_profile; }
    [[nodiscard]] QTreeWidget* enrollments() const { return m_enrollments; }
    [[nodiscard]] QTreeWidget* lessons() const { return m_lessons; }
    [[nodiscard]] EnrollmentMenu* enrollmentMenu() const { return m_enrollmentMenu; }
    [[nodiscard]] LearnerProgressTab* progress() const { return m_progress; }
    [[nodiscard]] RecommendationsPanel* suggestions() const { return m_suggestions; }
    [[nodiscard]] QString title() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillEnrollments();
    void fillLessons();
    void openLink(const QString& href);

    StudioSession& m_session;
    Id m_id;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    PersonalDataButton* m_personalData = nullptr;
    QLabel* m_badges = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailForm* m_profile = nullptr;
    QTreeWidget* m_enrollments = nullptr;
    QTreeWidget* m_lessons = nullptr;
    EnrollmentMenu* m_enrollmentMenu = nullptr;
    LearnerProgressTab* m_progress = nullptr;
    RecommendationsPanel* m_suggestions = nullptr;
};

} // namespace mentordesk
