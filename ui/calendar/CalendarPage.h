// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarLoader.h"
#include "shell/Page.h"

#include <QDate>
#include <memory>

class QDateEdit;
class QLabel;
class QScrollArea;
class QToolButton;
class QPushButton;

namespace mentordesk {

class CalendarMentorFilter;
class StudioSession;

/// "Calendar": a week view (columns = days) and a day view (columns = mentors) of the lessons, painted by
/// CalendarView from only the visible range. Double-click or Enter on a free time schedules a lesson or
/// series; on a lesson it opens the attendance/reschedule dialog; on a summary block (too many parallel lessons
/// to draw side by side) it opens that day, or shows only that mentor. Shows records of kind "lesson".
class CalendarPage final : public Page
{
    Q_OBJECT

public:
    explicit CalendarPage(StudioSession& session, QWidget* parent = nullptr);
    ~CalendarPage() override;

    [[nodiscard]] QString pageId() const override { return QStringLiteral("calendar"); }
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;
    /// "lesson": selects the lesson in its week; "calendar": just the page.
    bool showRecord(const QString& kind, const QString& id) override;

    void setMode(CalendarMode mode);
    [[nodiscard]] CalendarMode mode() const { return m_mode; }
    void setAnchor(const QDate& date);
    [[nodiscard]] QDate anchor() const { return m_anchor; }
    [[nodiscard]] CalendarRange range() const;
    void setMentorFilter(const Id& mentorId);
    void goPrevious();
    void goNext();
    void goToday();
    /// Reloads the visible range from the database.
    void reload();

    [[nodiscard]] CalendarView* view() const { return m_view; }
    [[nodiscard]] const CalendarLoader& loader() const { return *m_loader; }
    /// The local start and mentor a slot of the grid stands for.
    [[nodiscard]] std::pair<LocalDateTime, Id> slotTarget(const CalendarSlot& slot) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void fillMentors();
    void updateTexts();
    void openSlot(const CalendarSlot& slot);
    void openLesson(const QString& lessonId);
    /// A summary block was activated: the week view opens that day, the day view shows only that mentor.
    void openSummary(int column);
    /// The tip beside the legend: greyed as a standing tip, in full colour when it explains summary blocks.
    void updateHint();
    void exportIcs();
    void newLessonAtSelection();
    [[nodiscard]] QDate today() const;

    StudioSession& m_session;
    std::unique_ptr<CalendarLoader> m_loader;
    CalendarMode m_mode = CalendarMode::Week;
    QDate m_anchor;
    Id m_mentorFilter;
    bool m_activated = false;
    bool m_stale = true;
    CalendarView* m_view = nullptr;
    QScrollArea* m_scroll = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QPushButton* m_today = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QToolButton* m_week = nullptr;
    QToolButton* m_day = nullptr;
    CalendarMentorFilter* m_mentor = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace mentordesk
