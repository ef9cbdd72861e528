// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/RecommendationsPanel.h"

#include "common/Clock.h"
#include "courses/EnrollmentService.h"
#include "matcher/EnrollCourseDialog.h"
#include "matcher/MatcherRows.h"
#include "matcher/ModelRetrainer.h"
#include "matcher/RecommenderService.h"
#include "matcher/SuggestionLoader.h"
#include "matcher/SuggestionTable.h"
#include "models/LearningPathModel.h"
#include "people/LearnerService.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

RecommenderSettings guiSettings()
{
    RecommenderSettings settings;
    settings.trainWhenStale = false; // Why: training runs on a worker thread (ModelRetrainer)
    return settings;
}

} // namespace

RecommendationsPanel::RecommendationsPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_retrainer(ModelRetrainer::forSession(session))
    , m_loader(new SuggestionLoader(session, this))
{
    setObjectName(QStringLiteral("RecommendationsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("suggestionsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);
    m_sections = new QTabWidget(m_stack);
    m_sections->setDocumentMode(true);
    m_stack->addWidget(m_sections);
    buildCoursesTab();
    buildMentorsTab();
    buildPathTab();
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("modelStatus"));
    m_footer->setWordWrap(true);
    m_footer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette muted = m_footer->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_footer->setPalette(muted);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_footer);

    connect(m_loader, &SuggestionLoader::answered, this, &RecommendationsPanel::apply);
    connect(m_retrainer, &ModelRetrainer::statusChanged, this, &RecommendationsPanel::modelStatusChanged);
    connect(m_retrainer, &ModelRetrainer::trainingFinished, this, [this](const TrainingReport& report) {
        if (!report.trained) {
            return;
        }
        if (isVisible()) {
            reload();
        } else {
            m_dirty = true;
        }
    });
    retranslate();
    showMessage(QString());
}

void RecommendationsPanel::buildCoursesTab()
{
    auto* page = new QWidget(m_sections);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_courses = new SuggestionTable(SuggestionModel::Kind::Courses, page);
    m_courses->setObjectName(QStringLiteral("courseSuggestions"));
    layout->addWidget(m_courses, 1);
    auto* row = new QHBoxLayout;
    m_enrollNote = new QLabel(page);
    m_enrollNote->setWordWrap(true);
    m_enrollNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_enroll = new QPushButton(page);
    m_enroll->setObjectName(QStringLiteral("enrollButton"));
    row->addWidget(m_enrollNote, 1);
    row->addWidget(m_enroll);
    layout->addLayout(row);
    m_sections->addTab(page, QString());
    connect(m_enroll, &QPushButton::clicked, this, [this] { enrollSelected(); });
    connect(m_courses, &SuggestionTable::rowActivated, this, [this] { enrollSelected(); });
    connect(m_courses, &SuggestionTable::currentChanged, this,
            [this](const QString& id) { m_enroll->setEnabled(!id.isEmpty()); });
}

void RecommendationsPanel::buildMentorsTab()
{
    m_mentors = new SuggestionTable(SuggestionModel::Kind::Mentors, m_sections);
    m_mentors->setObjectName(QStringLiteral("mentorSuggestions"));
    m_sections->addTab(m_mentors, QString());
    connect(m_mentors, &SuggestionTable::rowActivated, this,
            [this](const QString& id) { m_session.requestNavigation(QStringLiteral("mentor"), id); });
}

