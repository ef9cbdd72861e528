// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseTopicsPanel.h"

#include "courses/CourseTopicCatalog.h"
#include "courses/TopicService.h"
#include "models/CourseTopicListModel.h"
#include "models/CourseTopicTreeModel.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

CourseTopicsPanel::CourseTopicsPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    buildUi();
    retranslate();
}

void CourseTopicsPanel::buildUi()
{
    m_model = new CourseTopicListModel(this);
    m_treeModel = new CourseTopicTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CourseTopicListModel::UnderlyingDataRole);
    m_proxy->setFilterKeyColumn(CourseTopicListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("topicSearch"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("topicTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CourseTopicListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(CourseTopicListModel::Prerequisites, QHeaderView::Stretch);
    m_table->setColumnWidth(CourseTopicListModel::Name, 200);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    auto* detail = new QWidget(this);
    m_empty = new QLabel(detail);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_name = new QLabel(detail);
    m_name->setObjectName(QStringLiteral("topicName"));
    m_name->setWordWrap(true);
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont font = m_name->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_name->setFont(font);
    m_description = new QLabel(detail);
    m_description->setWordWrap(true);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_requiresLabel = new QLabel(detail);
    m_prerequisites = new QListWidget(detail);
    m_prerequisites->setObjectName(QStringLiteral("prerequisites"));
    m_prerequisites->setMaximumHeight(140);
    m_prerequisites->setUniformItemSizes(true);
    m_remove = new QPushButton(detail);
    m_remove->setObjectName(QStringLiteral("removePrerequisite"));
    m_candidate = new QComboBox(detail);
    m_candidate->setObjectName(QStringLiteral("prerequisiteCandidate"));
    m_candidate->setEditable(true);
    m_candidate->setInsertPolicy(QComboBox::NoInsert);
    m_candidate->completer()->setFilterMode(Qt::MatchContains);
    m_candidate->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidate->setMinimumContentsLength(16);
    m_add = new QPushButton(detail);
    m_add->setObjectName(QStringLiteral("addPrerequisite"));
    m_error = new QLabel(detail);
    m_error->setObjectName(QStringLiteral("prerequisiteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_neededBy = new QLabel(detail);
    m_neededBy->setWordWrap(true);
    m_neededBy->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_treeLabel = new QLabel(detail);
    m_tree = new QTreeView(detail);
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(CourseTopicTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_prerequisites, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_candidate, 1);
    addRow->addWidget(m_add);
    auto* right = new QVBoxLayout(detail);
    right->addWidget(m_empty);
    right->addWidget(m_name);
    right->addWidget(m_description);
    right->addWidget(m_requiresLabel);
    right->addLayout(listRow);
    right->addLayout(addRow);
    right->addWidget(m_error);
    right->addWidget(m_neededBy);
    right->addWidget(m_treeLabel);
    right->addWidget(m_tree, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showError(QString());
        showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int index = m_candidate->findText(m_candidate->currentText(), Qt::MatchFixedString);
        if (index < 0) {
            showError(tr("Choose a topic from the list."));
            return;
        }
        addPrerequisite(m_candidate->itemData(index).toString());
    });
    connect(m_candidate->lineEdit(), &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_prerequisites->currentItem()) {
            removePrerequisite(item->data(kIdRole).toString());
        }
    });
    connect(m_prerequisites, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_tree, &QTreeView::activated, this,
            [this](const QModelIndex& index) { selectTopic(index.data(CourseTopicTreeModel::IdRole).toString()); });
}

void CourseTopicsPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Filter topics by name…"));
    m_empty->setText(tr("Select a topic to see and edit what it requires."));
    m_requiresLabel->setText(tr("<b>Requires</b> (learn these first):"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("This topic no longer requires the selected one"));
    m_candidate->lineEdit()->setPlaceholderText(tr("Type or pick a topic…"));
    m_candidate->setToolTip(tr("A topic that must be learned before the selected one"));
    m_add->setText(tr("Add &prerequisite"));
    m_treeLabel->setText(tr("<b>Everything it builds on</b>"));
    m_model->retranslate();
    m_treeModel->retranslate();
    showCurrent();
}

void CourseTopicsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CourseTopicsPanel::reload()
{
    const Id keep = currentTopicId();
    auto catalog = CourseTopicCatalog::load(m_session.db(), m_session.clock());
    if (!catalog) {
        emit statusMessage(catalog.error().message);
    }
    m_catalog = catalog ? std::move(*catalog) : CourseTopicCatalog();
    m_model->setTopics(m_catalog.topics, m_catalog.graph);
    if (!selectTopic(keep) && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    showCurrent();
}

bool CourseTopicsPanel::selectTopic(const Id& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

Id CourseTopicsPanel::currentTopicId() const
{
    return m_table->currentIndex().data(CourseTopicListModel::IdRole).toString();
}

void CourseTopicsPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CourseTopicsPanel::showCurrent()
{
    const Id id = currentTopicId();
    const Topic* topic = m_catalog.byId.contains(id) ? &m_catalog.byId[id] : nullptr;
    m_empty->setVisible(!topic);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_description, m_requiresLabel, m_prerequisites, m_remove,
                                                      m_candidate, m_add, m_neededBy, m_treeLabel, m_tree}) {
        w->setVisible(topic != nullptr);
    }
    m_prerequisites->clear();
    m_candidate->clear();
    if (!topic) {
        m_treeModel->setRoots({}, m_catalog.graph, m_catalog.byId);
        return;
    }
    m_name->setText(topic->area.isEmpty() ? topic->name : tr("%1 (%2)", "topic (area)").arg(topic->name, topic->area));
    m_description->setText(topic->description);
    m_description->setVisible(!topic->description.isEmpty());
    const QList<Id> direct = m_catalog.graph.directPrerequisites(id);
    for (const Topic& t : std::as_const(m_catalog.topics)) {
        if (direct.contains(t.meta.id)) {
            auto* item = new QListWidgetItem(t.name, m_prerequisites);
            item->setData(kIdRole, t.meta.id);
        } else if (t.meta.id != id) {
            m_candidate->addItem(t.name, t.meta.id);
        }
    }
    m_prerequisites->sortItems();
    m_candidate->setCurrentIndex(-1);
    m_remove->setEnabled(false);
    if (m_prerequisites->count() == 0) {
        m_prerequisites->addItem(tr("Nothing — this topic can be learned first."));
        m_prerequisites->item(0)->setFlags(Qt::NoItemFlags);
    }
    QStringList dependents;
    for (const Id& d : m_catalog.graph.directDependents(id)) {
        dependents.append(m_catalog.byId.value(d).name);
    }
    dependents.sort(Qt::CaseInsensitive);
    m_neededBy->setText(dependents.isEmpty()
                            ? tr("<b>Needed by:</b> no other topic.")
                            : tr("<b>Needed by:</b> %1").arg(dependents.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_treeModel->setRoots({id}, m_catalog.graph, m_catalog.byId);
    m_tree->expandAll();
}

void CourseTopicsPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString CourseTopicsPanel::errorText() const
{
    return m_error->text();
}

bool CourseTopicsPanel::addPrerequisite(const Id& prerequisiteId)
{
    const Id topic = currentTopicId();
    auto added = TopicService(m_session.db(), m_session.clock()).addPrerequisite(topic, prerequisiteId);
    if (!added) {
        showError(added.error().message);
        return false;
    }
    showError(QString());
    m_session.notifyDataChanged();
    reload();
    emit statusMessage(
        tr("“%1” now requires “%2”.").arg(m_catalog.byId.value(topic).name, m_catalog.byId.value(prerequisiteId).name));
    return true;
}

bool CourseTopicsPanel::removePrerequisite(const Id& prerequisiteId)
{
    const Id topic = currentTopicId();
    auto removed = TopicService(m_session.db(), m_session.clock()).removePrerequisite(topic, prerequisiteId);
    if (!removed) {
        showError(removed.error().message);
        return false;
    }
    showError(QString());
    m_session.notifyDataChanged();
    reload();
    emit statusMessage(tr("“%1” no longer requires “%2”.")
                           .arg(m_catalog.byId.value(topic).name, m_catalog.byId.value(prerequisiteId).name));
    return true;
}

} // namespace mentordesk
