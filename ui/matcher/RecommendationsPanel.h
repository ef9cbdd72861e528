// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "courses/Enrollment.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace mentordesk {

class EnrollCourseDialog;
class LearningPathModel;
class ModelRetrainer;
class StudioSession;
class SuggestionLoader;
class SuggestionTable;
struct LearningPath;
struct SuggestionAnswer;

/// The "Suggestions" tab of a learner: the best courses (score and reasons, "Enroll…"), the best
/// mentors (with reasons) and a learning path to the learner's goals as a timeline (weeks
/// adjustable). Answers come from RecommenderService with the stored rating model; a stale model is
/// retrained in the background (ModelRetrainer) and the tab refreshes when it is done. Loads only
/// while visible: scoring a studio of the design size takes a few tens of milliseconds.
class RecommendationsPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCourseCount = 10;
    static constexpr int kDefaultWeeks = 26;

    explicit RecommendationsPanel(StudioSession& session, QWidget* parent = nullptr);

    /// Shows learner `id` (loaded now when visible, else when next shown).
    void setLearner(const Id& id);
    [[nodiscard]] Id learnerId() const { return m_id; }
    /// Reads and scores again now, on a worker thread (SuggestionLoader); loaded() follows.
    void reload();
    /// Plans the learning path again (after a change of weeks); loaded() follows.
    void replan();

    /// Opens the confirmation for the selected course (window-modal, not blocking); nullptr when no
    /// course is selected. Accepting it enrolls through enroll().
    EnrollCourseDialog* enrollSelected();
    /// Enrolls the shown learner in `courseId` with `mentorId` (EnrollmentService), tells the other
    /// pages and refreshes the suggestions.
    Result<Enrollment> enroll(const Id& courseId, const Id& mentorId, QDate start = {});

    [[nodiscard]] bool showsContent() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] SuggestionTable* courses() const { return m_courses; }
    [[nodiscard]] SuggestionTable* mentors() const { return m_mentors; }
    [[nodiscard]] LearningPathModel* pathModel() const { return m_pathModel; }
    [[nodiscard]] QTreeView* pathView() const { return m_pathView; }
    [[nodiscard]] QSpinBox* weeks() const { return m_weeks; }
    [[nodiscard]] QLabel* pathSummary() const { return m_pathSummary; }
    [[nodiscard]] QLabel* footer() const { return m_footer; }
    [[nodiscard]] QTabWidget* sections() const { return m_sections; }
    [[nodiscard]] QPushButton* enrollButton() const { return m_enroll; }
    [[nodiscard]] SuggestionLoader* loader() const { return m_loader; }
    /// Worker time of the last answer, in milliseconds.
    [[nodiscard]] qint64 lastLoadMs() const { return m_lastLoadMs; }

signals:
    void enrolled(const QString& enrollmentId);
    /// An answer of the worker is shown (suggestions, the empty state, an error or a new path).
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildCoursesTab();
    void buildMentorsTab();
    void buildPathTab();
    void apply(const SuggestionAnswer& answer);
    void showPath(const Result<LearningPath>& path);
    void showMessage(const QString& text);
    void modelStatusChanged(const QString& text);
    void retranslate();

    StudioSession& m_session;
    ModelRetrainer* m_retrainer = nullptr;
    SuggestionLoader* m_loader = nullptr;
    Id m_id;
    Id m_shownId; ///< the learner whose suggestions are on screen
    QString m_learnerName;
    bool m_dirty = false;
    qint64 m_lastLoadMs = 0;
    QString m_modelText;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_sections = nullptr;
    SuggestionTable* m_courses = nullptr;
    QPushButton* m_enroll = nullptr;
    QLabel* m_enrollNote = nullptr;
    SuggestionTable* m_mentors = nullptr;
    QSpinBox* m_weeks = nullptr;
    QLabel* m_weeksLabel = nullptr;
    QLabel* m_pathSummary = nullptr;
    LearningPathModel* m_pathModel = nullptr;
    QTreeView* m_pathView = nullptr;
    QLabel* m_footer = nullptr;
};

} // namespace mentordesk
