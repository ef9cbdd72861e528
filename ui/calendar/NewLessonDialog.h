// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "lessons/Conflict.h"
#include "lessons/Lesson.h"
#include "lessons/LessonSeries.h"
#include "people/Mentor.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace mentordesk {

class LessonConflictList;
class LessonEnrollmentPicker;
class LessonRepeatEditor;
class StudioSession;

/// "New lesson": mentor, attendees (one or several enrollments), start, length, location and an optional
/// weekly repetition. Clashes are checked while the user edits (LessonService::checkConflicts, for every
/// occurrence of a series) and listed before saving; saving over clashes needs the "Save anyway" box.
class NewLessonDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `mentors` fills the mentor box (archived and front-desk ones are left out); `mentorId` and
    /// `start` (studio time zone) prefill the form.
    NewLessonDialog(StudioSession& session, const QList<Mentor>& mentors, const Id& mentorId,
                    const LocalDateTime& start, QWidget* parent = nullptr);
    ~NewLessonDialog() override;

    [[nodiscard]] LessonEnrollmentPicker* enrollments() const { return m_enrollments; }
    [[nodiscard]] LessonRepeatEditor* repeat() const { return m_repeat; }
    [[nodiscard]] LessonConflictList* conflictList() const { return m_conflicts; }
    void setMentor(const Id& mentorId);
    void setStart(const LocalDateTime& start);
    void setMinutes(int minutes);
    void setLocation(const QString& location);

    /// Runs the clash check now (it also runs on its own shortly after each edit).
    void refreshConflicts();
    /// Validates and saves through LessonService; false (errors shown) on failure.
    bool save();
    /// The lessons that save() created.
    [[nodiscard]] const QList<Lesson>& createdLessons() const { return m_created; }
    [[nodiscard]] QString errorFor(const QString& fieldKey) const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi(const QList<Mentor>& mentors);
    void retranslate();
    [[nodiscard]] Id mentorId() const;
    [[nodiscard]] LocalDateTime start() const;
    void showError(const Error& error);
    void clearErrors();
    [[nodiscard]] QLabel* errorLabel(const QString& key);

    StudioSession& m_session;
    QComboBox* m_mentor = nullptr;
    LessonEnrollmentPicker* m_enrollments = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_location = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    LessonRepeatEditor* m_repeat = nullptr;
    LessonConflictList* m_conflicts = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_conflictTimer = nullptr;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QLabel*> m_labels;
    QList<Lesson> m_created;
};

} // namespace mentordesk
