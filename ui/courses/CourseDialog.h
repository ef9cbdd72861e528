// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"
#include "courses/Topic.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace mentordesk {

class CourseModulesEditor;
class StudioSession;
struct CourseForm;

/// Creates or edits a course: title, description, level, content time, Q and U, topics and the ordered
/// modules. Validation comes from CourseService; each error is shown next to its field. accept() saves
/// and only closes on success (tests call save() directly).
class CourseDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `existing` = nullptr creates a new course. `topics` are all live topics (for the topic picker).
    CourseDialog(StudioSession& session, const QList<Topic>& topics, const Course* existing, QWidget* parent = nullptr);
    ~CourseDialog() override;

    /// Validates and saves; false (with the errors shown) when something is wrong.
    bool save();
    [[nodiscard]] const Course& savedCourse() const { return m_saved; }
    /// The message shown for `fieldKey` ("title", "modules[1].minutes"…), empty when none.
    [[nodiscard]] QString errorFor(const QString& fieldKey) const;
    [[nodiscard]] CourseModulesEditor* modulesEditor() const { return m_modules; }
    /// Checks or unchecks the topic `id` in the picker.
    void setTopicChecked(const Id& id, bool checked);

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void retranslate();
    void load(const Course& course);
    [[nodiscard]] CourseForm collect(bool& ok);
    void showError(const Error& error);
    void clearErrors();
    void filterTopics(const QString& text);
    [[nodiscard]] QLabel* errorLabel(const QString& name);

    StudioSession& m_session;
    std::optional<Course> m_existing;
    Course m_saved;
    QLineEdit* m_title = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_hours = nullptr;
    QSpinBox* m_minutes = nullptr;
    QSpinBox* m_quality = nullptr;
    QSpinBox* m_practicality = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_topicFilter = nullptr;
    QListWidget* m_topics = nullptr;
    CourseModulesEditor* m_modules = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_generalError = nullptr;
    QHash<QString, QLabel*> m_errors; ///< by field key
    QHash<QString, QLabel*> m_labels; ///< form labels by field key (for retranslation)
    QLabel* m_contentHint = nullptr;
};

} // namespace mentordesk
