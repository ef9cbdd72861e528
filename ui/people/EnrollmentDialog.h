// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "courses/Enrollment.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace mentordesk {

class StudioSession;

/// Enrolls a learner in a course (or in free-form mentoring), or edits an enrollment: mentor, title,
/// efficiency E, target hours, start and planned end. Saves through EnrollmentService; a refused
/// value is shown under the form with its field focused, and nothing is written.
class EnrollmentDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A new enrollment of `learnerId`.
    EnrollmentDialog(StudioSession& session, const Id& learnerId, QWidget* parent = nullptr);
    /// Editing `enrollment` (its learner and course stay).
    EnrollmentDialog(StudioSession& session, const Enrollment& enrollment, QWidget* parent = nullptr);

    /// Saves; on success the dialog is accepted and savedId() names the enrollment.
    void accept() override;
    [[nodiscard]] const Id& savedId() const { return m_savedId; }
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] QComboBox* courseBox() const { return m_course; }
    [[nodiscard]] QComboBox* mentorBox() const { return m_mentor; }
    [[nodiscard]] QLineEdit* titleEdit() const { return m_title; }
    [[nodiscard]] QDoubleSpinBox* targetHoursEdit() const { return m_targetHours; }
    [[nodiscard]] QDoubleSpinBox* efficiencyEdit() const { return m_efficiency; }

private:
    void build();
    void fillChoices();
    void showError(const QString& field, const QString& message);

    StudioSession& m_session;
    Id m_learnerId;
    std::optional<Enrollment> m_editing;
    Id m_savedId;
    QComboBox* m_course = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_mentor = nullptr;
    QDoubleSpinBox* m_efficiency = nullptr;
    QDoubleSpinBox* m_targetHours = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_planned = nullptr;
    QDateEdit* m_plannedEnd = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace mentordesk
