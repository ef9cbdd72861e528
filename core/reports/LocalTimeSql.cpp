// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/LocalTimeSql.h"

#include "storage/Statement.h"

namespace mentordesk {

LocalTimeSql::LocalTimeSql(const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    m_offsets.append(tz.offsetFromUtc(fromUtc));
    if (!tz.hasTransitions() || !fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc) {
        return;
    }
    for (const QTimeZone::OffsetData& t : tz.transitions(fromUtc, toUtc)) {
        if (t.atUtc <= fromUtc || t.atUtc >= toUtc || t.offsetFromUtc == m_offsets.constLast()) {
            continue;
        }
        m_boundaries.append(t.atUtc.toUTC());
        m_offsets.append(t.offsetFromUtc);
    }
}

QString LocalTimeSql::modifier(int offsetSeconds)
{
    return (offsetSeconds < 0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(qAbs(offsetSeconds)) +
           QStringLiteral(" seconds");
}

SqlFragment LocalTimeSql::offsetModifier(const QString& column) const
{
    SqlFragment f;
    if (m_boundaries.isEmpty()) {
        f.sql = QStringLiteral("?");
        f.binds.append(modifier(m_offsets.constFirst()));
        return f;
    }
    f.sql = QStringLiteral("CASE");
    for (qsizetype i = 0; i < m_boundaries.size(); ++i) {
        f.sql += QStringLiteral(" WHEN ") + column + QStringLiteral(" < ? THEN ?");
        f.binds.append(toSqlTime(m_boundaries[i]));
        f.binds.append(modifier(m_offsets[i]));
    }
    f.sql += QStringLiteral(" ELSE ? END");
    f.binds.append(modifier(m_offsets.constLast()));
    return f;
}

SqlFragment LocalTimeSql::wrap(const QString& function, const QString& column, const QStringList& extra) const
{
    SqlFragment f = offsetModifier(column);
    QString sql = function + u'(' + column + QStringLiteral(", ") + f.sql;
    for (const QString& e : extra) {
        sql += QStringLiteral(", ?");
        f.binds.append(e);
    }
    f.sql = sql + u')';
    return f;
}

SqlFragment LocalTimeSql::localDate(const QString& column) const
{
    return wrap(QStringLiteral("date"), column, {});
}

SqlFragment LocalTimeSql::weekStart(const QString& column, int weekStartsOn) const
{
    // Why: SQLite's "weekday N" moves forward to the next day with weekday N (0 = Sunday) unless the
    // date already is one; going back six days first lands on the start of the date's own week.
    const int sqliteWeekday = ((weekStartsOn % 7) + 7) % 7;
    return wrap(QStringLiteral("date"), column,
                {QStringLiteral("-6 days"), QStringLiteral("weekday ") + QString::number(sqliteWeekday)});
}

SqlFragment LocalTimeSql::monthStart(const QString& column) const
{
    return wrap(QStringLiteral("date"), column, {QStringLiteral("start of month")});
}

} // namespace mentordesk
