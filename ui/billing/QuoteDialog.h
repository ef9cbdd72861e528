// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/QuoteResult.h"
#include "common/Id.h"
#include "common/Result.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace mentordesk {

class QuoteOptionsModel;
class StudioSession;

/// The plan advisor for a learner: a goal (one of the learner's enrollments, a course or content hours),
/// efficiency E, weekly hours, lesson length and target progress give the hours needed, the weeks, and the
/// cost under each plan the studio offers, cheapest first, with the assumptions (QuoteService).
class QuoteDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Goal
    {
        Enrollment,
        Course,
        ContentHours,
    };

    QuoteDialog(StudioSession& session, const Id& learnerId, QWidget* parent = nullptr);

    /// Runs the quote with the values entered; false (message shown, field marked) on failure.
    bool runQuote();
    void setGoal(Goal goal);
    /// Picks the enrollment `id` as the goal (when it is the learner's).
    void selectEnrollment(const Id& id);

    [[nodiscard]] const std::optional<QuoteResult>& result() const { return m_result; }
    [[nodiscard]] QuoteOptionsModel* options() const { return m_options; }
    [[nodiscard]] QSpinBox* hoursSpin() const { return m_hours; }
    [[nodiscard]] QSpinBox* efficiencySpin() const { return m_efficiency; }
    [[nodiscard]] QSpinBox* weeklySpin() const { return m_weekly; }
    [[nodiscard]] QSpinBox* lessonSpin() const { return m_lesson; }
    [[nodiscard]] QSpinBox* targetSpin() const { return m_target; }
    [[nodiscard]] QComboBox* courseBox() const { return m_course; }
    [[nodiscard]] QString assumptionsText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString errorField() const { return m_errorField; }

private:
    void syncGoal();
    void showResult(const QuoteResult& result);
    void showError(const Error& error);

    StudioSession& m_session;
    QComboBox* m_goal = nullptr;
    QComboBox* m_enrollment = nullptr;
    QComboBox* m_course = nullptr;
    QSpinBox* m_hours = nullptr;
    QSpinBox* m_efficiency = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_lesson = nullptr;
    QSpinBox* m_target = nullptr;
    QDateEdit* m_start = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_assumptions = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    QuoteOptionsModel* m_options = nullptr;
    QString m_errorField;
    std::optional<QuoteResult> m_result;
};

} // namespace mentordesk
