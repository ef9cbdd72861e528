// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteDialog.h"

#include "billing/PlanTermsEditor.h"
#include "billing/QuoteOptionsModel.h"
#include "billing/QuoteService.h"
#include "common/Clock.h"
#include "common/Formatter.h"
#include "courses/CourseService.h"
#include "courses/EnrollmentService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QSpinBox* spin(QWidget* parent, const QString& name, int minimum, int maximum, int value, const QString& suffix)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(minimum, maximum);
    s->setValue(value);
    s->setSuffix(suffix);
    s->setMaximumWidth(140);
    return s;
}

} // namespace

QuoteDialog::QuoteDialog(StudioSession& session, const Id& learnerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("QuoteDialog"));
    setWindowTitle(tr("Quote"));
    auto* goalBox = new QGroupBox(tr("Goal"), this);
    auto* form = new QFormLayout(goalBox);
    m_goal = new QComboBox(goalBox);
    m_goal->setToolTip(
        tr("What the quote covers: an existing enrollment, a course from the catalog, or a number of content hours"));
    m_goal->setObjectName(QStringLiteral("goal"));
    m_goal->addItem(tr("An enrollment of this learner"), static_cast<int>(Goal::Enrollment));
    m_goal->addItem(tr("A course"), static_cast<int>(Goal::Course));
    m_goal->addItem(tr("Hours of content"), static_cast<int>(Goal::ContentHours));
    form->addRow(tr("Q&uote for:"), m_goal);
    m_enrollment = new QComboBox(goalBox);
    m_enrollment->setToolTip(tr("The learner's enrollment whose remaining content is quoted"));
    m_enrollment->setObjectName(QStringLiteral("enrollment_id"));
    if (auto list = EnrollmentService(session.db(), session.clock()).forLearner(learnerId)) {
        for (const Enrollment& e : std::as_const(*list)) {
            m_enrollment->addItem(e.title, e.meta.id);
            m_enrollment->setItemData(m_enrollment->count() - 1, e.efficiencyPermille, Qt::UserRole + 1);
        }
    }
    form->addRow(tr("&Enrollment:"), m_enrollment);
    m_course = new QComboBox(goalBox);
    m_course->setToolTip(tr("The course whose content hours are quoted"));
    m_course->setObjectName(QStringLiteral("course_id"));
    if (auto courses = CourseService(session.db(), session.clock()).list({}, {0, 1000})) {
        for (const Course& c : std::as_const(courses->items)) {
            m_course->addItem(c.title, c.meta.id);
        }
    }
    form->addRow(tr("&Course:"), m_course);
    m_hours = spin(goalBox, QStringLiteral("content_minutes"), 1, 10000, 20, tr(" h"));
    m_hours->setToolTip(tr("Hours of course content to cover, before efficiency"));
    form->addRow(tr("Content &hours:"), m_hours);
    m_efficiency = spin(goalBox, QStringLiteral("efficiency_permille"), 5, 200, 80, QStringLiteral(" %"));
    m_efficiency->setToolTip(tr("Efficiency E: how much of an hour of content a learner covers in an hour"));
    form->addRow(tr("E&fficiency:"), m_efficiency);
    m_target = spin(goalBox, QStringLiteral("target_permille"), 1, 100, 100, QStringLiteral(" %"));
    m_target->setToolTip(tr("How much of the content the learner should finish, in percent"));
    form->addRow(tr("&Target progress:"), m_target);
    m_weekly = spin(goalBox, QStringLiteral("weekly_minutes"), 15, 40 * 60, 120, tr(" min"));
    m_weekly->setSingleStep(15);
    m_weekly->setToolTip(tr("Lesson minutes per week the learner plans, e.g. 120"));
    form->addRow(tr("&Weekly time:"), m_weekly);
    m_lesson = spin(goalBox, QStringLiteral("lesson_minutes"), 0, 8 * 60, 60, tr(" min"));
    m_lesson->setSingleStep(15);
    m_lesson->setSpecialValueText(tr("One lesson a week"));
    m_lesson->setToolTip(tr("Minutes of one lesson; per-lesson prices use it (0 = the weekly time in one lesson)"));
    form->addRow(tr("&Lesson length:"), m_lesson);
    m_start = new QDateEdit(session.format().toLocal(session.clock().nowUtc()).date(), goalBox);
    m_start->setToolTip(
        tr("When lessons would start (YYYY-MM-DD); subscriptions and package validity count from here"));
    m_start->setObjectName(QStringLiteral("start_date"));
    m_start->setCalendarPopup(true);
    form->addRow(tr("&Starting:"), m_start);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("quoteSummary"));
    m_summary->setWordWrap(true);
    QFont bigger = m_summary->font();
    bigger.setBold(true);
    m_summary->setFont(bigger);
    m_options = new QuoteOptionsModel(session.format(), this);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("quoteOptions"));
    m_table->setModel(m_options);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QuoteOptionsModel::PlanColumn, QHeaderView::Stretch);
    m_assumptions = new QLabel(this);
    m_assumptions->setObjectName(QStringLiteral("quoteAssumptions"));
    m_assumptions->setWordWrap(true);
    m_assumptions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quoteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* quote = buttons->addButton(tr("&Quote"), QDialogButtonBox::ActionRole);
    quote->setObjectName(QStringLiteral("quoteButton"));
    quote->setDefault(true);
    connect(quote, &QPushButton::clicked, this, [this] { runQuote(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(goalBox);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_assumptions);
    layout->addWidget(buttons);

    connect(m_goal, &QComboBox::currentIndexChanged, this, [this] { syncGoal(); });
    connect(m_enrollment, &QComboBox::currentIndexChanged, this, [this] {
        if (const QVariant e = m_enrollment->currentData(Qt::UserRole + 1); e.isValid()) {
            m_efficiency->setValue(e.toInt() / 10);
        }
    });
    setGoal(m_enrollment->count() > 0 ? Goal::Enrollment : Goal::ContentHours);
    if (m_enrollment->count() > 0) {
        m_efficiency->setValue(m_enrollment->itemData(0, Qt::UserRole + 1).toInt() / 10);
    }
    resize(640, 680);
}

void QuoteDialog::setGoal(Goal goal)
{
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(static_cast<int>(goal))));
    syncGoal();
}

