// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarPage.h"

#include "calendar/CalendarDates.h"
#include "calendar/CalendarIcsDialog.h"
#include "calendar/CalendarLegend.h"
#include "calendar/CalendarMentorFilter.h"
#include "calendar/CalendarPageTexts.h"
#include "calendar/LessonDialog.h"
#include "calendar/NewLessonDialog.h"
#include "common/Clock.h"
#include "common/GlyphIconEngine.h"
#include "shell/StudioSession.h"

#include <QAction>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace mentordesk {

CalendarPage::CalendarPage(StudioSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_loader(std::make_unique<CalendarLoader>(session))
{
    setObjectName(QStringLiteral("CalendarPage"));
    m_anchor = today();
    buildUi();
    retranslate();
    const auto changed = [this] {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    };
    connect(&session, &StudioSession::dataChanged, this, changed);
    connect(&session, &StudioSession::settingsChanged, this, changed);
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::buildUi()
{
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previous"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setArrowType(Qt::RightArrow);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("today"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(CalendarDates::editFormat(m_session.format().locale()));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    QFont bold = m_rangeLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_rangeLabel->setFont(bold);
    m_rangeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rangeLabel->setMinimumWidth(120);
    m_week = new QToolButton(this);
    m_week->setObjectName(QStringLiteral("weekMode"));
    m_day = new QToolButton(this);
    m_day->setObjectName(QStringLiteral("dayMode"));
    for (QToolButton* b : {m_week, m_day}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_week->setChecked(true);
    m_mentor = new CalendarMentorFilter(this);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newLesson"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportIcs"));
    m_view = new CalendarView(this);
    m_view->setLocale(m_session.format().locale());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setFocusProxy(m_view);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setEnabled(false);

    auto* bar = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_previous, m_today, m_next, m_date}) {
        bar->addWidget(w);
    }
    bar->addWidget(m_rangeLabel, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_week, m_day, m_mentor, m_new, m_export}) {
        bar->addWidget(w);
    }
    auto* legend = new QHBoxLayout;
    legend->addWidget(new CalendarLegend(this));
    legend->addStretch(1);
    legend->addWidget(m_hint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addLayout(legend);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, &CalendarPage::goPrevious);
    connect(m_next, &QToolButton::clicked, this, &CalendarPage::goNext);
    connect(m_today, &QPushButton::clicked, this, &CalendarPage::goToday);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (date != m_anchor) {
            setAnchor(date);
        }
    });
    connect(m_week, &QToolButton::clicked, this, [this] { setMode(CalendarMode::Week); });
    connect(m_day, &QToolButton::clicked, this, [this] { setMode(CalendarMode::Day); });
    connect(m_mentor, &QComboBox::activated, this, [this] { setMentorFilter(m_mentor->currentData().toString()); });
    connect(m_new, &QPushButton::clicked, this, &CalendarPage::newLessonAtSelection);
    connect(m_export, &QPushButton::clicked, this, &CalendarPage::exportIcs);
    connect(m_view, &CalendarView::slotActivated, this, &CalendarPage::openSlot);
    connect(m_view, &CalendarView::lessonActivated, this, &CalendarPage::openLesson);
    connect(m_view, &CalendarView::summaryActivated, this, &CalendarPage::openSummary);
    connect(m_view, &CalendarView::densityChanged, this, &CalendarPage::updateHint);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), &CalendarPage::goPrevious);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), &CalendarPage::goNext);
    shortcut(QKeySequence(Qt::Key_T), &CalendarPage::goToday);
    shortcut(QKeySequence(Qt::Key_W), [this] { setMode(CalendarMode::Week); });
    shortcut(QKeySequence(Qt::Key_D), [this] { setMode(CalendarMode::Day); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &CalendarPage::newLessonAtSelection);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &CalendarPage::exportIcs);
    const QList<QWidget*> order = {m_previous, m_today,  m_next, m_date,   m_week,
                                   m_day,      m_mentor, m_new,  m_export, m_view};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
}

