// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonDialog.h"

#include "calendar/LessonRecordSaver.h"
#include "calendar/LessonRescheduleTab.h"
#include "common/Clock.h"
#include "feedback/FeedbackLookup.h"
#include "feedback/RecordRatingDialog.h"
#include "shell/StudioSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
const QList<LessonStatus> kOutcomes = {LessonStatus::Scheduled,  LessonStatus::Held,   LessonStatus::CancelledByLearner,
                                       LessonStatus::LateCancel, LessonStatus::NoShow, LessonStatus::CancelledByMentor};
/// Statuses one attendee of a group lesson can have; -1 = same as the lesson.
const QList<int> kAttendeeChoices = {-1, int(LessonStatus::Held), int(LessonStatus::NoShow),
                                     int(LessonStatus::CancelledByLearner), int(LessonStatus::LateCancel)};
} // namespace

LessonDialog::LessonDialog(StudioSession& session, const Lesson& lesson, const QList<Mentor>& mentors, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_lesson(lesson)
{
    setObjectName(QStringLiteral("LessonDialog"));
    m_started = session.clock().nowUtc() >= lesson.startsAt;
    buildUi(mentors);
    retranslate();
    resize(600, 640);
}

LessonDialog::~LessonDialog() = default;

void LessonDialog::buildUi(const QList<Mentor>& mentors)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("lessonHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_tabs = new QTabWidget(this);

    auto* record = new QWidget(m_tabs);
    auto* outcomeBox = new QGroupBox(record);
    outcomeBox->setObjectName(QStringLiteral("outcomeBox"));
    m_outcome = new QButtonGroup(this);
    auto* outcomeLayout = new QVBoxLayout(outcomeBox);
    for (LessonStatus status : kOutcomes) {
        auto* radio = new QRadioButton(outcomeBox);
        radio->setObjectName(QStringLiteral("outcome_") + lessonStatusToString(status));
        m_outcome->addButton(radio, int(status));
        outcomeLayout->addWidget(radio);
    }
    m_notStarted = new QLabel(outcomeBox);
    m_notStarted->setWordWrap(true);
    m_notStarted->setEnabled(false);
    m_notStarted->setVisible(!m_started && m_lesson.status == LessonStatus::Scheduled);
    outcomeLayout->addWidget(m_notStarted);
    m_actual = new QSpinBox(record);
    m_actual->setObjectName(QStringLiteral("actualMinutes"));
    m_actual->setRange(0, 1440);
    m_actual->setMaximumWidth(m_actual->fontMetrics().horizontalAdvance(QStringLiteral("0000 min")) * 2);
    m_actual->setValue(m_lesson.actualMinutes.value_or(m_lesson.plannedMinutes));
    m_notes = new QPlainTextEdit(m_lesson.notes, record);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_homework = new QPlainTextEdit(m_lesson.homework, record);
    m_homework->setObjectName(QStringLiteral("homework"));
    m_homework->setTabChangesFocus(true);
    m_attendees = new QTableWidget(record);
    m_attendees->setTabKeyNavigation(false);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setColumnCount(2);
    m_attendees->verticalHeader()->hide();
    m_attendees->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendees->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attendees->setVisible(m_lesson.attendees.size() > 1);
    m_attendees->setMaximumHeight(150);
    m_error = new QLabel(record);
    m_error->setObjectName(QStringLiteral("recordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    for (const QString& key :
         {QStringLiteral("actual"), QStringLiteral("notes"), QStringLiteral("homework"), QStringLiteral("attendees")}) {
        m_labels.insert(key, new QLabel(record));
    }
    form->addRow(m_labels.value(QStringLiteral("actual")), m_actual);
    form->addRow(m_labels.value(QStringLiteral("notes")), m_notes);
    form->addRow(m_labels.value(QStringLiteral("homework")), m_homework);
    form->addRow(m_labels.value(QStringLiteral("attendees")), m_attendees);
    m_labels.value(QStringLiteral("actual"))->setBuddy(m_actual);
    m_labels.value(QStringLiteral("notes"))->setBuddy(m_notes);
    m_labels.value(QStringLiteral("homework"))->setBuddy(m_homework);
    m_labels.value(QStringLiteral("attendees"))->setVisible(m_attendees->isVisibleTo(record));
    auto* recordLayout = new QVBoxLayout(record);
    recordLayout->addWidget(outcomeBox);
    recordLayout->addLayout(form, 1);
    recordLayout->addWidget(m_error);
    m_reschedule = new LessonRescheduleTab(m_session, m_lesson, mentors, m_tabs);
    m_tabs->addTab(record, QString());
    m_tabs->addTab(m_reschedule, QString());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_rate = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rate->setObjectName(QStringLiteral("rateLessonButton"));
    m_rate->setVisible(m_lesson.status == LessonStatus::Held && FeedbackLookup::mayDo(m_session, Action::RecordRating));
    connect(m_rate, &QPushButton::clicked, this, &LessonDialog::rateLesson);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    fillAttendees();
    setOutcome(m_lesson.status);
    connect(m_outcome, &QButtonGroup::idToggled, this, &LessonDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LessonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LessonDialog::reject);
    connect(m_reschedule, &LessonRescheduleTab::lessonChanged, this, [this](const QString& message) {
        m_changeMessage = message;
        QDialog::accept();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_buttons->button(QDialogButtonBox::Save)->setVisible(index == 0);
        // Why: the box lends its focus to Save; while Save is hidden Tab could not reach Close.
        m_buttons->setFocusProxy(nullptr);
    });
    updateEnabled();
}

void LessonDialog::fillAttendees()
{
    m_attendees->setRowCount(static_cast<int>(m_lesson.attendees.size()));
    for (int row = 0; row < m_lesson.attendees.size(); ++row) {
        const Attendee& a = m_lesson.attendees[row];
        auto* name = new QTableWidgetItem(a.learnerName);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, a.learnerId);
        name->setToolTip(a.learnerName);
        m_attendees->setItem(row, 0, name);
        auto* combo = new QComboBox(m_attendees);
        for (int choice : kAttendeeChoices) {
            combo->addItem(QString(), choice);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(a.status ? int(*a.status) : -1)));
        m_attendees->setCellWidget(row, 1, combo);
    }
}

