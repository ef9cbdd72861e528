// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarView.h"
#include "common/Result.h"
#include "people/Mentor.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace mentordesk {

class StudioSession;

enum class CalendarMode
{
    Week,
    Day,
};

/// The local days a calendar shows, both inclusive.
struct CalendarRange
{
    QDate first;
    QDate last;
};

/// Reads what the calendar shows: the mentors and the lessons of the visible range only (one ranged,
/// indexed query per page of 500 lessons — never the whole table), and turns them into columns and blocks
/// in the studio's time zone.
class CalendarLoader final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarLoader)

public:
    explicit CalendarLoader(StudioSession& session);

    /// The week (starting on `firstDay`) or the day containing `anchor`.
    [[nodiscard]] static CalendarRange rangeFor(CalendarMode mode, const QDate& anchor, Qt::DayOfWeek firstDay);

    /// Reloads the mentor list (active ones, plus archived ones that still have lessons in view).
    Result<void> loadMentors();
    /// Loads the lessons of `range` (all mentors, or only `mentorId`) and builds columns and entries.
    Result<void> load(CalendarMode mode, const CalendarRange& range, const Id& mentorId);

    [[nodiscard]] const QList<Mentor>& mentors() const { return m_mentors; }
    [[nodiscard]] const QList<Lesson>& lessons() const { return m_lessons; }
    [[nodiscard]] const QList<CalendarColumn>& columns() const { return m_columns; }
    [[nodiscard]] const QList<CalendarEntry>& entries() const { return m_entries; }
    /// Lessons read by the last load() (equals lessons().size()).
    [[nodiscard]] int lastFetchCount() const { return static_cast<int>(m_lessons.size()); }
    /// The UTC bounds of the last load()'s query: [from, to).
    [[nodiscard]] QPair<QDateTime, QDateTime> lastQueryRange() const { return m_queryRange; }
    /// Hours the grid needs to show every loaded lesson, at least 07:00–22:00.
    [[nodiscard]] QPair<int, int> hourRange() const;
    /// One lesson with its attendees, or NotFound.
    [[nodiscard]] Result<Lesson> lesson(const Id& id);
    /// Local date of the latest lesson before `nowUtc` (else the first one after), when the studio has any.
    [[nodiscard]] std::optional<QDate> nearestLessonDate(const QDateTime& nowUtc);

private:
    [[nodiscard]] CalendarEntry entryFor(const Lesson& lesson, CalendarMode mode, int column) const;
    [[nodiscard]] QString mentorName(const Id& id, const QString& fallback) const;

    StudioSession& m_session;
    QList<Mentor> m_mentors;
    QHash<Id, int> m_mentorIndex;
    QList<Lesson> m_lessons;
    QList<CalendarColumn> m_columns;
    QList<CalendarEntry> m_entries;
    QPair<QDateTime, QDateTime> m_queryRange;
};

} // namespace mentordesk
