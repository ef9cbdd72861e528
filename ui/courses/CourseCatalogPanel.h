// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "courses/Course.h"
#include "courses/CourseTopicCatalog.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mentordesk {

class CourseDetailView;
class CourseListModel;
class StudioSession;

/// The catalog tab: filters, the course table and the detail pane, with create/edit/archive actions.
class CourseCatalogPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CourseCatalogPanel(StudioSession& session, QWidget* parent = nullptr);

    /// Reloads topics and courses with the current filters, keeping the selection when possible.
    void reload();
    /// Selects the course (clearing filters that hide it); false when it does not exist.
    bool selectCourse(const Id& id);
    [[nodiscard]] Id currentCourseId() const;
    void focusSearch();

    /// Archives or restores the course without asking (the buttons ask first).
    bool setArchived(const Id& id, bool archived);
    void setSearchText(const QString& text);
    void setLevelFilter(int level);
    void setTopicFilter(const Id& topicId);
    void setIncludeArchived(bool include);

    [[nodiscard]] CourseListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] CourseDetailView* detail() const { return m_detail; }
    [[nodiscard]] bool isShowingEmptyState() const;
    [[nodiscard]] const QList<Topic>& topics() const { return m_catalog.topics; }

signals:
    void topicActivated(const QString& topicId);
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void loadTopics();
    void showCurrent();
    void newCourse();
    void editCurrent();
    void askArchiveCurrent(bool archived);
    void fillTopicCombo();

    StudioSession& m_session;
    CourseTopicCatalog m_catalog;
    QLineEdit* m_search = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_topic = nullptr;
    QCheckBox* m_archived = nullptr;
    QPushButton* m_new = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    CourseListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    CourseDetailView* m_detail = nullptr;
    bool m_loading = false;
};

} // namespace mentordesk
