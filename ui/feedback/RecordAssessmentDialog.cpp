// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/RecordAssessmentDialog.h"

#include "feedback/FeedbackLookup.h"
#include "feedback/FeedbackService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mentordesk {

RecordAssessmentDialog::RecordAssessmentDialog(StudioSession& session, const Id& learnerId, const Id& enrollmentId,
                                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_lookup(std::make_unique<FeedbackLookup>(session, learnerId))
{
    setWindowTitle(tr("Record Assessment"));
    const Actor actor = session.actor();
    if (actor.role == Role::Mentor && actor.mentorId) {
        m_ownMentor = *actor.mentorId;
    }
    build();
    if (const int i = m_enrollment->findData(enrollmentId); i >= 0 && !enrollmentId.isEmpty()) {
        m_enrollment->setCurrentIndex(i);
    }
}

RecordAssessmentDialog::~RecordAssessmentDialog() = default;

void RecordAssessmentDialog::build()
{
    auto* form = new QFormLayout;
    auto* learner = new QLabel(m_lookup->learnerName(), this);
    learner->setTextFormat(Qt::PlainText);
    learner->setObjectName(QStringLiteral("assessmentLearner"));
    m_enrollment = new QComboBox(this);
    m_enrollment->setObjectName(QStringLiteral("assessmentEnrollment"));
    for (const Enrollment& e : m_lookup->enrollments()) {
        m_enrollment->addItem(tr("%1 (%2, since %3)")
                                  .arg(e.title, m_lookup->mentorName(e.mentorId), m_session.format().date(e.startDate)),
                              e.meta.id);
    }
    m_enrollment->addItem(tr("No enrollment (any topic)"), QString());
    m_enrollment->setToolTip(tr("The enrollment the assessment belongs to; its course gives the topics"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("assessmentTopic"));
    m_topic->setMinimumContentsLength(28);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setToolTip(tr("The topic whose mastery you assessed"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 100);
    m_slider->setPageStep(10);
    m_slider->setFocusPolicy(Qt::NoFocus); // the spin box next to it takes the keyboard
    m_slider->setToolTip(tr("Drag to set the mastery, or type it in the box"));
    m_mastery = new QSpinBox(this);
    m_mastery->setObjectName(QStringLiteral("assessmentMastery"));
    m_mastery->setRange(0, 100);
    m_mastery->setSingleStep(5);
    m_mastery->setSuffix(tr(" %"));
    m_mastery->setToolTip(tr("How well the learner masters the topic: 0 % (not at all) to 100 % (fully)"));
    connect(m_slider, &QSlider::valueChanged, m_mastery, &QSpinBox::setValue);
    connect(m_mastery, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    m_mastery->setValue(50);
    auto* masteryRow = new QHBoxLayout;
    masteryRow->addWidget(m_slider, 1);
    masteryRow->addWidget(m_mastery);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("assessmentMentor"));
    for (const FeedbackChoice& m : m_lookup->teachers()) {
        m_mentor->addItem(m.label, m.id);
    }
    if (!m_ownMentor.isEmpty()) {
        if (m_mentor->findData(m_ownMentor) < 0) {
            m_mentor->addItem(m_lookup->mentorName(m_ownMentor), m_ownMentor);
        }
        m_mentor->setCurrentIndex(m_mentor->findData(m_ownMentor));
        m_mentor->setEnabled(false);
        m_mentor->setToolTip(tr("You assess in your own name"));
    } else {
        m_mentor->setToolTip(tr("Who assessed the learner; the enrollment's mentor unless chosen otherwise"));
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("assessmentNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you observed (optional; shown in the progress report)"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("assessmentDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(FeedbackLookup::today(m_session));
    m_date->setDate(FeedbackLookup::today(m_session));
    m_date->setToolTip(tr("When you assessed the learner (studio time zone); not in the future"));
    form->addRow(tr("Learner:"), learner);
    form->addRow(tr("&Enrollment:"), m_enrollment);
    form->addRow(tr("&Topic:"), m_topic);
    auto* masteryLabel = new QLabel(tr("M&astery:"), this);
    masteryLabel->setBuddy(m_mastery);
    form->addRow(masteryLabel, masteryRow);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Date:"), m_date);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("assessmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Assessment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordAssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordAssessmentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_enrollment, &QComboBox::currentIndexChanged, this, &RecordAssessmentDialog::enrollmentChosen);
    enrollmentChosen();
}

void RecordAssessmentDialog::enrollmentChosen()
{
    const Id enrollment = m_enrollment->currentData().toString();
    m_topic->clear();
    const QList<FeedbackChoice> topics = m_lookup->topicsOf(enrollment);
    m_topic->addItem(topics.isEmpty() ? tr("The course has no topics") : tr("Choose a topic…"), QString());
    for (const FeedbackChoice& t : topics) {
        m_topic->addItem(t.label, t.id);
    }
    if (topics.size() == 1) {
        m_topic->setCurrentIndex(1);
    }
    if (!m_ownMentor.isEmpty()) {
        return;
    }
    for (const Enrollment& e : m_lookup->enrollments()) {
        if (e.meta.id == enrollment) {
            if (m_mentor->findData(e.mentorId) < 0) {
                m_mentor->addItem(m_lookup->mentorName(e.mentorId), e.mentorId);
            }
            m_mentor->setCurrentIndex(m_mentor->findData(e.mentorId));
        }
    }
}

void RecordAssessmentDialog::showError(const QString& field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    const QHash<QString, QWidget*> fields{{QStringLiteral("enrollment"), m_enrollment},
                                          {QStringLiteral("topic"), m_topic},
                                          {QStringLiteral("mastery"), m_mastery},
                                          {QStringLiteral("mentor"), m_mentor},
                                          {QStringLiteral("note"), m_note},
                                          {QStringLiteral("assessed_at"), m_date}};
    fields.value(field, m_topic)->setFocus();
}

QString RecordAssessmentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordAssessmentDialog::accept()
{
    m_error->hide();
    auto assessedAt = FeedbackLookup::instantOf(m_session, m_date->date(), QStringLiteral("assessed_at"));
    if (!assessedAt) {
        showError(assessedAt.error().field, assessedAt.error().message);
        return;
    }
    AssessmentInput input;
    input.mentorId = m_mentor->currentData().toString();
    input.learnerId = m_lookup->learnerId();
    input.topicId = m_topic->currentData().toString();
    input.enrollmentId = m_enrollment->currentData().toString();
    input.masteryPercent = m_mastery->value();
    input.assessedAt = *assessedAt;
    input.note = m_note->toPlainText().trimmed();
    auto saved = FeedbackService(m_session.db(), m_session.clock()).assess(input);
    if (!saved) {
        showError(saved.error().field, saved.error().message);
        return;
    }
    m_savedId = saved->meta.id;
    m_session.notifyDataChanged();
    QDialog::accept();
}

} // namespace mentordesk
