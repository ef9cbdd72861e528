// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerDetailPane.h"

#include "billing/LearnerBillingMenu.h"
#include "common/Clock.h"
#include "courses/EnrollmentService.h"
#include "lessons/LessonService.h"
#include "matcher/RecommendationsPanel.h"
#include "models/LearnerListModel.h"
#include "people/EnrollmentMenu.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "people/widgets/DetailForm.h"
#include "people/widgets/PersonalDataButton.h"
#include "progress/LearnerProgressTab.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

constexpr int kTargetRole = Qt::UserRole + 1;

QTreeWidget* makeTree(QWidget* parent, int columns)
{
    auto* tree = new QTreeWidget(parent);
    tree->setColumnCount(columns);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setTextElideMode(Qt::ElideRight);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return tree;
}

QString enrollmentStatusText(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Paused:
        return LearnerDetailPane::tr("Paused");
    case EnrollmentStatus::Completed:
        return LearnerDetailPane::tr("Completed");
    case EnrollmentStatus::Cancelled:
        return LearnerDetailPane::tr("Cancelled");
    case EnrollmentStatus::Active:
        break;
    }
    return LearnerDetailPane::tr("Active");
}

QString statusBadge(LearnerStatus status)
{
    const QString text = LearnerListModel::statusText(status);
    switch (status) {
    case LearnerStatus::Paused:
        return DetailForm::badgeHtml(text, QStringLiteral("#fdf0c8"));
    case LearnerStatus::Archived:
        return DetailForm::badgeHtml(text, QStringLiteral("#e4e4e4"));
    case LearnerStatus::Active:
        break;
    }
    return DetailForm::badgeHtml(text, QStringLiteral("#d4f0d8"));
}

} // namespace

LearnerDetailPane::LearnerDetailPane(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("learnerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_badges = new QLabel(content);
    m_badges->setTextFormat(Qt::RichText);
    m_personalData = new PersonalDataButton(session, PersonKind::Learner, content);
    connect(m_personalData, &PersonalDataButton::erased, this, [this] { refresh(); });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_personalData, 0, Qt::AlignTop);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_badges);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profile = new DetailForm(scroll);
    m_profile->setContentsMargins(4, 8, 4, 8);
    for (const char* key :
         {"email", "phone", "birth_year", "level", "weekly", "tags", "consent", "payer", "mentor", "goals", "notes"}) {
        m_profile->addRow(QString::fromLatin1(key));
    }
    scroll->setWidget(m_profile);
    m_enrollments = makeTree(m_tabs, 4);
    m_enrollments->setObjectName(QStringLiteral("enrollments"));
    m_lessons = makeTree(m_tabs, 4);
    m_lessons->setObjectName(QStringLiteral("lessons"));
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_enrollments, QString());
    m_tabs->addTab(m_lessons, QString());
    m_progress = new LearnerProgressTab(m_session, m_tabs);
    m_tabs->addTab(m_progress, QString());
    m_suggestions = new RecommendationsPanel(session, m_tabs);
    m_tabs->addTab(m_suggestions, QString());
    contentLayout->addWidget(m_tabs, 1);
    auto* billing = new LearnerBillingMenu(
        session, m_enrollments, [this] { return m_id; }, m_tabs);
    m_enrollmentMenu = new EnrollmentMenu(
        session, m_enrollments, [this] { return m_id; }, m_tabs);
    connect(m_enrollmentMenu, &EnrollmentMenu::changed, this, [this] { refresh(); });
    auto* corner = new QWidget(m_tabs);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(m_enrollmentMenu->button());
    cornerLayout->addWidget(billing->button());
    m_tabs->setCornerWidget(corner);
    m_stack->addWidget(content);

    connect(m_profile, &DetailForm::linkActivated, this, &LearnerDetailPane::openLink);
    connect(m_enrollments, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const QString course = item->data(0, kTargetRole).toString(); !course.isEmpty()) {
            m_session.requestNavigation(QStringLiteral("course"), course);
        }
    });
    connect(m_lessons, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_session.requestNavigation(QStringLiteral("lesson"), item->data(0, kTargetRole).toString());
    });
    retranslate();
}

