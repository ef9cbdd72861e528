// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/EnquiryMatchDialog.h"

#include "courses/TopicService.h"
#include "matcher/MatcherRows.h"
#include "matcher/SuggestionLoader.h"
#include "matcher/SuggestionTable.h"
#include "people/widgets/TopicChecklist.h"
#include "shell/StudioSession.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <cmath>

namespace mentordesk {

EnquiryMatchDialog::EnquiryMatchDialog(StudioSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new SuggestionLoader(session, this))
{
    setObjectName(QStringLiteral("EnquiryMatchDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* inputs = new QWidget(splitter);
    auto* inputLayout = new QVBoxLayout(inputs);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    m_goalsLabel = new QLabel(inputs);
    m_goals = new TopicChecklist(inputs);
    m_goals->setObjectName(QStringLiteral("enquiryGoals"));
    m_goalsLabel->setBuddy(m_goals);
    inputLayout->addWidget(m_goalsLabel);
    inputLayout->addWidget(m_goals, 1);
    auto* form = new QFormLayout;
    m_level = new QSpinBox(inputs);
    m_level->setObjectName(QStringLiteral("enquiryLevel"));
    m_level->setRange(1, 5);
    m_level->setValue(1);
    m_hours = new QDoubleSpinBox(inputs);
    m_hours->setObjectName(QStringLiteral("enquiryHours"));
    m_hours->setRange(0.5, 168.0);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(2.0);
    m_levelLabel = new QLabel(inputs);
    m_hoursLabel = new QLabel(inputs);
    m_levelLabel->setBuddy(m_level);
    m_hoursLabel->setBuddy(m_hours);
    form->addRow(m_levelLabel, m_level);
    form->addRow(m_hoursLabel, m_hours);
    inputLayout->addLayout(form);

    auto* results = new QWidget(splitter);
    auto* resultLayout = new QVBoxLayout(results);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(results);
    m_status->setObjectName(QStringLiteral("enquiryStatus"));
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_mentorsLabel = new QLabel(results);
    m_mentors = new SuggestionTable(SuggestionModel::Kind::Mentors, results);
    m_mentors->setObjectName(QStringLiteral("enquiryMentors"));
    m_coursesLabel = new QLabel(results);
    m_courses = new SuggestionTable(SuggestionModel::Kind::Courses, results);
    m_courses->setObjectName(QStringLiteral("enquiryCourses"));
    QFont bold = m_mentorsLabel->font();
    bold.setBold(true);
    m_mentorsLabel->setFont(bold);
    m_coursesLabel->setFont(bold);
    resultLayout->addWidget(m_status);
    resultLayout->addWidget(m_mentorsLabel);
    resultLayout->addWidget(m_mentors, 1);
    resultLayout->addWidget(m_coursesLabel);
    resultLayout->addWidget(m_courses, 1);
    splitter->addWidget(inputs);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadTopics();
    connect(m_loader, &SuggestionLoader::answered, this, &EnquiryMatchDialog::apply);
    connect(m_goals, &TopicChecklist::checkedChanged, this, &EnquiryMatchDialog::match);
    connect(m_level, &QSpinBox::valueChanged, this, &EnquiryMatchDialog::match);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &EnquiryMatchDialog::match);
    connect(m_mentors, &SuggestionTable::rowActivated, this,
            [this](const QString& id) { m_session.requestNavigation(QStringLiteral("mentor"), id); });
    connect(m_courses, &SuggestionTable::rowActivated, this,
            [this](const QString& id) { m_session.requestNavigation(QStringLiteral("course"), id); });
    retranslate();
    match();
    resize(980, 640);
}

EnquiryMatchDialog* EnquiryMatchDialog::openFor(StudioSession& session, QWidget* parent)
{
    auto* dialog = new EnquiryMatchDialog(session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void EnquiryMatchDialog::loadTopics()
{
    QList<QPair<Id, QString>> topics;
    if (auto all = TopicService(m_session.db(), m_session.clock()).list({}, {0, 10000}); all) {
        for (const Topic& topic : std::as_const(all->items)) {
            topics.append({topic.meta.id, topic.name});
        }
    }
    m_goals->setTopics(topics);
}

void EnquiryMatchDialog::setGoals(const QList<Id>& topicIds)
{
    m_goals->setCheckedIds(topicIds);
    match();
}

void EnquiryMatchDialog::setLevel(int level)
{
    m_level->setValue(level);
}

void EnquiryMatchDialog::setWeeklyMinutes(int minutes)
{
    m_hours->setValue(minutes / 60.0);
}

bool EnquiryMatchDialog::match()
{
    Enquiry enquiry;
    enquiry.goals = m_goals->checkedIds();
    enquiry.level = m_level->value();
    enquiry.weeklyMinutes = static_cast<int>(std::lround(m_hours->value() * 60.0));
    if (enquiry.goals.isEmpty()) {
        clearResults(tr("Tick the topics the enquirer wants to learn to see matching mentors and courses."));
        return false;
    }
    SuggestionRequest request;
    request.enquiry = enquiry;
    request.courseCount = kCourseCount;
    request.withPath = false;
    m_status->setText(tr("Matching…"));
    m_ticket = m_loader->request(request);
    return true;
}

void EnquiryMatchDialog::apply(const SuggestionAnswer& answer)
{
    if (answer.ticket != m_ticket) {
        return; // the inputs changed since (e.g. every goal was unticked)
    }
    const Enquiry& enquiry = answer.request.enquiry;
    const Result<CourseRecommendations>& courses = *answer.courses;
    if (!courses || !answer.mentors || !*answer.mentors) {
        clearResults(!courses ? courses.error().message
                              : (answer.mentors ? answer.mentors->error().message : QString()));
        emit matched();
        return;
    }
    m_mentors->setRows(MatcherRows::mentors(answer.mentors->value()));
    m_courses->setRows(MatcherRows::courses(*courses));
    m_status->setText(tr("%n goal topic(s), level %1, %2 a week.", nullptr, static_cast<int>(enquiry.goals.size()))
                          .arg(enquiry.level)
                          .arg(m_session.format().duration(enquiry.weeklyMinutes)));
    emit matched();
}

void EnquiryMatchDialog::clearResults(const QString& message)
{
    m_ticket = 0;
    m_status->setText(message);
    m_mentors->setRows({});
    m_courses->setRows({});
}

void EnquiryMatchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        match();
    }
    QDialog::changeEvent(event);
}

void EnquiryMatchDialog::retranslate()
{
    m_level->setToolTip(tr("Where the enquirer starts, from 1 (beginner) to 5 (advanced)"));
    m_hours->setToolTip(tr("Hours per week the enquirer can spend on lessons, e.g. 1.5"));
    setWindowTitle(tr("Match a New Enquiry"));
    m_goalsLabel->setText(tr("&Goal topics:"));
    m_levelLabel->setText(tr("&Level (1–5):"));
    m_hoursLabel->setText(tr("&Hours a week:"));
    m_hours->setSuffix(tr(" h"));
    m_mentorsLabel->setText(tr("Mentors"));
    m_coursesLabel->setText(tr("Courses"));
    m_mentors->setEmptyText(tr("No mentors to rank."));
    m_courses->setEmptyText(tr("No courses to suggest."));
    m_mentors->model()->retranslate();
    m_courses->model()->retranslate();
}

} // namespace mentordesk