void LessonDialog::retranslate()
{
    const Formatter& f = m_session.format();
    setWindowTitle(tr("Lesson — %1").arg(f.dateTime(m_lesson.startsAt)));
    QStringList names;
    for (const Attendee& a : m_lesson.attendees) {
        names.append(a.learnerName.toHtmlEscaped());
    }
    QString header = tr("<b>%1, %2–%3</b><br>%4 with %5<br>Status: %6")
                         .arg(f.locale().toString(f.toLocal(m_lesson.startsAt).date(), QLocale::LongFormat),
                              f.time(m_lesson.startsAt), f.time(m_lesson.endsAt()), names.join(QStringLiteral(", ")),
                              m_lesson.mentorName.toHtmlEscaped(), lessonStatusDisplayName(m_lesson.status));
    if (m_lesson.seriesId) {
        header += tr("<br><i>Part of a weekly series.</i>");
    }
    if (!m_lesson.location.isEmpty()) {
        header += tr("<br>Location: %1").arg(m_lesson.location.toHtmlEscaped());
    }
    m_header->setText(header);
    m_tabs->setTabText(0, tr("&Attendance"));
    m_tabs->setTabText(1, tr("&Reschedule"));
    static_cast<QGroupBox*>(m_outcome->button(int(LessonStatus::Held))->parentWidget())->setTitle(tr("What happened?"));
    m_outcome->button(int(LessonStatus::Scheduled))->setText(tr("Not recorded yet (scheduled)"));
    m_outcome->button(int(LessonStatus::Held))->setText(tr("&Held"));
    m_outcome->button(int(LessonStatus::CancelledByLearner))->setText(tr("Cancelled by the learner in &time"));
    m_outcome->button(int(LessonStatus::LateCancel))->setText(tr("Cancelled by the learner too &late"));
    m_outcome->button(int(LessonStatus::NoShow))->setText(tr("&No-show: the learner did not come"));
    m_outcome->button(int(LessonStatus::CancelledByMentor))->setText(tr("Cancelled by the &mentor or studio"));
    m_outcome->button(int(LessonStatus::Scheduled))->setToolTip(tr("Keep the lesson open; it stays on Today's list"));
    m_outcome->button(int(LessonStatus::Held))->setToolTip(tr("The lesson took place; billed by its actual minutes"));
    m_outcome->button(int(LessonStatus::CancelledByLearner))->setToolTip(tr("Cancelled early enough: not billed"));
    m_outcome->button(int(LessonStatus::LateCancel))
        ->setToolTip(tr("Cancelled after the studio's deadline: billed at the late-cancellation percent"));
    m_outcome->button(int(LessonStatus::NoShow))->setToolTip(tr("Billed at the no-show percent"));
    m_outcome->button(int(LessonStatus::CancelledByMentor))->setToolTip(tr("Never billed"));
    m_notStarted->setText(tr("The lesson has not started yet: it can be cancelled now and recorded as held once it "
                             "has begun."));
    m_labels.value(QStringLiteral("actual"))->setText(tr("Act&ual minutes:"));
    m_labels.value(QStringLiteral("notes"))->setText(tr("N&otes:"));
    m_labels.value(QStringLiteral("homework"))->setText(tr("Home&work:"));
    m_labels.value(QStringLiteral("attendees"))->setText(tr("Each &learner:"));
    m_actual->setSuffix(tr(" min"));
    m_actual->setToolTip(tr("How long the lesson really lasted (billing uses it)"));
    m_notes->setPlaceholderText(tr("What you worked on, how it went"));
    m_homework->setPlaceholderText(tr("What the learner should practise before the next lesson"));
    m_attendees->setHorizontalHeaderLabels({tr("Learner"), tr("Attendance")});
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        auto* combo = static_cast<QComboBox*>(m_attendees->cellWidget(row, 1));
        combo->setToolTip(tr("Only when this learner's attendance differs from the lesson's (a group lesson)"));
        for (int i = 0; i < combo->count(); ++i) {
            const int choice = combo->itemData(i).toInt();
            combo->setItemText(i, choice < 0 ? tr("Same as the lesson")
                                             : lessonStatusDisplayName(static_cast<LessonStatus>(choice)));
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_rate->setText(tr("Rat&e this lesson…"));
    m_rate->setToolTip(tr("Record an attendee's rating of this lesson (the learner selected under “Each learner” "
                          "in group lessons)"));
}

bool LessonDialog::rateLesson()
{
    const int row = m_attendees->currentRow();
    auto attended = [](const Attendee& a) { return !a.status || *a.status == LessonStatus::Held; };
    const Attendee* chosen = row >= 0 && row < m_lesson.attendees.size() && attended(m_lesson.attendees.at(row))
                                 ? &m_lesson.attendees.at(row)
                                 : nullptr;
    for (const Attendee& a : std::as_const(m_lesson.attendees)) {
        if (!chosen && attended(a)) {
            chosen = &a;
        }
    }
    if (!chosen) {
        return false;
    }
    RecordRatingDialog dialog(m_session, chosen->learnerId, this);
    dialog.preselect(RatingTarget::Lesson, m_lesson.meta.id);
    return dialog.exec() == QDialog::Accepted;
}

void LessonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

bool LessonDialog::isOutcomeEnabled(LessonStatus status) const
{
    const LessonStatus current = m_lesson.status;
    if (status == current) {
        return true;
    }
    switch (status) {
    case LessonStatus::Scheduled:
        return false;
    case LessonStatus::Held:
        return m_started && (current == LessonStatus::Scheduled || current == LessonStatus::Held);
    case LessonStatus::NoShow:
        return m_started && current == LessonStatus::Scheduled;
    case LessonStatus::CancelledByLearner:
    case LessonStatus::LateCancel:
    case LessonStatus::CancelledByMentor:
        return current == LessonStatus::Scheduled;
    }
    return false;
}

void LessonDialog::updateEnabled()
{
    for (LessonStatus status : kOutcomes) {
        m_outcome->button(int(status))->setEnabled(isOutcomeEnabled(status));
    }
    const bool held = outcome() == LessonStatus::Held;
    m_actual->setEnabled(held);
    m_attendees->setEnabled(held || outcome() == LessonStatus::Scheduled);
}

void LessonDialog::setOutcome(LessonStatus status)
{
    m_outcome->button(int(status))->setChecked(true);
    updateEnabled();
}

LessonStatus LessonDialog::outcome() const
{
    const int id = m_outcome->checkedId();
    return id < 0 ? m_lesson.status : static_cast<LessonStatus>(id);
}

void LessonDialog::setActualMinutes(int minutes)
{
    m_actual->setValue(minutes);
}

void LessonDialog::setNotes(const QString& notes)
{
    m_notes->setPlainText(notes);
}

void LessonDialog::setHomework(const QString& homework)
{
    m_homework->setPlainText(homework);
}

void LessonDialog::setAttendeeStatus(const Id& learnerId, std::optional<LessonStatus> status)
{
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        if (m_attendees->item(row, 0)->data(Qt::UserRole).toString() == learnerId) {
            auto* combo = static_cast<QComboBox*>(m_attendees->cellWidget(row, 1));
            combo->setToolTip(tr("Only when this learner's attendance differs from the lesson's (a group lesson)"));
            combo->setCurrentIndex(std::max(0, combo->findData(status ? int(*status) : -1)));
        }
    }
}

QString LessonDialog::errorText() const
{
    return m_error->text();
}

bool LessonDialog::save()
{
    m_error->setVisible(false);
    m_error->clear();
    LessonRecordForm form;
    form.outcome = outcome();
    form.actualMinutes = m_actual->value();
    form.notes = m_notes->toPlainText();
    form.homework = m_homework->toPlainText();
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        const int choice = static_cast<QComboBox*>(m_attendees->cellWidget(row, 1))->currentData().toInt();
        form.attendees.insert(m_attendees->item(row, 0)->data(Qt::UserRole).toString(),
                              choice < 0 ? std::nullopt : std::optional(static_cast<LessonStatus>(choice)));
    }
    auto saved = LessonRecordSaver(m_session.db(), m_session.clock()).save(m_lesson, form);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->setVisible(true);
        return false;
    }
    if (saved->meta.version != m_lesson.meta.version) {
        m_changeMessage = tr("Recorded the lesson as “%1”.").arg(lessonStatusDisplayName(saved->status));
        m_session.notifyDataChanged();
    }
    m_lesson = *saved;
    return true;
}

void LessonDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace mentordesk
