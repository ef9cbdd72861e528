// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk {

/// One weekly time window in which a mentor can teach, in the studio's time zone.
struct AvailabilitySlot
{
    int weekday = 1;     ///< 1 = Monday … 7 = Sunday
    int startMinute = 0; ///< minutes after midnight, 0–1439
    int endMinute = 60;  ///< minutes after midnight, 1–1440, greater than startMinute

    [[nodiscard]] int minutes() const { return endMinute - startMinute; }
    friend bool operator==(const AvailabilitySlot&, const AvailabilitySlot&) = default;
};

} // namespace mentordesk
