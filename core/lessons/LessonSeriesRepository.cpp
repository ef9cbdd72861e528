// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonSeriesRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Statement.h"

#include <algorithm>

namespace mentordesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_at, updated_at, updated_by, version, deleted_at, mentor_id, first_starts_at, planned_minutes, "
    "interval_weeks, until_date, occurrence_count, skipped_dates, time_zone");

QString joinDates(QList<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    QStringList parts;
    for (const QDate& d : std::as_const(dates)) {
        parts << toSqlDate(d);
    }
    return parts.join(u',');
}

LessonSeries readSeries(const Statement& s)
{
    LessonSeries r;
    readMeta(s, r.meta);
    r.mentorId = s.text(6);
    r.firstStartsAt = fromSqlTime(s.text(7));
    r.plannedMinutes = static_cast<int>(s.integer(8));
    r.intervalWeeks = static_cast<int>(s.integer(9));
    r.untilDate = fromSqlDate(s.text(10));
    if (!s.isNull(11)) {
        r.occurrenceCount = static_cast<int>(s.integer(11));
    }
    for (const QString& part : s.text(12).split(u',', Qt::SkipEmptyParts)) {
        r.skippedDates.append(fromSqlDate(part));
    }
    r.timeZone = s.text(13);
    return r;
}

void bindFields(Statement& s, const LessonSeries& r)
{
    s.bind(r.mentorId).bind(toSqlTime(r.firstStartsAt)).bind(r.plannedMinutes).bind(r.intervalWeeks);
    s.bindOptional(toSqlDate(r.untilDate));
    s.bind(r.occurrenceCount ? QVariant(*r.occurrenceCount) : QVariant(QMetaType::fromType<int>()));
    s.bind(joinDates(r.skippedDates)).bind(r.timeZone);
}

} // namespace

LessonSeriesRepository::LessonSeriesRepository(Database& db)
    : m_db(db)
{}

Result<void> LessonSeriesRepository::insert(const LessonSeries& r)
{
    auto s = m_db.prepare(QStringLiteral("INSERT INTO lesson_series (") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!s) {
        return fail(s.error());
    }
    bindMeta(*s, r.meta, m_db.deviceId());
    bindFields(*s, r);
    return s->exec();
}

Result<void> LessonSeriesRepository::update(const LessonSeries& r)
{
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE lesson_series SET updated_at = ?, updated_by = ?, version = version + 1, mentor_id = ?, "
        "first_starts_at = ?, planned_minutes = ?, interval_weeks = ?, until_date = ?, occurrence_count = ?, "
        "skipped_dates = ?, time_zone = ? WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(toSqlTime(r.meta.updatedAt)).bind(m_db.deviceId());
    bindFields(*s, r);
    s->bind(r.meta.id).bind(r.meta.version);
    if (auto ok = s->exec(); !ok) {
        return ok;
    }
    if (s->rowsAffected() == 1) {
        return {};
    }
    return versionConflict(m_db, QStringLiteral("lesson_series"), r.meta.id);
}

Result<std::optional<LessonSeries>> LessonSeriesRepository::find(const Id& id)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM lesson_series WHERE id = ? AND deleted_at IS NULL"));
    if (!s) {
        return fail(s.error());
    }
    s->bind(id);
    if (auto ok = s->exec(); !ok) {
        return fail(ok.error());
    }
    if (!s->next()) {
        return std::optional<LessonSeries>();
    }
    return std::optional<LessonSeries>(readSeries(*s));
}

Result<void> LessonSeriesRepository::tombstone(const Id& id, const QDateTime& nowUtc)
{
    return mentordesk::tombstone(m_db, QStringLiteral("lesson_series"), id, nowUtc);
}

} // namespace mentordesk
