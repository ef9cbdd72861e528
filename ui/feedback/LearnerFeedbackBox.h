// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace mentordesk {

class LearnerFeedbackModel;
class StudioSession;

/// The "Feedback" part of the learner's Progress tab: buttons to record a rating or an assessment (shown
/// only to roles that may) and the learner's recent ratings and assessments. A mentor account sees the
/// ratings blind mode lets it see (FeedbackService::ratingsSeenBy) and how many are hidden; assessments
/// are listed only for roles that may view them.
class LearnerFeedbackBox final : public QWidget
{
    Q_OBJECT

public:
    /// How many recent ratings and assessments are listed.
    static constexpr int kRecent = 50;

    explicit LearnerFeedbackBox(StudioSession& session, QWidget* parent = nullptr);

    /// Shows learner `id` (an empty id clears the list).
    void showLearner(const Id& id);
    /// Opens the dialogs for the shown learner; true when something was saved (the list is then reloaded).
    bool recordRating();
    bool recordAssessment();

    [[nodiscard]] QPushButton* ratingButton() const { return m_rate; }
    [[nodiscard]] QPushButton* assessmentButton() const { return m_assess; }
    [[nodiscard]] LearnerFeedbackModel* model() const { return m_model; }
    [[nodiscard]] QString noteText() const;

signals:
    /// A rating or assessment was saved.
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateNote();

    StudioSession& m_session;
    Id m_id;
    qint64 m_hidden = 0;
    bool m_assessmentsShown = false;
    QLabel* m_title = nullptr;
    QPushButton* m_rate = nullptr;
    QPushButton* m_assess = nullptr;
    QLabel* m_note = nullptr;
    QTreeView* m_view = nullptr;
    LearnerFeedbackModel* m_model = nullptr;
};

} // namespace mentordesk