void QuoteDialog::selectEnrollment(const Id& id)
{
    if (const int index = m_enrollment->findData(id); index >= 0) {
        setGoal(Goal::Enrollment);
        m_enrollment->setCurrentIndex(index);
    }
}

void QuoteDialog::syncGoal()
{
    const auto goal = static_cast<Goal>(m_goal->currentData().toInt());
    m_enrollment->setEnabled(goal == Goal::Enrollment);
    m_course->setEnabled(goal == Goal::Course);
    m_hours->setEnabled(goal == Goal::ContentHours);
}

QString QuoteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString QuoteDialog::assumptionsText() const
{
    return m_assumptions->text();
}

void QuoteDialog::showError(const Error& error)
{
    m_errorField = error.field;
    m_error->setText(error.message);
    m_error->show();
    if (auto* widget = findChild<QWidget*>(error.field)) {
        PlanTermsEditor::markWidget(widget, error.message);
        widget->setFocus();
    }
}

bool QuoteDialog::runQuote()
{
    m_error->hide();
    m_errorField.clear();
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w->property("invalid").toBool()) {
            PlanTermsEditor::markWidget(w, {});
        }
    }
    QuoteInput input;
    switch (static_cast<Goal>(m_goal->currentData().toInt())) {
    case Goal::Enrollment:
        input.enrollmentId = m_enrollment->currentData().toString();
        if (input.enrollmentId.isEmpty()) {
            showError(Error::invalid(QStringLiteral("enrollment_id"), tr("This learner has no enrollment to quote.")));
            return false;
        }
        break;
    case Goal::Course:
        input.courseId = m_course->currentData().toString();
        if (input.courseId.isEmpty()) {
            showError(Error::invalid(QStringLiteral("course_id"), tr("Choose a course.")));
            return false;
        }
        break;
    case Goal::ContentHours:
        input.contentMinutes = qint64{m_hours->value()} * 60;
        break;
    }
    input.efficiencyPermille = m_efficiency->value() * 10;
    input.targetPermille = m_target->value() * 10;
    input.weeklyMinutes = m_weekly->value();
    input.lessonMinutes = m_lesson->value();
    input.startDate = m_start->date();
    auto result = QuoteService(m_session.db()).quote(input);
    if (!result) {
        m_options->setOptions({});
        m_summary->clear();
        m_assumptions->clear();
        m_result.reset();
        showError(result.error());
        return false;
    }
    m_result = *result;
    showResult(*result);
    return true;
}

void QuoteDialog::showResult(const QuoteResult& result)
{
    const QuoteAssumptions& a = result.assumptions;
    const Formatter& f = m_session.format();
    m_summary->setText(tr("%1 of lessons needed: %n week(s), %2 lesson(s), until %3.", nullptr, a.weeks)
                           .arg(f.duration(a.minutesNeeded))
                           .arg(a.lessons)
                           .arg(f.date(a.endDate)));
    m_options->setOptions(result.options);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(QuoteOptionsModel::PlanColumn, QHeaderView::Stretch);
    QStringList lines;
    lines << tr("Content %1 at efficiency %2 %, target progress %3 %; %4 already studied.")
                 .arg(f.duration(a.contentMinutes))
                 .arg(a.efficiencyPermille / 10)
                 .arg(a.targetPermille / 10)
                 .arg(f.duration(a.heldMinutesSoFar));
    lines << tr("%1 a week in %n lesson(s) of %2, from %3.", nullptr, a.lessonsPerWeek)
                 .arg(f.duration(a.weeklyMinutes), f.duration(a.lessonMinutes), f.date(a.startDate));
    lines << tr("Every lesson is held as scheduled; no discounts; amounts as the plans state them (before tax "
                "when the studio prices net).");
    m_assumptions->setText(tr("Assumptions:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace mentordesk
