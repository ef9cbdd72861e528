// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Conflict.h"
#include "lessons/Lesson.h"
#include "people/Mentor.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace mentordesk {

class LessonConflictList;
class StudioSession;

/// The "Reschedule" tab of the lesson dialog: a new time, length or substitute mentor with a live clash
/// check; for series occurrences also "this and following" and "cancel the rest of the series".
class LessonRescheduleTab final : public QWidget
{
    Q_OBJECT

public:
    LessonRescheduleTab(StudioSession& session, const Lesson& lesson, const QList<Mentor>& mentors,
                        QWidget* parent = nullptr);

    void setStart(const LocalDateTime& start);
    void setMinutes(int minutes);
    void setMentor(const Id& mentorId);
    /// For series occurrences: apply the change to this and every later lesson of the series.
    void setThisAndFollowing(bool on);
    [[nodiscard]] LessonConflictList* conflictList() const { return m_conflicts; }

    void refreshConflicts();
    /// Moves the lesson (or the rest of the series); false with the error shown.
    bool apply();
    /// Ends the series before this lesson's date (no confirmation; the button asks first).
    bool cancelRestOfSeries();
    [[nodiscard]] QString errorText() const;

signals:
    /// The lesson (or its series) changed; the calendar should reload.
    void lessonChanged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    [[nodiscard]] LocalDateTime start() const;
    [[nodiscard]] Id mentorId() const;
    void showError(const QString& message);
    [[nodiscard]] QString clashMessage(const QList<Conflict>& conflicts) const;

    StudioSession& m_session;
    Lesson m_lesson;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_minutes = nullptr;
    QComboBox* m_mentor = nullptr;
    QCheckBox* m_following = nullptr;
    LessonConflictList* m_conflicts = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_cancelSeries = nullptr;
    QTimer* m_timer = nullptr;
    QHash<QString, QLabel*> m_labels;
};

} // namespace mentordesk
