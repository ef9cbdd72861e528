// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDialog>
#include <QList>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace mentordesk {

class StudioSession;
class SuggestionLoader;
class SuggestionTable;
struct SuggestionAnswer;
class TopicChecklist;

/// "Match a new enquiry": somebody who is not a learner yet gives goal topics, a level and weekly
/// hours; the dialog ranks the studio's mentors and courses for them, each explained. Results
/// follow every change of the inputs (scoring takes milliseconds).
class EnquiryMatchDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kCourseCount = 10;

    explicit EnquiryMatchDialog(StudioSession& session, QWidget* parent = nullptr);

    /// Opens a new dialog over `parent` (not modal; deleted when closed).
    static EnquiryMatchDialog* openFor(StudioSession& session, QWidget* parent);

    void setGoals(const QList<Id>& topicIds);
    void setLevel(int level);
    void setWeeklyMinutes(int minutes);
    /// Ranks again with the current inputs on a worker thread (matched() follows). False (and a
    /// message) when no goal is ticked.
    bool match();

    [[nodiscard]] TopicChecklist* goals() const { return m_goals; }
    [[nodiscard]] QSpinBox* level() const { return m_level; }
    [[nodiscard]] QDoubleSpinBox* weeklyHours() const { return m_hours; }
    [[nodiscard]] SuggestionTable* mentors() const { return m_mentors; }
    [[nodiscard]] SuggestionTable* courses() const { return m_courses; }
    [[nodiscard]] QLabel* status() const { return m_status; }

signals:
    /// The rankings (or an error) for the latest inputs are shown.
    void matched();

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadTopics();
    void apply(const SuggestionAnswer& answer);
    void clearResults(const QString& message);
    void retranslate();

    StudioSession& m_session;
    SuggestionLoader* m_loader = nullptr;
    quint64 m_ticket = 0; ///< the request whose answer is awaited (0: none)
    TopicChecklist* m_goals = nullptr;
    QSpinBox* m_level = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QLabel* m_goalsLabel = nullptr;
    QLabel* m_levelLabel = nullptr;
    QLabel* m_hoursLabel = nullptr;
    QLabel* m_mentorsLabel = nullptr;
    QLabel* m_coursesLabel = nullptr;
    QLabel* m_status = nullptr;
    SuggestionTable* m_mentors = nullptr;
    SuggestionTable* m_courses = nullptr;
};

} // namespace mentordesk
