// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonRescheduleTab.h"

#include "calendar/CalendarDates.h"
#include "calendar/CalendarPalette.h"
#include "calendar/LessonConflictList.h"
#include "lessons/ConflictChecker.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"
#include "shell/StudioSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace mentordesk {

LessonRescheduleTab::LessonRescheduleTab(StudioSession& session, const Lesson& lesson, const QList<Mentor>& mentors,
                                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_lesson(lesson)
{
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("newDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(CalendarDates::editFormat(session.format().locale()));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("newTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("newMinutes"));
    m_minutes->setRange(5, 1440);
    m_minutes->setSingleStep(15);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("newMentor"));
    for (const Mentor& m : mentors) {
        if ((m.isArchived() || m.role == MentorRole::FrontDesk) && m.meta.id != lesson.mentorId) {
            continue;
        }
        QPixmap swatch(12, 12);
        swatch.fill(CalendarPalette::mentorColor(m.color));
        m_mentor->addItem(QIcon(swatch), m.name, m.meta.id);
    }
    m_following = new QCheckBox(this);
    m_following->setObjectName(QStringLiteral("thisAndFollowing"));
    m_following->setVisible(lesson.seriesId.has_value());
    m_conflicts = new LessonConflictList(this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rescheduleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyReschedule"));
    m_cancelSeries = new QPushButton(this);
    m_cancelSeries->setObjectName(QStringLiteral("cancelSeries"));
    m_cancelSeries->setVisible(lesson.seriesId.has_value());

    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_minutes);
    when->addStretch(1);
    auto* form = new QFormLayout;
    for (const QString& key : {QStringLiteral("when"), QStringLiteral("mentor")}) {
        m_labels.insert(key, new QLabel(this));
    }
    form->addRow(m_labels.value(QStringLiteral("when")), when);
    form->addRow(m_labels.value(QStringLiteral("mentor")), m_mentor);
    m_labels.value(QStringLiteral("when"))->setBuddy(m_date);
    m_labels.value(QStringLiteral("mentor"))->setBuddy(m_mentor);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelSeries);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(form);
    layout->addWidget(m_following);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    const LocalDateTime local = StudioTimeZone(session.format().timeZone()).toLocal(lesson.startsAt);
    setStart(local);
    m_minutes->setValue(lesson.plannedMinutes);
    setMentor(lesson.mentorId);
    const bool movable = lesson.status == LessonStatus::Scheduled;
    for (QWidget* w : std::initializer_list<QWidget*>{m_date, m_time, m_minutes, m_mentor, m_following, m_apply}) {
        w->setEnabled(movable);
    }

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &LessonRescheduleTab::refreshConflicts);
    const auto later = [this] { m_timer->start(); };
    connect(m_date, &QDateEdit::dateChanged, this, later);
    connect(m_time, &QTimeEdit::timeChanged, this, later);
    connect(m_minutes, &QSpinBox::valueChanged, this, later);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, later);
    connect(m_apply, &QPushButton::clicked, this, &LessonRescheduleTab::apply);
    connect(m_cancelSeries, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Cancel the Rest of the Series"),
            tr("Remove every scheduled lesson of this series from %1 on?\n\nHeld and cancelled lessons stay as "
               "they are.")
                .arg(m_session.format().date(m_date->date())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            cancelRestOfSeries();
        }
    });
    retranslate();
    refreshConflicts();
}

void LessonRescheduleTab::retranslate()
{
    m_labels.value(QStringLiteral("when"))->setText(tr("&New time:"));
    m_labels.value(QStringLiteral("mentor"))->setText(tr("M&entor:"));
    m_date->setToolTip(tr("New day (studio time zone)"));
    m_time->setToolTip(tr("New local start time"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Planned length in minutes"));
    m_mentor->setToolTip(tr("Choose another mentor to have a substitute teach this lesson"));
    m_following->setText(tr("Apply to this and all &following lessons of the series"));
    m_following->setToolTip(tr("Changes the weekly time (and weekday) of the series from this lesson on"));
    m_apply->setText(tr("&Move Lesson"));
    m_cancelSeries->setText(tr("&Cancel the Rest of the Series…"));
    m_cancelSeries->setToolTip(tr("Remove this and every later scheduled lesson of the series"));
    m_info->setText(m_lesson.status == LessonStatus::Scheduled
                        ? tr("Pick a new time; clashes are checked before anything changes.")
                        : tr("This lesson was recorded as “%1”, so its time can no longer change.")
                              .arg(lessonStatusDisplayName(m_lesson.status)));
}

void LessonRescheduleTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LessonRescheduleTab::setStart(const LocalDateTime& start)
{
    m_date->setDate(start.date);
    m_time->setTime(start.time);
}

void LessonRescheduleTab::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

void LessonRescheduleTab::setMentor(const Id& mentorId)
{
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(mentorId)));
}