QString LearnerDetailPane::title() const
{
    return m_stack->currentIndex() == 1 ? m_title->text() : QString();
}

void LearnerDetailPane::openLink(const QString& href)
{
    const qsizetype colon = href.indexOf(u':');
    if (colon > 0) {
        m_session.requestNavigation(href.left(colon), href.mid(colon + 1));
    }
}

void LearnerDetailPane::showLearner(const Id& id)
{
    m_id = id;
    m_enrollments->clear();
    m_lessons->clear();
    m_suggestions->setLearner(id);
    auto learner = id.isEmpty() ? Result<Learner>(fail(Error::notFound({})))
                                : LearnerService(m_session.db(), m_session.clock()).get(id);
    if (!learner) {
        m_id.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    const int year = m_session.format().toLocal(m_session.clock().nowUtc()).date().year();
    m_title->setText(learner->name);
    m_personalData->setPerson(learner->meta.id, learner->name);
    QString badges = statusBadge(learner->status);
    if (learner->isMinor(year)) {
        badges += QStringLiteral(" ") + DetailForm::badgeHtml(tr("Minor"), QStringLiteral("#fde2c8"));
    }
    m_badges->setText(badges);

    DetailForm& f = *m_profile;
    f.setValue(QStringLiteral("email"), learner->email);
    f.setValue(QStringLiteral("phone"), learner->phone);
    f.setValue(QStringLiteral("birth_year"),
               learner->birthYear ? tr("%1 (age %2)").arg(*learner->birthYear).arg(year - *learner->birthYear)
                                  : tr("Unknown"));
    f.setValue(QStringLiteral("level"), tr("%1 of 5").arg(learner->level));
    f.setValue(QStringLiteral("weekly"), tr("%1 per week").arg(m_session.format().duration(learner->weeklyMinutes)));
    f.setValue(QStringLiteral("tags"), learner->tags.join(QStringLiteral(", ")));
    QStringList consents;
    if (learner->consentContact) {
        consents << tr("may be contacted directly");
    }
    if (learner->consentPhotos) {
        consents << tr("photos may be used");
    }
    f.setValue(QStringLiteral("consent"), consents.isEmpty() ? tr("none given") : consents.join(QStringLiteral("; ")));

    QString payerName;
    if (!learner->payerId.isEmpty()) {
        if (auto payer = PayerService(m_session.db(), m_session.clock()).get(learner->payerId); payer) {
            payerName = payer->name;
        }
    }
    f.setLink(QStringLiteral("payer"), payerName, QStringLiteral("payer:") + learner->payerId, tr("No payer"));
    QString mentorName;
    if (!learner->mentorId.isEmpty()) {
        if (auto mentor = MentorService(m_session.db(), m_session.clock()).get(learner->mentorId); mentor) {
            mentorName = mentor->name;
        }
    }
    f.setLink(QStringLiteral("mentor"), mentorName, QStringLiteral("mentor:") + learner->mentorId,
              tr("No primary mentor"));
    QStringList goalNames;
    if (auto goals = LearnerService(m_session.db(), m_session.clock()).goals(learner->meta.id); goals) {
        for (const LearnerGoal& goal : std::as_const(*goals)) {
            goalNames << goal.topicName;
        }
    }
    f.setValue(QStringLiteral("goals"),
               goalNames.isEmpty() ? tr("No goals yet") : goalNames.join(QStringLiteral(", ")));
    f.setValue(QStringLiteral("notes"), learner->notes);
    fillEnrollments();
    fillLessons();
    m_progress->showLearner(m_id);
    m_stack->setCurrentIndex(1);
    retranslate();
}

void LearnerDetailPane::fillEnrollments()
{
    auto enrollments = EnrollmentService(m_session.db(), m_session.clock()).forLearner(m_id);
    if (!enrollments) {
        return;
    }
    MentorService mentors(m_session.db(), m_session.clock());
    QHash<Id, QString> mentorNames;
    for (const Enrollment& e : std::as_const(*enrollments)) {
        if (!mentorNames.contains(e.mentorId)) {
            auto mentor = mentors.get(e.mentorId);
            mentorNames.insert(e.mentorId, mentor ? mentor->name : QString());
        }
        auto* item = new QTreeWidgetItem(m_enrollments);
        item->setText(0, e.isFreeForm() ? tr("%1 (free-form)").arg(e.title) : e.title);
        item->setToolTip(0, item->text(0));
        item->setData(0, kTargetRole, e.courseId);
        item->setData(0, LearnerBillingMenu::kEnrollmentIdRole, e.meta.id);
        item->setText(1, mentorNames.value(e.mentorId));
        item->setText(2, enrollmentStatusText(e.status));
        item->setText(3, m_session.format().date(e.startDate));
    }
}

void LearnerDetailPane::fillLessons()
{
    LessonService lessons(m_session.db(), m_session.clock());
    LessonFilter filter;
    filter.learnerId = m_id;
    filter.toUtc = m_session.clock().nowUtc();
    // Why: lists are ordered by start; count first, then read only the last kHistoryLength lessons.
    auto count = lessons.list(filter, {0, 1});
    if (!count) {
        return;
    }
    const int offset = static_cast<int>(std::max<qint64>(0, count->total - kHistoryLength));
    auto page = lessons.list(filter, {offset, kHistoryLength});
    if (!page) {
        return;
    }
    for (qsizetype i = page->items.size() - 1; i >= 0; --i) {
        const Lesson& lesson = page->items[i];
        auto* item = new QTreeWidgetItem(m_lessons);
        item->setText(0, m_session.format().dateTime(lesson.startsAt));
        item->setData(0, kTargetRole, lesson.meta.id);
        LessonStatus status = lesson.status;
        for (const Attendee& a : lesson.attendees) {
            if (a.learnerId == m_id && a.status) {
                status = *a.status; // a group lesson may record this learner differently
            }
        }
        item->setText(1, lessonStatusDisplayName(status));
        item->setText(2, m_session.format().duration(lesson.actualMinutes.value_or(lesson.plannedMinutes)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, lesson.mentorName);
    }
}

void LearnerDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_id.isEmpty()) {
            retranslate();
        } else {
            showLearner(m_id);
        }
    }
    QWidget::changeEvent(event);
}

