// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarLayout.h"
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
    QString mentorName;
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
/// lessons as coloured blocks by status with the mentor's colour as an accent bar. Overlapping lessons share
/// their column in lanes; when the lanes would be narrower than minimumLaneWidth() the group is drawn as
/// one summary block ("N lessons" with a status bar) instead. Holds no data access: the page gives it
/// columns and entries. Keyboard: arrows move the selected slot, Enter / double-click opens the lesson under
/// it, the summary under it (summaryActivated) or asks for a new one.
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
    /// The block of entry `index`; empty when the entry is drawn inside a summary.
    [[nodiscard]] QRectF entryRect(int index) const;
    /// The summary group entry `index` is counted in, or -1 when it has its own block.
    [[nodiscard]] int summaryOf(int index) const;
    [[nodiscard]] const QList<CalendarSummaryGroup>& summaries() const { return m_layout.summaries; }
    [[nodiscard]] QRectF summaryRect(int index) const;
    /// Index into summaries() of the summary block at `pos` / covering `slot`, or -1.
    [[nodiscard]] int summaryAt(const QPoint& pos) const;
    [[nodiscard]] int summaryAt(const CalendarSlot& slot) const;
    [[nodiscard]] int selectedSummary() const { return m_selectedSummary; }
    /// Narrowest lane a lesson block is drawn in (a few characters of a name); narrower groups are summarised.
    [[nodiscard]] double minimumLaneWidth() const;
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
    /// A summary block of column `column` was double-clicked or Enter was pressed on it.
    void summaryActivated(int column);
    /// Summary blocks appeared or all went away (the widget was resized, other entries were set).
    void densityChanged(bool hasSummaries);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void layoutEntries();

    int m_firstHour = 7;
    int m_lastHour = 22;
    QList<CalendarColumn> m_columns;
    QList<CalendarEntry> m_entries;
    CalendarArrangement m_layout; ///< placements per entry and the summary groups
    QString m_emptyText;
    std::optional<CalendarSlot> m_selected;
    int m_selectedEntry = -1;
    int m_selectedSummary = -1;
};

} // namespace mentordesk
