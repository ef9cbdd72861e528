// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/NewLessonDialog.h"

#include "calendar/CalendarDates.h"
#include "calendar/CalendarPalette.h"
#include "calendar/LessonConflictList.h"
#include "calendar/LessonEnrollmentPicker.h"
#include "calendar/LessonRepeatEditor.h"
#include "lessons/LessonService.h"
#include "lessons/SeriesPlanner.h"
#include "lessons/StudioTimeZone.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
/// Checking a long series costs one ranged query per occurrence and person; two years of weekly lessons
/// are plenty for a preview (the service checks every occurrence again when saving).
constexpr int kMaxPreviewOccurrences = 104;
const QStringList kRepeatKeys = {QStringLiteral("every"), QStringLiteral("until"), QStringLiteral("count"),
                                 QStringLiteral("skip")};
} // namespace

NewLessonDialog::NewLessonDialog(StudioSession& session, const QList<Mentor>& mentors, const Id& mentorId,
                                 const LocalDateTime& start, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("NewLessonDialog"));
    buildUi(mentors);
    retranslate();
    setMentor(mentorId.isEmpty() && m_mentor->count() > 0 ? m_mentor->itemData(0).toString() : mentorId);
    setStart(start);
    refreshConflicts();
    resize(620, 760);
}

NewLessonDialog::~NewLessonDialog() = default;

