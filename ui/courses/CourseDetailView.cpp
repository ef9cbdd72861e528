// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseDetailView.h"

#include "common/Formatter.h"
#include "courses/TopicGraph.h"
#include "models/CourseListModel.h"
#include "models/CourseModuleModel.h"
#include "models/CourseTopicTreeModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace mentordesk {

namespace {
QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Why: a long title without spaces must be clipped, not widen the pane past the window.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(1);
    return label;
}

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

CourseDetailView::CourseDetailView(const Formatter& format, QWidget* parent)
    : QWidget(parent)
    , m_format(format)
{
    m_moduleModel = new CourseModuleModel(format, this);
    m_treeModel = new CourseTopicTreeModel(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_content = new QWidget(this);
    m_title = wrappingLabel(m_content);
    m_title->setObjectName(QStringLiteral("courseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_facts = wrappingLabel(m_content);
    m_facts->setObjectName(QStringLiteral("courseFacts"));
    m_description = wrappingLabel(m_content);
    m_topicsLabel = heading(m_content);
    m_topics = wrappingLabel(m_content);
    m_modulesLabel = heading(m_content);
    m_treeLabel = heading(m_content);
    m_noPrerequisites = new QLabel(m_content);
    m_noPrerequisites->setEnabled(false);
    m_modules = new QTableView(m_content);
    m_modules->setTabKeyNavigation(false);
    m_modules->setObjectName(QStringLiteral("courseModules"));
    m_modules->setModel(m_moduleModel);
    m_modules->verticalHeader()->hide();
    m_modules->verticalHeader()->setDefaultSectionSize(m_modules->fontMetrics().height() + 10);
    m_modules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_modules->horizontalHeader()->setSectionResizeMode(CourseModuleModel::Title, QHeaderView::Stretch);
    m_modules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_modules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_modules->setTextElideMode(Qt::ElideRight);
    m_tree = new QTreeView(m_content);
    m_tree->setObjectName(QStringLiteral("prerequisiteTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CourseTopicTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CourseTopicTreeModel::Area, QHeaderView::ResizeToContents);
    m_edit = new QPushButton(m_content);
    m_edit->setObjectName(QStringLiteral("editCourse"));
    m_archive = new QPushButton(m_content);
    m_archive->setObjectName(QStringLiteral("archiveCourse"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_title);
    content->addWidget(m_facts);
    content->addLayout(buttons);
    content->addWidget(m_description);
    content->addWidget(m_topicsLabel);
    content->addWidget(m_topics);
    content->addWidget(m_modulesLabel);
    content->addWidget(m_modules);
    content->addWidget(m_treeLabel);
    content->addWidget(m_noPrerequisites);
    content->addWidget(m_tree, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);

    connect(m_edit, &QPushButton::clicked, this, &CourseDetailView::editRequested);
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (m_course) {
            emit m_course->isArchived() ? restoreRequested() : archiveRequested();
        }
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        emit topicActivated(index.data(CourseTopicTreeModel::IdRole).toString());
    });
    retranslate();
    setCourse(nullptr, 0, {}, TopicGraph());
}

void CourseDetailView::setCourse(const Course* course, qint64 enrollments, const QHash<Id, Topic>& topics,
                                 const TopicGraph& graph)
{
    m_course = course ? std::optional<Course>(*course) : std::nullopt;
    m_enrollments = enrollments;
    m_empty->setVisible(!course);
    m_content->setVisible(course != nullptr);
    m_topicNames.clear();
    if (!course) {
        m_moduleModel->setModules({});
        m_treeModel->setRoots({}, graph, topics);
        return;
    }
    for (const Id& id : course->topics) {
        m_topicNames.append(topics.value(id).name);
    }
    m_topicNames.sort(Qt::CaseInsensitive);
    m_moduleModel->setModules(course->modules);
    m_treeModel->setRoots(course->topics, graph, topics);
    m_tree->expandAll();
    // Why: short lists get a table just as tall as their rows; long ones scroll inside the pane.
    const int rows = std::min(static_cast<int>(course->modules.size()), 8);
    m_modules->setFixedHeight(m_modules->horizontalHeader()->sizeHint().height() +
                              rows * m_modules->verticalHeader()->defaultSectionSize() + 2 * m_modules->frameWidth());
    refreshTexts();
}

QString CourseDetailView::headline() const
{
    return m_course ? m_title->text() : QString();
}

void CourseDetailView::refreshTexts()
{
    if (!m_course) {
        return;
    }
    const Course& c = *m_course;
    m_title->setText(c.title);
    QStringList facts = {CourseListModel::levelName(c.level), m_format.duration(c.contentMinutes),
                         tr("Quality %1/10").arg(c.quality), tr("Practicality %1/10").arg(c.practicality),
                         tr("%n enrollment(s)", nullptr, static_cast<int>(m_enrollments))};
    if (c.isArchived()) {
        facts.prepend(tr("Archived on %1").arg(m_format.date(m_format.toLocal(c.archivedAt).date())));
    }
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_description->setText(c.description.isEmpty() ? tr("No description yet.") : c.description);
    m_description->setEnabled(!c.description.isEmpty());
    m_topics->setText(m_topicNames.isEmpty() ? tr("No topics — edit the course to add some.")
                                             : m_topicNames.join(QStringLiteral(", ")));
    m_modulesLabel->setText(tr("Modules (%n)", nullptr, static_cast<int>(c.modules.size())));
    m_modules->setVisible(!c.modules.isEmpty());
    const bool hasTree = m_treeModel->nodeCount() > static_cast<int>(c.topics.size());
    m_noPrerequisites->setVisible(!hasTree);
    m_noPrerequisites->setText(c.topics.isEmpty() ? tr("Add topics to see what learners need to know first.")
                                                  : tr("These topics have no prerequisites."));
    m_archive->setText(c.isArchived() ? tr("&Restore") : tr("&Archive…"));
    m_archive->setToolTip(c.isArchived() ? tr("Make the course available for new enrollments again")
                                         : tr("Hide the course from new enrollments (Delete)"));
}

void CourseDetailView::retranslate()
{
    m_empty->setText(tr("Select a course to see its modules, topics and prerequisites."));
    m_topicsLabel->setText(tr("Topics"));
    m_treeLabel->setText(tr("Prerequisites (what to learn first)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the course, its topics and modules (F2)"));
    m_moduleModel->retranslate();
    m_treeModel->retranslate();
    refreshTexts();
}

void CourseDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
