// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseCatalogPanel.h"

#include "courses/CourseDetailView.h"
#include "courses/CourseDialog.h"
#include "courses/CourseService.h"
#include "courses/CourseTopicCatalog.h"
#include "courses/EnrollmentService.h"
#include "models/CourseListModel.h"
#include "shell/StudioSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kBatch = 1000;
}

CourseCatalogPanel::CourseCatalogPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    buildUi();
    retranslate();
}

void CourseCatalogPanel::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("courseSearch"));
    m_search->setClearButtonEnabled(true);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    for (int level = 0; level <= 5; ++level) {
        m_level->addItem(QString(), level);
    }
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topicFilter"));
    m_topic->setMinimumContentsLength(14);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_archived = new QCheckBox(this);
    m_archived->setObjectName(QStringLiteral("includeArchived"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCourse"));
    m_model = new CourseListModel(m_session.format(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CourseListModel::UnderlyingDataRole);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("courseTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CourseListModel::Title, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Why: the title matters most; the topics column takes what is left and elides.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CourseListModel::Topics, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QStringLiteral("0"));
    for (int column : {CourseListModel::Quality, CourseListModel::Practicality}) {
        m_table->setColumnWidth(column, digit * 5);
    }
    m_table->setColumnWidth(CourseListModel::Modules, digit * 9);
    m_table->setColumnWidth(CourseListModel::Hours, digit * 11);
    m_table->setColumnWidth(CourseListModel::Level, digit * 15);
    m_table->setColumnWidth(CourseListModel::Title, digit * 30);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("courseEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_detail = new CourseDetailView(m_session.format(), this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_listStack);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_level);
    filters->addWidget(m_topic, 1);
    filters->addWidget(m_archived);
    filters->addStretch(0);
    filters->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &CourseCatalogPanel::reload);
    connect(m_level, &QComboBox::currentIndexChanged, this, &CourseCatalogPanel::reload);
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            reload();
        }
    });
    connect(m_archived, &QCheckBox::toggled, this, &CourseCatalogPanel::reload);
    connect(m_new, &QPushButton::clicked, this, &CourseCatalogPanel::newCourse);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CourseCatalogPanel::showCurrent);
    connect(m_table, &QTableView::activated, this, &CourseCatalogPanel::editCurrent);
    connect(m_detail, &CourseDetailView::editRequested, this, &CourseCatalogPanel::editCurrent);
    connect(m_detail, &CourseDetailView::archiveRequested, this, [this] { askArchiveCurrent(true); });
    connect(m_detail, &CourseDetailView::restoreRequested, this, [this] { askArchiveCurrent(false); });
    connect(m_detail, &CourseDetailView::topicActivated, this, &CourseCatalogPanel::topicActivated);

    const auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &CourseCatalogPanel::newCourse);
    addShortcut(QKeySequence(Qt::Key_F2), &CourseCatalogPanel::editCurrent);
    addShortcut(QKeySequence::Delete, [this] { askArchiveCurrent(true); });
    for (auto [a, b] : {std::pair<QWidget*, QWidget*>{m_search, m_level},
                        {m_level, m_topic},
                        {m_topic, m_archived},
                        {m_archived, m_new},
                        {m_new, m_table}}) {
        setTabOrder(a, b);
    }
}

void CourseCatalogPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search courses by title or description…"));
    m_search->setToolTip(tr("Filter the catalog as you type"));
    m_level->setItemText(0, tr("Any level"));
    for (int level = 1; level <= 5; ++level) {
        m_level->setItemText(level, CourseListModel::levelName(level));
    }
    m_level->setToolTip(tr("Only courses of this level"));
    m_topic->setToolTip(tr("Only courses that teach this topic"));
    if (m_topic->count() > 0) {
        m_topic->setItemText(0, tr("Any topic"));
    }
    m_archived->setText(tr("Include a&rchived"));
    m_archived->setToolTip(tr("Also list courses that take no new enrollments"));
    m_new->setText(tr("&New Course…"));
    m_new->setToolTip(tr("Create a course (Ctrl+Shift+N)"));
    m_model->retranslate();
    const bool filtered = !m_search->text().isEmpty() || m_level->currentIndex() > 0 || m_topic->currentIndex() > 0;
    m_empty->setText(filtered ? tr("No course matches these filters.\nClear the search or choose “Any level” and "
                                   "“Any topic”.")
                              : tr("The catalog is empty.\nCreate the first course with “New Course…” "
                                   "(Ctrl+Shift+N)."));
}

void CourseCatalogPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CourseCatalogPanel::loadTopics()
{
    auto catalog = CourseTopicCatalog::load(m_session.db(), m_session.clock());
    if (!catalog) {
        emit statusMessage(catalog.error().message);
    }
    m_catalog = catalog ? std::move(*catalog) : CourseTopicCatalog();
    fillTopicCombo();
}

