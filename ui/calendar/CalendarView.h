// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Lesson.h"

#include <QColor>
#include <QDate>
#include <QWidget>
#include <optional>

namespace mentordesk {

/// One column of the grid: a day (week view) or a mentor (day view).
struct CalendarColumn
{
    QString title;
    QString toolTip;
    QDate date;               ///< the day of the column's lessons
    Id mentorId;              ///< set in the day view: the mentor of the column
    QColor accent;            ///< drawn as a bar under the title (mentor colour); invalid = none
    bool highlighted = false; ///< today
};

/// One lesson block: the lesson (times already in the studio time zone) and where it goes.
struct CalendarEntry
{
    Lesson lesson;
    int column = 0;
    int startMinute = 0; ///< local minutes after midnight
    int endMinute = 0;
    QColor mentorColor;
    QString title;    ///< learner names
    QString subtitle; ///< course / mentor / status line
    QString toolTip;
};

/// A cell of the grid: a column and a start (local minutes after midnight, on the 15-minute grid).
struct CalendarSlot
{
    int column = 0;
    int minute = 0;
    friend bool operator==(const CalendarSlot&, const CalendarSlot&) = default;
};

/// The painted time grid of the calendar: columns × rows of 15 minutes from `firstHour` to `lastHour`,
/// lessons as coloured blocks by status with the mentor's colour as an accent bar. Holds no data access:
/// the page gives it columns and entries. Keyboard: arrows move the selected slot, Enter / double-click
/// opens the lesson under it or asks for a new one.
class CalendarView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSlotMinutes = 15;

    explicit CalendarView(QWidget* parent = nullptr);

    void setHours(int firstHour, int lastHour);
    [[nodiscard]] int firstHour() const { return m_firstHour; }
    [[nodiscard]] int lastHour() const { return m_lastHour; }
    void setColumns(QList<CalendarColumn> columns);
    void setEntries(QList<CalendarEntry> entries);
    [[nodiscard]] const QList<CalendarColumn>& columns() const { return m_columns; }
    [[nodiscard]] const QList<CalendarEntry>& entries() const { return m_entries; }
    /// Shown across the grid when there are no entries.
    void setEmptyText(const QString& text);
    [[nodiscard]] QString emptyText() const { return m_emptyText; }

    [[nodiscard]] std::optional<CalendarSlot> slotAt(const QPoint& pos) const;
    /// Index into entries() of the block at `pos`, or -1.
    [[nodiscard]] int entryAt(const QPoint& pos) const;
    /// Index of the (first) entry covering `slot`, or -1.
    [[nodiscard]] int entryAt(const CalendarSlot& slot) const;
    [[nodiscard]] QRectF entryRect(int index) const;
    [[nodiscard]] QRectF slotRect(const CalendarSlot& slot) const;
    [[nodiscard]] std::optional<CalendarSlot> selectedSlot() const { return m_selected; }
    void setSelectedSlot(const CalendarSlot& slot);
    /// Opens what the selected slot holds: lessonActivated or slotActivated.
    void activateSelection();

    /// Geometry of the grid in widget coordinates.
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] int axisWidth() const;
    [[nodiscard]] double columnWidth() const;
    [[nodiscard]] double pixelsPerMinute() const;
    /// The y coordinate of local minute `minute` after midnight.
    [[nodiscard]] double yFor(int minute) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void slotActivated(const mentordesk::CalendarSlot& slot);
    void lessonActivated(const QString& lessonId);
    void lessonSelected(const QString& lessonId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layoutEntries();

    int m_firstHour = 7;
    int m_lastHour = 22;
    QList<CalendarColumn> m_columns;
    QList<CalendarEntry> m_entries;
    QList<QPair<int, int>> m_placements; ///< lane, lanes per entry
    QString m_emptyText;
    std::optional<CalendarSlot> m_selected;
    int m_selectedEntry = -1;
};

} // namespace mentordesk
