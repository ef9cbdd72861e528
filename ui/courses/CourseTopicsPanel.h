// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/CourseTopicCatalog.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace mentordesk {

class CourseTopicListModel;
class CourseTopicTreeModel;
class StudioSession;

/// The Topics tab: every topic with its prerequisites, and an editor for the prerequisite edges of the
/// selected topic. A refused edge (a cycle, a duplicate) is explained inline under the editor.
class CourseTopicsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CourseTopicsPanel(StudioSession& session, QWidget* parent = nullptr);

    void reload();
    bool selectTopic(const Id& id);
    [[nodiscard]] Id currentTopicId() const;
    void focusSearch();

    /// Makes the selected topic require `prerequisiteId`; false (message shown inline) when refused.
    bool addPrerequisite(const Id& prerequisiteId);
    bool removePrerequisite(const Id& prerequisiteId);
    [[nodiscard]] QString errorText() const;

    [[nodiscard]] CourseTopicListModel* model() const { return m_model; }
    [[nodiscard]] CourseTopicTreeModel* treeModel() const { return m_treeModel; }
    [[nodiscard]] QListWidget* prerequisiteList() const { return m_prerequisites; }

signals:
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void showCurrent();
    void showError(const QString& message);

    StudioSession& m_session;
    CourseTopicCatalog m_catalog;
    CourseTopicListModel* m_model = nullptr;
    CourseTopicTreeModel* m_treeModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_requiresLabel = nullptr;
    QListWidget* m_prerequisites = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_candidate = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_neededBy = nullptr;
    QLabel* m_treeLabel = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace mentordesk