void RecommendationsPanel::buildPathTab()
{
    auto* page = new QWidget(m_sections);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* row = new QHBoxLayout;
    m_weeksLabel = new QLabel(page);
    m_weeks = new QSpinBox(page);
    m_weeks->setObjectName(QStringLiteral("pathWeeks"));
    m_weeks->setRange(1, 520);
    m_weeks->setValue(kDefaultWeeks);
    m_weeksLabel->setBuddy(m_weeks);
    row->addWidget(m_weeksLabel);
    row->addWidget(m_weeks);
    row->addStretch(1);
    layout->addLayout(row);
    m_pathSummary = new QLabel(page);
    m_pathSummary->setObjectName(QStringLiteral("pathSummary"));
    m_pathSummary->setWordWrap(true);
    m_pathSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_pathSummary);
    m_pathModel = new LearningPathModel(page);
    m_pathView = new QTreeView(page);
    m_pathView->setObjectName(QStringLiteral("learningPath"));
    m_pathView->setModel(m_pathModel);
    m_pathView->setRootIsDecorated(false);
    m_pathView->setUniformRowHeights(true);
    m_pathView->setAlternatingRowColors(true);
    m_pathView->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_pathView->header();
    header->setStretchLastSection(true);
    for (int c :
         {LearningPathModel::Step, LearningPathModel::Hours, LearningPathModel::Start, LearningPathModel::Finish}) {
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(LearningPathModel::Course, QHeaderView::Interactive);
    header->resizeSection(LearningPathModel::Course, 190);
    layout->addWidget(m_pathView, 1);
    m_sections->addTab(page, QString());
    connect(m_weeks, &QSpinBox::valueChanged, this, &RecommendationsPanel::replan);
    connect(m_pathView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        m_session.requestNavigation(QStringLiteral("course"), index.data(LearningPathModel::IdRole).toString());
    });
}

void RecommendationsPanel::setLearner(const Id& id)
{
    m_id = id;
    m_dirty = true;
    if (isVisible()) {
        reload();
    }
}

void RecommendationsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

void RecommendationsPanel::reload()
{
    m_dirty = false;
    if (m_id.isEmpty()) {
        showMessage(QString());
        return;
    }
    if (m_shownId != m_id) {
        showMessage(tr("Looking for suggestions…"));
    }
    SuggestionRequest request;
    request.learnerId = m_id;
    request.weeks = m_weeks->value();
    request.courseCount = kCourseCount;
    m_loader->request(request);
}

void RecommendationsPanel::replan()
{
    if (m_id.isEmpty() || m_shownId != m_id) {
        return;
    }
    SuggestionRequest request;
    request.learnerId = m_id;
    request.weeks = m_weeks->value();
    request.pathOnly = true;
    m_loader->request(request);
}

void RecommendationsPanel::apply(const SuggestionAnswer& answer)
{
    if (answer.request.learnerId != m_id) {
        return; // an answer about a learner no longer shown
    }
    m_lastLoadMs = answer.elapsedMs;
    if (answer.request.pathOnly) {
        if (answer.path) {
            showPath(*answer.path);
        }
        emit loaded();
        return;
    }
    const Result<CourseRecommendations>& courses = *answer.courses;
    if (!courses) {
        m_shownId.clear();
        showMessage(tr("No suggestions: %1").arg(courses.error().message));
        emit loaded();
        return;
    }
    m_learnerName = courses->learner.name;
    if (courses->model.freshness != ModelFreshness::Fresh) {
        m_retrainer->schedule();
    }
    m_modelText = MatcherRows::modelText(courses->model, m_session.format());
    modelStatusChanged(m_retrainer->isRunning() ? m_retrainer->statusText() : QString());
    if (courses->learner.goals.isEmpty()) {
        m_shownId.clear();
        showMessage(tr("Add goal topics to get suggestions."));
        emit loaded();
        return;
    }
    m_courses->setRows(MatcherRows::courses(*courses));
    if (answer.mentors) {
        const Result<MentorRecommendations>& mentors = *answer.mentors;
        m_mentors->setRows(mentors ? MatcherRows::mentors(*mentors) : QList<SuggestionRow>());
        m_mentors->setEmptyText(mentors ? tr("The studio has no mentors yet.") : mentors.error().message);
    }
    if (answer.path) {
        showPath(*answer.path);
    }
    m_shownId = m_id;
    m_stack->setCurrentIndex(1);
    m_footer->show();
    emit loaded();
}

