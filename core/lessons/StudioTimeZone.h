// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Validation.h"
#include "lessons/LocalDateTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace mentordesk {

class Clock;
class Database;

/// Converts between UTC instants (what is stored) and wall-clock readings in the studio's time zone
/// (what users type and read). Daylight-saving aware: 17:00 stays 17:00 local across a DST change.
class StudioTimeZone final
{
    Q_DECLARE_TR_FUNCTIONS(StudioTimeZone)

public:
    /// `zone` must be valid.
    explicit StudioTimeZone(QTimeZone zone);

    /// The zone of the studio's settings (IANA id such as "Europe/Berlin").
    [[nodiscard]] static Result<StudioTimeZone> forStudio(Database& db, const Clock& clock);
    /// The zone named by an IANA id; Invalid naming `field` when the id is unknown.
    [[nodiscard]] static Result<StudioTimeZone> fromId(const QString& ianaId, const Field& field);

    [[nodiscard]] const QTimeZone& zone() const { return m_zone; }
    /// The IANA id, e.g. "Europe/Berlin".
    [[nodiscard]] QString id() const;

    /// The UTC instant of a local wall-clock time. A time that does not exist (skipped by the
    /// spring-forward change) is refused with an Invalid error naming `field`. A time that exists
    /// twice (the repeated autumn hour) is taken as the first of the two.
    [[nodiscard]] Result<QDateTime> toUtc(const LocalDateTime& local, const Field& field) const;
    /// The local wall-clock reading of a UTC instant.
    [[nodiscard]] LocalDateTime toLocal(const QDateTime& utc) const;
    /// "yyyy-MM-dd HH:mm" in this zone; empty for an invalid instant.
    [[nodiscard]] QString format(const QDateTime& utc) const;
    /// The first instant of a local calendar day, in UTC.
    [[nodiscard]] QDateTime startOfDayUtc(const QDate& date) const;

    /// Parses "YYYY-MM-DD HH:MM" (a 'T' may separate date and time).
    [[nodiscard]] static Result<LocalDateTime> parse(const QString& text, const Field& field);
    /// Parses "HH:MM".
    [[nodiscard]] static Result<QTime> parseTime(const QString& text, const Field& field);

private:
    QTimeZone m_zone;
};

} // namespace mentordesk