QString CalendarPage::title()
{
    return tr("Calendar");
}

QIcon CalendarPage::icon()
{
    return GlyphIconEngine::icon(Glyph::Calendar);
}

void CalendarPage::retranslate()
{
    m_previous->setToolTip(tr("Previous week or day (Ctrl+Left)"));
    m_next->setToolTip(tr("Next week or day (Ctrl+Right)"));
    m_today->setText(tr("&Today"));
    m_today->setToolTip(tr("Go to today (T)"));
    m_date->setToolTip(tr("Jump to a date"));
    m_week->setText(tr("Week"));
    m_week->setToolTip(tr("Seven days side by side (W)"));
    m_day->setText(tr("Day"));
    m_day->setToolTip(tr("One day, one column per mentor (D)"));
    m_mentor->setToolTip(tr("Show the lessons of all mentors or of one"));
    m_new->setText(tr("&New Lesson…"));
    m_new->setToolTip(tr("Schedule a lesson or a weekly series at the selected time (Ctrl+Shift+N)"));
    m_export->setText(tr("E&xport iCalendar…"));
    m_export->setToolTip(tr("Save a mentor's lessons as an .ics file for calendar apps (Ctrl+Shift+E)"));
    m_mentor->retranslate();
    updateTexts();
}

void CalendarPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_activated) {
            reload();
        }
    }
    Page::changeEvent(event);
}

QDate CalendarPage::today() const
{
    return m_session.format().toLocal(m_session.clock().nowUtc()).date();
}

CalendarRange CalendarPage::range() const
{
    return CalendarLoader::rangeFor(m_mode, m_anchor, m_session.format().locale().firstDayOfWeek());
}

void CalendarPage::fillMentors()
{
    if (auto ok = m_loader->loadMentors(); !ok) {
        m_hint->setText(ok.error().message);
    }
    m_mentor->fill(m_loader->mentors(), m_mentorFilter);
}

void CalendarPage::reload()
{
    m_stale = false;
    fillMentors();
    const CalendarRange r = range();
    if (auto ok = m_loader->load(m_mode, r, m_mentorFilter); !ok) {
        m_view->setEmptyText(ok.error().message);
    }
    const auto [first, last] = m_loader->hourRange();
    m_view->setHours(first, last);
    m_view->setColumns(m_loader->columns());
    m_view->setEntries(m_loader->entries());
    updateTexts();
}

void CalendarPage::updateTexts()
{
    m_rangeLabel->setText(CalendarPageTexts::rangeTitle(m_mode, range(), m_session.format().locale()));
    m_rangeLabel->setToolTip(tr("%n lesson(s) shown", nullptr, static_cast<int>(m_loader->entries().size())));
    {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(m_anchor);
    }
    m_view->setEmptyText(CalendarPageTexts::emptyText(m_mode, !m_view->columns().isEmpty()));
    updateHint();
}

void CalendarPage::updateHint()
{
    const bool dense = !m_view->summaries().isEmpty();
    m_hint->setEnabled(dense);
    m_hint->setText(CalendarPageTexts::hint(m_mode, dense));
}

void CalendarPage::openSummary(int column)
{
    const CalendarColumn c = m_view->columns().value(column);
    if (m_mode == CalendarMode::Week) {
        m_anchor = c.date.isValid() ? c.date : m_anchor;
        setMode(CalendarMode::Day);
    } else if (!c.mentorId.isEmpty() && c.mentorId != m_mentorFilter) {
        setMentorFilter(c.mentorId);
    }
}

