// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>

namespace mentordesk {

/// A wall-clock reading in the studio's time zone, with no zone attached ("2026-02-03 17:00").
/// StudioTimeZone turns it into a UTC instant (refusing times that do not exist on that day).
struct LocalDateTime
{
    QDate date;
    QTime time;

    [[nodiscard]] bool isValid() const { return date.isValid() && time.isValid(); }
    friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
};

} // namespace mentordesk
