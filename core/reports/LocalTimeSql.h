// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

namespace mentordesk {

/// A piece of SQL with its positional parameters, to be bound in order.
struct SqlFragment
{
    QString sql;
    QVariantList binds;
};

/// Turns stored UTC instants ("2026-11-20T09:00:00Z") into wall-clock readings of the studio's
/// time zone inside SQL, so reports can GROUP BY local day, week or month in the database.
///
/// SQLite knows no time zones, so the zone's UTC offsets over [fromUtc, toUtc) are written into the
/// query as a CASE over the daylight-saving transitions (one branch per period; a zone without
/// transitions in the range gives a single bound modifier). Instants outside the range get the
/// offset of the nearest period — callers filter rows by the same range.
class LocalTimeSql final
{
public:
    LocalTimeSql(const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc);

    /// The SQLite date modifier of `column`'s offset, e.g. "?" bound to "+3600 seconds".
    [[nodiscard]] SqlFragment offsetModifier(const QString& column) const;
    /// Local "YYYY-MM-DD" of `column`.
    [[nodiscard]] SqlFragment localDate(const QString& column) const;
    /// Local "YYYY-MM-DD" of the first day of `column`'s week; `weekStartsOn` 1 = Monday … 7 = Sunday.
    [[nodiscard]] SqlFragment weekStart(const QString& column, int weekStartsOn) const;
    /// Local "YYYY-MM-01" of `column`'s month.
    [[nodiscard]] SqlFragment monthStart(const QString& column) const;

    /// Number of offset periods in the range (1 when the offset never changes).
    [[nodiscard]] int periodCount() const { return static_cast<int>(m_offsets.size()); }

    /// The SQLite modifier for an offset in seconds: "+3600 seconds", "-18000 seconds".
    [[nodiscard]] static QString modifier(int offsetSeconds);

private:
    [[nodiscard]] SqlFragment wrap(const QString& function, const QString& column, const QStringList& extra) const;

    QList<QDateTime> m_boundaries; ///< UTC instants where a new offset starts (size = offsets − 1)
    QList<int> m_offsets;          ///< seconds east of UTC, one per period
};

} // namespace mentordesk