void CalendarPage::activate()
{
    if (!m_activated) {
        m_activated = true;
        reload();
        // Why: a studio whose lessons all lie elsewhere (an old backup, the demo on another day) would open
        // on an empty week; show the nearest week with lessons instead.
        if (m_loader->entries().isEmpty() && m_mentorFilter.isEmpty()) {
            if (auto nearest = m_loader->nearestLessonDate(m_session.clock().nowUtc()); nearest) {
                m_anchor = *nearest;
                reload();
            }
        }
    } else if (m_stale) {
        reload();
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void CalendarPage::focusSearch()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
}

bool CalendarPage::showRecord(const QString& kind, const QString& id)
{
    if (kind == u"calendar") { // the page itself (Today's "First steps")
        return true;
    }
    if (kind != u"lesson") {
        return false;
    }
    auto lesson = m_loader->lesson(id);
    if (!lesson) {
        return false;
    }
    m_activated = true;
    m_anchor = m_session.format().toLocal(lesson->startsAt).date();
    if (!m_mentorFilter.isEmpty() && m_mentorFilter != lesson->mentorId) {
        m_mentorFilter.clear();
    }
    reload();
    const auto& entries = m_loader->entries();
    for (const CalendarEntry& e : entries) {
        if (e.lesson.meta.id == id) {
            m_view->setSelectedSlot({e.column, e.startMinute - e.startMinute % CalendarView::kSlotMinutes});
            m_scroll->ensureVisible(0, int(m_view->slotRect(*m_view->selectedSlot()).center().y()), 0, 120);
            break;
        }
    }
    return true;
}

void CalendarPage::setMode(CalendarMode mode)
{
    m_mode = mode;
    m_week->setChecked(mode == CalendarMode::Week);
    m_day->setChecked(mode == CalendarMode::Day);
    reload();
}

void CalendarPage::setAnchor(const QDate& date)
{
    if (!date.isValid()) {
        return;
    }
    m_anchor = date;
    reload();
}

void CalendarPage::setMentorFilter(const Id& mentorId)
{
    m_mentorFilter = mentorId;
    reload();
}

void CalendarPage::goPrevious()
{
    setAnchor(m_anchor.addDays(m_mode == CalendarMode::Week ? -7 : -1));
}

void CalendarPage::goNext()
{
    setAnchor(m_anchor.addDays(m_mode == CalendarMode::Week ? 7 : 1));
}

void CalendarPage::goToday()
{
    setAnchor(today());
}

std::pair<LocalDateTime, Id> CalendarPage::slotTarget(const CalendarSlot& slot) const
{
    const auto& columns = m_view->columns();
    if (slot.column < 0 || slot.column >= columns.size()) {
        return {{m_anchor, QTime(slot.minute / 60, slot.minute % 60)}, m_mentorFilter};
    }
    const CalendarColumn& c = columns[slot.column];
    const Id mentor = c.mentorId.isEmpty() ? m_mentorFilter : c.mentorId;
    return {{c.date, QTime(slot.minute / 60, slot.minute % 60)}, mentor};
}

void CalendarPage::openSlot(const CalendarSlot& slot)
{
    const auto [start, mentor] = slotTarget(slot);
    NewLessonDialog dialog(m_session, m_loader->mentors(), mentor, start, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void CalendarPage::newLessonAtSelection()
{
    const int hour = std::max(m_view->firstHour(), 9);
    openSlot(m_view->selectedSlot().value_or(CalendarSlot{0, hour * 60}));
}

void CalendarPage::openLesson(const QString& lessonId)
{
    auto lesson = m_loader->lesson(lessonId);
    if (!lesson) {
        m_hint->setText(lesson.error().message);
        return;
    }
    LessonDialog dialog(m_session, *lesson, m_loader->mentors(), this);
    dialog.exec();
    reload();
}

void CalendarPage::exportIcs()
{
    Id mentor = m_mentorFilter;
    if (mentor.isEmpty() && !m_loader->mentors().isEmpty()) {
        mentor = m_loader->mentors().first().meta.id;
    }
    const CalendarRange r = range();
    CalendarIcsDialog dialog(m_session, m_loader->mentors(), mentor, r.first, r.last, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_hint->setText(tr("Exported %n lesson(s) to %1.", nullptr, dialog.exportedLessons()).arg(dialog.filePath()));
    }
}

} // namespace mentordesk
