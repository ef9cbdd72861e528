// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/EnrollmentDialog.h"

#include "common/Clock.h"
#include "courses/CourseService.h"
#include "courses/EnrollmentService.h"
#include "people/MentorService.h"
#include "shell/StudioSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace mentordesk {

EnrollmentDialog::EnrollmentDialog(StudioSession& session, const Id& learnerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
{
    setWindowTitle(tr("Enroll Learner"));
    build();
    m_start->setDate(m_session.clock().nowUtc().date());
    m_plannedEnd->setDate(m_start->date().addMonths(6));
}

EnrollmentDialog::EnrollmentDialog(StudioSession& session, const Enrollment& enrollment, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(enrollment.learnerId)
    , m_editing(enrollment)
{
    setWindowTitle(tr("Edit Enrollment"));
    build();
    m_course->setCurrentIndex(std::max(0, m_course->findData(enrollment.courseId)));
    m_course->setEnabled(false);
    m_title->setText(enrollment.title);
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(enrollment.mentorId)));
    m_efficiency->setValue(enrollment.efficiencyPermille / 1000.0);
    m_targetHours->setValue(enrollment.targetMinutes / 60.0);
    m_start->setDate(enrollment.startDate);
    m_planned->setChecked(enrollment.plannedEndDate.isValid());
    m_plannedEnd->setDate(enrollment.plannedEndDate.isValid() ? enrollment.plannedEndDate
                                                              : enrollment.startDate.addMonths(6));
}

void EnrollmentDialog::build()
{
    auto* form = new QFormLayout;
    m_course = new QComboBox(this);
    m_course->setToolTip(tr("A course from the catalog, or free-form mentoring with your own title and target hours"));
    m_course->setObjectName(QStringLiteral("course"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("The course title; required for free-form mentoring"));
    m_mentor = new QComboBox(this);
    m_mentor->setToolTip(tr("The mentor who teaches this enrollment"));
    m_mentor->setObjectName(QStringLiteral("mentor"));
    m_efficiency = new QDoubleSpinBox(this);
    m_efficiency->setRange(0.05, 2.0);
    m_efficiency->setSingleStep(0.05);
    m_efficiency->setDecimals(2);
    m_efficiency->setValue(0.8);
    m_efficiency->setToolTip(tr("E: how much of an hour's content a lesson hour covers for this learner "
                                "(0.8 = the studio default). Progress P = min(1, T·E/C)."));
    m_targetHours = new QDoubleSpinBox(this);
    m_targetHours->setRange(0, 10000);
    m_targetHours->setDecimals(2);
    m_targetHours->setSuffix(tr(" h"));
    m_targetHours->setSpecialValueText(tr("The course's content hours"));
    m_targetHours->setToolTip(tr("The hours the plan aims at; leave at the course's content hours unless agreed "
                                 "otherwise (required for free-form mentoring)."));
    m_start = new QDateEdit(this);
    m_start->setToolTip(tr("The first day of the enrollment (YYYY-MM-DD)"));
    m_start->setCalendarPopup(true);
    m_planned = new QCheckBox(tr("Planned end:"), this);
    m_planned->setToolTip(tr("Tick when an end date was agreed; progress reports compare against it"));
    m_plannedEnd = new QDateEdit(this);
    m_plannedEnd->setToolTip(tr("The agreed last day (YYYY-MM-DD)"));
    m_plannedEnd->setCalendarPopup(true);
    m_plannedEnd->setEnabled(false);
    connect(m_planned, &QCheckBox::toggled, m_plannedEnd, &QWidget::setEnabled);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(tr("Effic&iency E:"), m_efficiency);
    form->addRow(tr("T&arget:"), m_targetHours);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(m_planned, m_plannedEnd);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrollmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(m_editing ? tr("&Save") : tr("&Enroll"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrollmentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    fillChoices();
}

void EnrollmentDialog::fillChoices()
{
    m_course->addItem(tr("Free-form mentoring (no course)"), QString());
    if (auto courses = CourseService(m_session.db(), m_session.clock()).list(CourseFilter{}, PageRequest{0, 10000})) {
        for (const Course& c : std::as_const(courses->items)) {
            m_course->addItem(c.title, c.meta.id);
        }
        if (m_course->count() > 1) {
            m_course->setCurrentIndex(1);
        }
    }
    if (auto mentors = MentorService(m_session.db(), m_session.clock()).list(MentorFilter{}, PageRequest{0, 10000})) {
        for (const Mentor& m : std::as_const(mentors->items)) {
            m_mentor->addItem(m.name, m.meta.id);
        }
    }
}

void EnrollmentDialog::showError(const QString& field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    const QHash<QString, QWidget*> fields{
        {QStringLiteral("course_id"), m_course},           {QStringLiteral("title"), m_title},
        {QStringLiteral("mentor_id"), m_mentor},           {QStringLiteral("efficiency_permille"), m_efficiency},
        {QStringLiteral("target_minutes"), m_targetHours}, {QStringLiteral("planned_end_date"), m_plannedEnd}};
    QWidget* focus = fields.value(field, m_start);
    focus->setFocus();
}

QString EnrollmentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EnrollmentDialog::accept()
{
    m_error->hide();
    const int efficiency = static_cast<int>(std::lround(m_efficiency->value() * 1000));
    const int target = static_cast<int>(std::lround(m_targetHours->value() * 60));
    const QDate plannedEnd = m_planned->isChecked() ? m_plannedEnd->date() : QDate();
    EnrollmentService service(m_session.db(), m_session.clock());
    Result<Enrollment> saved;
    if (m_editing) {
        EnrollmentChanges changes;
        changes.mentorId = m_mentor->currentData().toString();
        changes.title = m_title->text().trimmed();
        changes.efficiencyPermille = efficiency;
        changes.targetMinutes = target > 0 ? std::optional<int>(target) : std::nullopt;
        changes.startDate = m_start->date();
        changes.plannedEndDate = plannedEnd;
        saved = service.edit(m_editing->meta.id, changes, m_editing->meta.version);
    } else {
        EnrollmentInput input;
        input.learnerId = m_learnerId;
        input.mentorId = m_mentor->currentData().toString();
        input.courseId = m_course->currentData().toString();
        input.title = m_title->text().trimmed();
        input.efficiencyPermille = efficiency;
        input.targetMinutes = target > 0 ? std::optional<int>(target) : std::nullopt;
        input.startDate = m_start->date();
        input.plannedEndDate = plannedEnd;
        saved = service.enroll(input);
    }
    if (!saved) {
        showError(saved.error().field, saved.error().message);
        return;
    }
    m_savedId = saved->meta.id;
    m_session.notifyDataChanged();
    QDialog::accept();
}

} // namespace mentordesk
