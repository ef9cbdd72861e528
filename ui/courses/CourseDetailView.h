// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Course.h"
#include "courses/Topic.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace mentordesk {

class CourseModuleModel;
class CourseTopicTreeModel;
class Formatter;
class TopicGraph;

/// The right-hand pane of the catalog: one course's facts, modules and prerequisite tree.
class CourseDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit CourseDetailView(const Formatter& format, QWidget* parent = nullptr);

    /// Shows `course` (nullptr = the "select a course" state).
    void setCourse(const Course* course, qint64 enrollments, const QHash<Id, Topic>& topics, const TopicGraph& graph);
    [[nodiscard]] CourseModuleModel* moduleModel() const { return m_moduleModel; }
    [[nodiscard]] CourseTopicTreeModel* prerequisiteModel() const { return m_treeModel; }
    [[nodiscard]] QString headline() const;

signals:
    void editRequested();
    void archiveRequested();
    void restoreRequested();
    void topicActivated(const QString& topicId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshTexts();

    const Formatter& m_format;
    std::optional<Course> m_course;
    qint64 m_enrollments = 0;
    QStringList m_topicNames;
    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_topicsLabel = nullptr;
    QLabel* m_topics = nullptr;
    QLabel* m_modulesLabel = nullptr;
    QLabel* m_treeLabel = nullptr;
    QLabel* m_noPrerequisites = nullptr;
    QTableView* m_modules = nullptr;
    QTreeView* m_tree = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    CourseModuleModel* m_moduleModel = nullptr;
    CourseTopicTreeModel* m_treeModel = nullptr;
};

} // namespace mentordesk