void LessonRescheduleTab::setThisAndFollowing(bool on)
{
    m_following->setChecked(on);
}

LocalDateTime LessonRescheduleTab::start() const
{
    return {m_date->date(), QTime(m_time->time().hour(), m_time->time().minute())};
}

Id LessonRescheduleTab::mentorId() const
{
    return m_mentor->currentData().toString();
}

void LessonRescheduleTab::refreshConflicts()
{
    m_timer->stop();
    if (m_lesson.status != LessonStatus::Scheduled) {
        m_conflicts->setVisible(false);
        return;
    }
    const StudioTimeZone zone(m_session.format().timeZone());
    auto startsAt = zone.toUtc(start(), {QStringLiteral("start"), tr("Start")});
    if (!startsAt) {
        m_conflicts->setUnchecked(startsAt.error().message);
        return;
    }
    // Why: the lesson itself must not count as a clash with its own new time.
    auto found = ConflictChecker(m_session.db(), zone)
                     .check(mentorId(), *startsAt, startsAt->addSecs(qint64(m_minutes->value()) * 60),
                            m_lesson.learnerIds(), m_lesson.meta.id);
    if (!found) {
        m_conflicts->setUnchecked(found.error().message);
        return;
    }
    QStringList lines;
    for (const Conflict& c : std::as_const(*found)) {
        lines.append(LessonConflictList::describe(c, m_session.format()));
    }
    m_conflicts->setConflicts(*found, lines);
}

void LessonRescheduleTab::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LessonRescheduleTab::errorText() const
{
    return m_error->text();
}

QString LessonRescheduleTab::clashMessage(const QList<Conflict>& conflicts) const
{
    QStringList lines = {tr("The new time clashes with %n booked lesson(s). Tick “Save anyway” to move it despite "
                            "the clashes, or choose another time.",
                            nullptr, static_cast<int>(conflicts.size()))};
    for (const Conflict& c : conflicts.mid(0, 5)) {
        lines.append(QStringLiteral("• ") + LessonConflictList::describe(c, m_session.format()));
    }
    return lines.join(u'\n');
}

bool LessonRescheduleTab::apply()
{
    showError(QString());
    refreshConflicts();
    LessonService service(m_session.db(), m_session.clock());
    QList<Conflict> conflicts;
    const bool mentorChanged = mentorId() != m_lesson.mentorId;
    if (m_following->isChecked() && m_lesson.seriesId) {
        SeriesEditInput in;
        in.fromLessonId = m_lesson.meta.id;
        in.startTime = start().time;
        in.weekday = start().date.dayOfWeek();
        in.plannedMinutes = m_minutes->value();
        if (mentorChanged) {
            in.mentorId = mentorId();
        }
        in.allowConflicts = m_conflicts->allowConflicts();
        auto edited = service.editThisAndFollowing(in, &conflicts);
        if (!edited) {
            showError(edited.error().code == ErrorCode::Conflict && !conflicts.isEmpty() ? clashMessage(conflicts)
                                                                                         : edited.error().message);
            return false;
        }
        m_session.notifyDataChanged();
        emit lessonChanged(tr("Moved this and %n following lesson(s).", nullptr,
                              std::max(0, static_cast<int>(edited->lessons.size()) - 1)));
        return true;
    }
    RescheduleInput in;
    in.start = start();
    in.plannedMinutes = m_minutes->value();
    if (mentorChanged) {
        in.mentorId = mentorId();
    }
    in.allowConflicts = m_conflicts->allowConflicts();
    auto moved = service.reschedule(m_lesson.meta.id, in, &conflicts);
    if (!moved) {
        showError(moved.error().code == ErrorCode::Conflict ? clashMessage(conflicts) : moved.error().message);
        return false;
    }
    m_session.notifyDataChanged();
    emit lessonChanged(tr("Moved the lesson to %1.").arg(m_session.format().dateTime(moved->startsAt)));
    return true;
}

bool LessonRescheduleTab::cancelRestOfSeries()
{
    showError(QString());
    if (!m_lesson.seriesId) {
        return false;
    }
    const QDate from = StudioTimeZone(m_session.format().timeZone()).toLocal(m_lesson.startsAt).date;
    auto cancelled = LessonService(m_session.db(), m_session.clock()).cancelSeriesFrom(*m_lesson.seriesId, from);
    if (!cancelled) {
        showError(cancelled.error().message);
        return false;
    }
    m_session.notifyDataChanged();
    emit lessonChanged(tr("Removed %n scheduled lesson(s) of the series.", nullptr, cancelled->removedLessons));
    return true;
}

} // namespace mentordesk