QLabel* NewLessonDialog::errorLabel(const QString& key)
{
    auto* label = new QLabel(this);
    label->setObjectName(key + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    m_errors.insert(key, label);
    return label;
}

void NewLessonDialog::buildUi(const QList<Mentor>& mentors)
{
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentor"));
    for (const Mentor& m : mentors) {
        if (m.isArchived() || m.role == MentorRole::FrontDesk) {
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(CalendarPalette::mentorColor(m.color));
        m_mentor->addItem(QIcon(swatch), m.name, m.meta.id);
    }
    m_enrollments = new LessonEnrollmentPicker(m_session, this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(CalendarDates::editFormat(m_session.format().locale()));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(5, 1440);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(60);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("location"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 3);
    m_repeat = new LessonRepeatEditor(m_session.format().locale(), this);
    m_conflicts = new LessonConflictList(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    m_labels.insert(QStringLiteral("minutesInline"), new QLabel(this));
    when->addWidget(m_labels.value(QStringLiteral("minutesInline")));
    when->addWidget(m_minutes);
    when->addStretch(1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString& key, QWidget* field, QLayout* fields = nullptr) {
        auto* label = new QLabel(this);
        m_labels.insert(key, label);
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        if (fields) {
            box->addLayout(fields);
        } else {
            box->addWidget(field);
        }
        box->addWidget(errorLabel(key));
        form->addRow(label, box);
        label->setBuddy(field);
    };
    addRow(QStringLiteral("mentor"), m_mentor);
    addRow(QStringLiteral("enrollment"), m_enrollments);
    addRow(QStringLiteral("start"), m_date, when);
    addRow(QStringLiteral("location"), m_location);
    addRow(QStringLiteral("notes"), m_notes);
    m_errors.insert(QStringLiteral("minutes"), m_errors.value(QStringLiteral("start")));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_repeat);
    layout->addWidget(m_conflicts);
    layout->addWidget(errorLabel(QStringLiteral("general")));
    layout->addWidget(m_buttons);
    layout->setStretch(0, 1);

    m_conflictTimer = new QTimer(this);
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(200);
    connect(m_conflictTimer, &QTimer::timeout, this, &NewLessonDialog::refreshConflicts);
    const auto later = [this] { m_conflictTimer->start(); };
    connect(m_mentor, &QComboBox::currentIndexChanged, this, [this, later] {
        m_enrollments->setMentor(mentorId());
        later();
    });
    connect(m_enrollments, &LessonEnrollmentPicker::changed, this, later);
    connect(m_date, &QDateEdit::dateChanged, this, [this, later](const QDate& date) {
        m_repeat->setFirstDate(date);
        later();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, later);
    connect(m_minutes, &QSpinBox::valueChanged, this, later);
    connect(m_repeat, &LessonRepeatEditor::changed, this, later);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewLessonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewLessonDialog::reject);
    const QList<QWidget*> order = {m_mentor, m_enrollments, m_date, m_time, m_minutes, m_location, m_notes, m_repeat};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
}

void NewLessonDialog::retranslate()
{
    setWindowTitle(tr("New Lesson"));
    m_labels.value(QStringLiteral("mentor"))->setText(tr("&Mentor:"));
    m_labels.value(QStringLiteral("enrollment"))->setText(tr("&Learners:"));
    m_labels.value(QStringLiteral("start"))->setText(tr("&Starts:"));
    m_labels.value(QStringLiteral("minutesInline"))->setText(tr("for"));
    m_labels.value(QStringLiteral("location"))->setText(tr("L&ocation:"));
    m_labels.value(QStringLiteral("notes"))->setText(tr("&Preparation:"));
    m_mentor->setToolTip(tr("Who teaches the lesson"));
    m_date->setToolTip(tr("Day of the lesson (studio time zone)"));
    m_time->setToolTip(tr("Local start time in the studio time zone"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Planned length in minutes"));
    m_location->setPlaceholderText(tr("Room, address or video link (optional)"));
    m_notes->setPlaceholderText(tr("What to prepare (optional)"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Sc&hedule"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void NewLessonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

Id NewLessonDialog::mentorId() const
{
    return m_mentor->currentData().toString();
}

LocalDateTime NewLessonDialog::start() const
{
    return {m_date->date(), QTime(m_time->time().hour(), m_time->time().minute())};
}

void NewLessonDialog::setMentor(const Id& mentorId)
{
    const int index = m_mentor->findData(mentorId);
    if (index >= 0 && index != m_mentor->currentIndex()) {
        m_mentor->setCurrentIndex(index);
    } else {
        m_enrollments->setMentor(this->mentorId());
    }
}

void NewLessonDialog::setStart(const LocalDateTime& start)
{
    m_date->setDate(start.date);
    m_time->setTime(start.time);
    m_repeat->setFirstDate(start.date);
}

void NewLessonDialog::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

void NewLessonDialog::setLocation(const QString& location)
{
    m_location->setText(location);
}

void NewLessonDialog::refreshConflicts()
{
    m_conflictTimer->stop();
    if (mentorId().isEmpty()) {
        m_conflicts->setUnchecked(tr("choose a mentor."));
        return;
    }
    LessonService service(m_session.db(), m_session.clock());
    const QStringList enrollments = m_enrollments->checkedEnrollments();
    QList<LocalDateTime> starts = {start()};
    if (m_repeat->repeats()) {
        auto zone = StudioTimeZone::forStudio(m_session.db(), m_session.clock());
        if (!zone) {
            m_conflicts->setUnchecked(zone.error().message);
            return;
        }
        auto occurrences = SeriesPlanner::occurrences(
            {start(), m_repeat->intervalWeeks(), m_repeat->untilDate(), m_repeat->count(), m_repeat->skippedDates()},
            *zone);
        if (!occurrences) {
            m_conflicts->setUnchecked(occurrences.error().message);
            return;
        }
        starts.clear();
        for (const Occurrence& o : std::as_const(*occurrences)) {
            if (starts.size() >= kMaxPreviewOccurrences) {
                break;
            }
            starts.append({o.localDate, start().time});
        }
    }
    QList<Conflict> all;
    QStringList lines;
    for (const LocalDateTime& at : std::as_const(starts)) {
        auto found = service.checkConflicts(mentorId(), at, m_minutes->value(), enrollments);
        if (!found) {
            m_conflicts->setUnchecked(found.error().message);
            return;
        }
        for (const Conflict& c : std::as_const(*found)) {
            all.append(c);
            lines.append(LessonConflictList::describe(c, m_session.format()));
        }
    }
    m_conflicts->setConflicts(all, lines);
}

bool NewLessonDialog::save()
{
    clearErrors();
    refreshConflicts();
    LessonService service(m_session.db(), m_session.clock());
    QList<Conflict> conflicts;
    if (m_repeat->repeats()) {
        LessonSeriesInput in;
        in.mentorId = mentorId();
        in.enrollmentIds = m_enrollments->checkedEnrollments();
        in.firstStart = start();
        in.plannedMinutes = m_minutes->value();
        in.intervalWeeks = m_repeat->intervalWeeks();
        in.untilDate = m_repeat->untilDate();
        in.count = m_repeat->count();
        in.skippedDates = m_repeat->skippedDates();
        in.location = m_location->text();
        in.allowConflicts = m_conflicts->allowConflicts();
        auto created = service.createSeries(in, &conflicts);
        if (!created) {
            showError(created.error());
            return false;
        }
        m_created = created->lessons;
    } else {
        LessonInput in;
        in.mentorId = mentorId();
        in.enrollmentIds = m_enrollments->checkedEnrollments();
        in.start = start();
        in.plannedMinutes = m_minutes->value();
        in.location = m_location->text();
        in.notes = m_notes->toPlainText();
        in.allowConflicts = m_conflicts->allowConflicts();
        auto created = service.create(in, &conflicts);
        if (!created) {
            showError(created.error());
            return false;
        }
        m_created = {*created};
    }
    m_session.notifyDataChanged();
    return true;
}

void NewLessonDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

void NewLessonDialog::showError(const Error& error)
{
    if (error.code == ErrorCode::Conflict && error.field != QStringLiteral("enrollment")) {
        QLabel* label = m_errors.value(QStringLiteral("general"));
        // Why: the clashes are listed above already; the service's long message would repeat them.
        label->setText(tr("The lesson clashes with %n booked lesson(s). Tick “Save anyway” to schedule it "
                          "despite the clashes, or choose another time.",
                          nullptr, static_cast<int>(std::max<qsizetype>(1, m_conflicts->conflicts().size()))));
        label->setVisible(true);
        return;
    }
    if (kRepeatKeys.contains(error.field)) {
        m_repeat->showError(error.message);
        return;
    }
    QLabel* label = m_errors.value(error.field, m_errors.value(QStringLiteral("general")));
    label->setText(error.message);
    label->setVisible(true);
}

void NewLessonDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->setVisible(false);
    }
    m_repeat->showError(QString());
}

QString NewLessonDialog::errorFor(const QString& fieldKey) const
{
    if (kRepeatKeys.contains(fieldKey)) {
        return m_repeat->errorText();
    }
    const QLabel* label = m_errors.value(fieldKey, nullptr);
    return label ? label->text() : QString();
}

} // namespace mentordesk