void RecommendationsPanel::showPath(const Result<LearningPath>& path)
{
    if (!path) {
        m_pathModel->setRows({});
        m_pathSummary->setText(tr("No learning path: %1").arg(path.error().message));
        return;
    }
    m_pathModel->setRows(MatcherRows::path(*path, m_session.format()));
    m_pathSummary->setText(MatcherRows::pathSummary(*path, m_session.format()));
}

EnrollCourseDialog* RecommendationsPanel::enrollSelected()
{
    const SuggestionRow* course = m_courses->currentRow();
    if (course == nullptr || m_id.isEmpty()) {
        return nullptr;
    }
    QList<QPair<Id, QString>> mentors;
    for (const SuggestionRow& m : m_mentors->model()->rows()) {
        mentors.append({m.id, m.name});
    }
    auto learner = LearnerService(m_session.db(), m_session.clock()).get(m_id);
    const Id primary = learner ? learner->mentorId : Id();
    const Id preferred = primary.isEmpty() && !mentors.isEmpty() ? mentors.first().first : primary;
    RecommenderService service(m_session.db(), m_session.clock(), guiSettings());
    auto* dialog = new EnrollCourseDialog(m_learnerName, course->name, mentors, preferred, service.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, courseId = course->id] {
        auto done = enroll(courseId, dialog->mentorId(), dialog->startDate());
        if (!done) {
            m_enrollNote->setText(tr("Not enrolled: %1").arg(done.error().message));
        }
    });
    dialog->open();
    return dialog;
}

Result<Enrollment> RecommendationsPanel::enroll(const Id& courseId, const Id& mentorId, QDate start)
{
    EnrollmentInput input;
    input.learnerId = m_id;
    input.mentorId = mentorId;
    input.courseId = courseId;
    input.startDate = start;
    auto enrollment = EnrollmentService(m_session.db(), m_session.clock()).enroll(input);
    if (!enrollment) {
        return enrollment;
    }
    m_enrollNote->setText(tr("Enrolled in “%1”.").arg(enrollment->title));
    reload();
    emit enrolled(enrollment->meta.id);
    m_session.notifyDataChanged();
    return enrollment;
}

bool RecommendationsPanel::showsContent() const
{
    return m_stack->currentIndex() == 1;
}

QString RecommendationsPanel::messageText() const
{
    return m_message->text();
}

void RecommendationsPanel::showMessage(const QString& text)
{
    m_message->setText(text.isEmpty() ? tr("Select a learner to see suggestions.") : text);
    m_stack->setCurrentIndex(0);
    m_footer->hide();
}

void RecommendationsPanel::modelStatusChanged(const QString& text)
{
    m_footer->setText(text.isEmpty() ? m_modelText : text);
    if (!text.isEmpty() && isVisible() && !m_retrainer->isRunning()) {
        if (auto* main = qobject_cast<QMainWindow*>(window()); main != nullptr) {
            main->statusBar()->showMessage(text, 8000);
        }
    }
}

void RecommendationsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_id.isEmpty()) {
            setLearner(m_id);
        }
    }
    QWidget::changeEvent(event);
}

void RecommendationsPanel::retranslate()
{
    m_weeks->setToolTip(tr("How many weeks ahead the learning path is planned"));
    m_sections->setTabText(0, tr("Courses"));
    m_sections->setTabText(1, tr("Mentors"));
    m_sections->setTabText(2, tr("Learning path"));
    m_enroll->setText(tr("&Enroll…"));
    m_enroll->setToolTip(tr("Enroll the learner in the selected course"));
    m_weeksLabel->setText(tr("Plan for &weeks:"));
    m_courses->setEmptyText(tr("No course to suggest: every active course is taken."));
    m_courses->model()->retranslate();
    m_mentors->model()->retranslate();
    m_pathModel->retranslate();
}

} // namespace mentordesk