void LearnerDetailPane::retranslate()
{
    m_empty->setText(tr("Select a learner to see their profile, goals, enrollments and lessons."));
    DetailForm& f = *m_profile;
    f.setCaption(QStringLiteral("email"), tr("E-mail"));
    f.setCaption(QStringLiteral("phone"), tr("Phone"));
    f.setCaption(QStringLiteral("birth_year"), tr("Birth year"));
    f.setCaption(QStringLiteral("level"), tr("Level"));
    f.setCaption(QStringLiteral("weekly"), tr("Weekly time"));
    f.setCaption(QStringLiteral("tags"), tr("Tags"));
    f.setCaption(QStringLiteral("consent"), tr("Consent"));
    f.setCaption(QStringLiteral("payer"), tr("Payer"));
    f.setCaption(QStringLiteral("mentor"), tr("Primary mentor"));
    f.setCaption(QStringLiteral("goals"), tr("Goals"));
    f.setCaption(QStringLiteral("notes"), tr("Notes"));
    m_tabs->setTabText(0, tr("Profile"));
    m_tabs->setTabText(1, tr("Enrollments (%1)").arg(m_enrollments->topLevelItemCount()));
    m_tabs->setTabText(2, tr("Recent lessons"));
    m_tabs->setTabText(m_tabs->indexOf(m_progress), tr("Progress"));
    m_tabs->setTabText(m_tabs->indexOf(m_suggestions), tr("Suggestions"));
    m_enrollments->setHeaderLabels({tr("Course"), tr("Mentor"), tr("Status"), tr("Start")});
    m_lessons->setHeaderLabels({tr("Date"), tr("Status"), tr("Length"), tr("Mentor")});
    m_enrollments->setToolTip(tr("Double-click a course to open it"));
    m_lessons->setToolTip(m_lessons->topLevelItemCount() == 0 ? tr("No lessons before today")
                                                              : tr("Double-click a lesson to open it"));
}

} // namespace mentordesk