void CourseCatalogPanel::fillTopicCombo()
{
    const QSignalBlocker blocker(m_topic);
    const Id current = m_topic->currentData().toString();
    m_topic->clear();
    m_topic->addItem(tr("Any topic"), QString());
    for (const Topic& t : std::as_const(m_catalog.topics)) {
        m_topic->addItem(t.name, t.meta.id);
    }
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(current)));
}

void CourseCatalogPanel::reload()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    const Id keep = currentCourseId();
    loadTopics();
    CourseFilter filter;
    filter.text = m_search->text().trimmed();
    filter.level = m_level->currentData().toInt();
    filter.topicId = m_topic->currentData().toString();
    filter.includeArchived = m_archived->isChecked();
    CourseService service(m_session.db(), m_session.clock());
    QList<Course> courses;
    for (int offset = 0;; offset += kBatch) {
        auto page = service.list(filter, {offset, kBatch});
        if (!page) {
            emit statusMessage(page.error().message);
            break;
        }
        courses.append(page->items);
        if (page->items.size() < kBatch) {
            break;
        }
    }
    QHash<Id, QString> names;
    for (const Topic& t : std::as_const(m_catalog.topics)) {
        names.insert(t.meta.id, t.name);
    }
    m_model->setCourses(std::move(courses), std::move(names));
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    retranslate();
    m_loading = false;
    const int row = m_model->rowOf(keep);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row >= 0 ? row : 0, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    showCurrent();
}

Id CourseCatalogPanel::currentCourseId() const
{
    return m_table->currentIndex().data(CourseListModel::IdRole).toString();
}

bool CourseCatalogPanel::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_empty;
}

void CourseCatalogPanel::showCurrent()
{
    if (m_loading) {
        return;
    }
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const Course* course = index.isValid() ? m_model->courseAt(index.row()) : nullptr;
    qint64 enrollments = 0;
    if (course) {
        EnrollmentFilter filter;
        filter.courseId = course->meta.id;
        auto page = EnrollmentService(m_session.db(), m_session.clock()).list(filter, {0, 1});
        enrollments = page ? page->total : 0;
    }
    m_detail->setCourse(course, enrollments, m_catalog.byId, m_catalog.graph);
}

bool CourseCatalogPanel::selectCourse(const Id& id)
{
    auto course = CourseService(m_session.db(), m_session.clock()).get(id);
    if (!course) {
        return false;
    }
    if (m_model->rowOf(id) < 0) {
        const QSignalBlocker a(m_search), b(m_level), c(m_topic), d(m_archived);
        m_search->clear();
        m_level->setCurrentIndex(0);
        m_topic->setCurrentIndex(0);
        m_archived->setChecked(m_archived->isChecked() || course->isArchived());
        reload();
    }
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void CourseCatalogPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CourseCatalogPanel::setSearchText(const QString& text)
{
    m_search->setText(text);
    reload();
}

void CourseCatalogPanel::setLevelFilter(int level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
}

void CourseCatalogPanel::setTopicFilter(const Id& topicId)
{
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(topicId)));
}

void CourseCatalogPanel::setIncludeArchived(bool include)
{
    m_archived->setChecked(include);
}

void CourseCatalogPanel::newCourse()
{
    CourseDialog dialog(m_session, m_catalog.topics, nullptr, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectCourse(dialog.savedCourse().meta.id);
        emit statusMessage(tr("Created course “%1”.").arg(dialog.savedCourse().title));
    }
}

void CourseCatalogPanel::editCurrent()
{
    auto course = CourseService(m_session.db(), m_session.clock()).get(currentCourseId());
    if (!course) {
        return;
    }
    CourseDialog dialog(m_session, m_catalog.topics, &*course, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit statusMessage(tr("Saved course “%1”.").arg(dialog.savedCourse().title));
    }
}

void CourseCatalogPanel::askArchiveCurrent(bool archived)
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const Course* course = index.isValid() ? m_model->courseAt(index.row()) : nullptr;
    if (!course || course->isArchived() == archived) {
        return;
    }
    if (archived) {
        const auto answer = QMessageBox::question(
            this, tr("Archive Course"),
            tr("Archive “%1”?\n\nIt stays in the records of its learners but takes no new enrollments. You can "
               "restore it at any time.")
                .arg(course->title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    setArchived(course->meta.id, archived);
}

bool CourseCatalogPanel::setArchived(const Id& id, bool archived)
{
    CourseService service(m_session.db(), m_session.clock());
    auto changed = archived ? service.archive(id) : service.restore(id);
    if (!changed) {
        emit statusMessage(changed.error().message);
        return false;
    }
    m_session.notifyDataChanged();
    reload();
    if (!archived || m_archived->isChecked()) {
        selectCourse(id);
    }
    emit statusMessage(archived ? tr("Archived “%1”.").arg(changed->title) : tr("Restored “%1”.").arg(changed->title));
    return true;
}

} // namespace mentordesk
