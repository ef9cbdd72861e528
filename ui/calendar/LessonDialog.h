// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Lesson.h"
#include "people/Mentor.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace mentordesk {

class LessonRescheduleTab;
class StudioSession;

/// "Lesson": records what happened (held, cancelled by the learner in time or late, no-show, cancelled
/// by the mentor), the actual minutes, notes, homework and — in group lessons — each attendee's own
/// status; a second tab reschedules (with a clash check) and handles series ("this and following",
/// "cancel the rest"). accept() saves the record and only closes on success.
class LessonDialog final : public QDialog
{
    Q_OBJECT

public:
    LessonDialog(StudioSession& session, const Lesson& lesson, const QList<Mentor>& mentors, QWidget* parent = nullptr);
    ~LessonDialog() override;

    void setOutcome(LessonStatus status);
    [[nodiscard]] LessonStatus outcome() const;
    /// Whether the outcome `status` can be chosen for this lesson now.
    [[nodiscard]] bool isOutcomeEnabled(LessonStatus status) const;
    void setActualMinutes(int minutes);
    void setNotes(const QString& notes);
    void setHomework(const QString& homework);
    /// Group lessons: one attendee's own status (nullopt = same as the lesson).
    void setAttendeeStatus(const Id& learnerId, std::optional<LessonStatus> status);
    [[nodiscard]] LessonRescheduleTab* rescheduleTab() const { return m_reschedule; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

    /// Records the form; false (error shown) when the service refuses.
    bool save();
    [[nodiscard]] const Lesson& lesson() const { return m_lesson; }
    [[nodiscard]] QString errorText() const;
    /// What changed, for the status bar (empty when nothing did).
    [[nodiscard]] QString changeMessage() const { return m_changeMessage; }

    void accept() override;

    /// "Rate this lesson…": shown for a held lesson to roles that may record ratings; opens
    /// RecordRatingDialog for the attendee selected in the learner table (else the first who attended).
    [[nodiscard]] QPushButton* rateButton() const { return m_rate; }
    /// True when a rating was saved.
    bool rateLesson();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi(const QList<Mentor>& mentors);
    void retranslate();
    void updateEnabled();
    void fillAttendees();

    StudioSession& m_session;
    Lesson m_lesson;
    bool m_started = false;
    QString m_changeMessage;
    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QButtonGroup* m_outcome = nullptr;
    QSpinBox* m_actual = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_homework = nullptr;
    QTableWidget* m_attendees = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notStarted = nullptr;
    LessonRescheduleTab* m_reschedule = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_rate = nullptr;
    QHash<QString, QLabel*> m_labels;
};

} // namespace mentordesk
