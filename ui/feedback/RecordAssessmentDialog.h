// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace mentordesk {

class FeedbackLookup;
class StudioSession;

/// Records a mentor's assessment of a learner: the enrollment, one of its course's topics (every topic
/// for free-form mentoring), mastery 0–100 %, a note and the date (today by default). The mentor
/// defaults to the enrollment's; a signed-in mentor account always assesses in its own name. Saves
/// through FeedbackService::assess in one call; a refused value is shown under the form and nothing is
/// written.
class RecordAssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    /// An assessment of `learnerId`, in `enrollmentId` when given (else the newest enrollment).
    RecordAssessmentDialog(StudioSession& session, const Id& learnerId, const Id& enrollmentId = {},
                           QWidget* parent = nullptr);
    ~RecordAssessmentDialog() override;

    /// Saves; on success the dialog is accepted and savedId() names the assessment.
    void accept() override;
    [[nodiscard]] const Id& savedId() const { return m_savedId; }
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QComboBox* enrollmentBox() const { return m_enrollment; }
    [[nodiscard]] QComboBox* topicBox() const { return m_topic; }
    [[nodiscard]] QSpinBox* masteryEdit() const { return m_mastery; }
    [[nodiscard]] QComboBox* mentorBox() const { return m_mentor; }
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }

private:
    void build();
    void enrollmentChosen();
    void showError(const QString& field, const QString& message);

    StudioSession& m_session;
    std::unique_ptr<FeedbackLookup> m_lookup;
    Id m_ownMentor; ///< set when a mentor account is signed in
    Id m_savedId;
    QComboBox* m_enrollment = nullptr;
    QComboBox* m_topic = nullptr;
    QSlider* m_slider = nullptr;
    QSpinBox* m_mastery = nullptr;
    QComboBox* m_mentor = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mentordesk
