// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarLoader.h"

#include "calendar/CalendarPalette.h"
#include "common/Clock.h"
#include "lessons/LessonService.h"
#include "lessons/StudioTimeZone.h"
#include "people/MentorService.h"
#include "shell/StudioSession.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

namespace {
constexpr int kBatch = 500;
constexpr int kDefaultFirstHour = 7;
constexpr int kDefaultLastHour = 22;
} // namespace

CalendarLoader::CalendarLoader(StudioSession& session)
    : m_session(session)
{}

CalendarRange CalendarLoader::rangeFor(CalendarMode mode, const QDate& anchor, Qt::DayOfWeek firstDay)
{
    if (mode == CalendarMode::Day) {
        return {anchor, anchor};
    }
    const int back = (anchor.dayOfWeek() - static_cast<int>(firstDay) + 7) % 7;
    const QDate first = anchor.addDays(-back);
    return {first, first.addDays(6)};
}

Result<void> CalendarLoader::loadMentors()
{
    MentorFilter filter;
    filter.includeArchived = true;
    auto page = MentorService(m_session.db(), m_session.clock()).list(filter, {0, 10000});
    if (!page) {
        return fail(page.error());
    }
    m_mentors = page->items;
    std::sort(m_mentors.begin(), m_mentors.end(),
              [](const Mentor& a, const Mentor& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    m_mentorIndex.clear();
    for (qsizetype i = 0; i < m_mentors.size(); ++i) {
        m_mentorIndex.insert(m_mentors[i].meta.id, static_cast<int>(i));
    }
    return {};
}

QString CalendarLoader::mentorName(const Id& id, const QString& fallback) const
{
    const int i = m_mentorIndex.value(id, -1);
    return i >= 0 ? m_mentors[i].name : fallback;
}

Result<void> CalendarLoader::load(CalendarMode mode, const CalendarRange& range, const Id& mentorId)
{
    const StudioTimeZone zone(m_session.format().timeZone());
    LessonFilter filter;
    filter.fromUtc = zone.startOfDayUtc(range.first);
    filter.toUtc = zone.startOfDayUtc(range.last.addDays(1));
    filter.mentorId = mentorId;
    m_queryRange = {filter.fromUtc, filter.toUtc};
    LessonService service(m_session.db(), m_session.clock());
    m_lessons.clear();
    for (int offset = 0;; offset += kBatch) {
        auto page = service.list(filter, {offset, kBatch});
        if (!page) {
            return fail(page.error());
        }
        m_lessons.append(page->items);
        if (page->items.size() < kBatch || m_lessons.size() >= page->total) {
            break;
        }
    }

    const QDate today = m_session.format().toLocal(m_session.clock().nowUtc()).date();
    const QLocale& locale = m_session.format().locale();
    m_columns.clear();
    QHash<QString, int> columnOf; // ISO date (week) or mentor id (day)
    if (mode == CalendarMode::Week) {
        for (QDate d = range.first; d <= range.last; d = d.addDays(1)) {
            CalendarColumn c;
            c.date = d;
            c.title = tr("%1 %2", "weekday, day of month")
                          .arg(locale.dayName(d.dayOfWeek(), QLocale::ShortFormat), locale.toString(d.day()));
            c.toolTip = locale.toString(d, QLocale::LongFormat);
            c.highlighted = d == today;
            columnOf.insert(d.toString(Qt::ISODate), static_cast<int>(m_columns.size()));
            m_columns.append(c);
        }
    } else {
        QSet<Id> withLessons;
        for (const Lesson& l : std::as_const(m_lessons)) {
            withLessons.insert(l.mentorId);
        }
        for (const Mentor& m : std::as_const(m_mentors)) {
            const bool teaches = !m.isArchived() && m.role != MentorRole::FrontDesk;
            if ((!mentorId.isEmpty() && m.meta.id != mentorId) || (!teaches && !withLessons.contains(m.meta.id))) {
                continue;
            }
            CalendarColumn c;
            c.date = range.first;
            c.mentorId = m.meta.id;
            c.title = m.name;
            c.toolTip = m.name;
            c.accent = CalendarPalette::mentorColor(m.color);
            columnOf.insert(m.meta.id, static_cast<int>(m_columns.size()));
            m_columns.append(c);
        }
    }
    m_entries.clear();
    for (const Lesson& l : std::as_const(m_lessons)) {
        const QDate date = m_session.format().toLocal(l.startsAt).date();
        const int column = columnOf.value(mode == CalendarMode::Week ? date.toString(Qt::ISODate) : l.mentorId, -1);
        if (column >= 0) {
            m_entries.append(entryFor(l, mode, column));
        }
    }
    return {};
}

CalendarEntry CalendarLoader::entryFor(const Lesson& l, CalendarMode mode, int column) const
{
    const Formatter& f = m_session.format();
    const QDateTime start = f.toLocal(l.startsAt);
    CalendarEntry e;
    e.lesson = l;
    e.column = column;
    e.startMinute = start.time().hour() * 60 + start.time().minute();
    e.endMinute = std::min(24 * 60, e.startMinute + l.plannedMinutes);
    const int mentor = m_mentorIndex.value(l.mentorId, -1);
    e.mentorColor = CalendarPalette::mentorColor(mentor >= 0 ? m_mentors[mentor].color : QString());
    e.mentorName = mentorName(l.mentorId, l.mentorName);
    QStringList names;
    for (const Attendee& a : l.attendees) {
        names.append(a.learnerName);
    }
    const QString learners = names.isEmpty() ? tr("(no learners)") : names.join(QStringLiteral(", "));
    // Why: the block's position already says when; names come first so narrow blocks stay useful.
    e.title = learners;
    QStringList details = {mode == CalendarMode::Week
                               ? f.time(l.startsAt)
                               : tr("%1–%2", "time range").arg(f.time(l.startsAt), f.time(l.endsAt()))};
    if (mode == CalendarMode::Week) {
        details.append(mentorName(l.mentorId, l.mentorName));
    }
    if (l.status != LessonStatus::Scheduled) {
        details.append(lessonStatusDisplayName(l.status));
    }
    if (!l.location.isEmpty()) {
        details.append(l.location);
    }
    e.subtitle = details.join(QStringLiteral(" · "));
    QStringList tip = {tr("%1–%2", "time range").arg(f.time(l.startsAt), f.time(l.endsAt())), learners,
                       tr("Mentor: %1").arg(mentorName(l.mentorId, l.mentorName)),
                       tr("Status: %1").arg(lessonStatusDisplayName(l.status))};
    if (!l.location.isEmpty()) {
        tip.append(tr("Location: %1").arg(l.location));
    }
    if (l.seriesId) {
        tip.append(tr("Part of a weekly series"));
    }
    if (!l.notes.isEmpty()) {
        tip.append(tr("Notes: %1").arg(l.notes.left(200)));
    }
    e.toolTip = tip.join(u'\n');
    return e;
}

QPair<int, int> CalendarLoader::hourRange() const
{
    int first = kDefaultFirstHour;
    int last = kDefaultLastHour;
    for (const CalendarEntry& e : m_entries) {
        first = std::min(first, e.startMinute / 60);
        last = std::max(last, (e.endMinute + 59) / 60);
    }
    return {first, std::min(24, last)};
}

Result<Lesson> CalendarLoader::lesson(const Id& id)
{
    return LessonService(m_session.db(), m_session.clock()).get(id);
}

std::optional<QDate> CalendarLoader::nearestLessonDate(const QDateTime& nowUtc)
{
    LessonService service(m_session.db(), m_session.clock());
    LessonFilter before;
    before.toUtc = nowUtc;
    auto count = service.list(before, {0, 1});
    if (count && count->total > 0) {
        auto last = service.list(before, {static_cast<int>(std::min<qint64>(count->total - 1, 100'000'000)), 1});
        if (last && !last->items.isEmpty()) {
            return m_session.format().toLocal(last->items.first().startsAt).date();
        }
    }
    LessonFilter after;
    after.fromUtc = nowUtc;
    auto next = service.list(after, {0, 1});
    if (next && !next->items.isEmpty()) {
        return m_session.format().toLocal(next->items.first().startsAt).date();
    }
    return std::nullopt;
}

} // namespace mentordesk
