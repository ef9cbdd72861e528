// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "people/AvailabilitySlot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mentordesk {

/// Rules for a mentor's weekly availability: plain value logic, no database.
/// The text form of a slot is locale-neutral: "mon 09:00-12:00" (weekday mon…sun, 24-hour times,
/// "24:00" allowed as an end). Errors name the field "availability".
class WeeklyAvailability final
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyAvailability)

public:
    /// Checks every slot's range and that no two slots of the same weekday overlap (touching is fine).
    /// Returns the slots sorted by weekday, then start.
    [[nodiscard]] static Result<QList<AvailabilitySlot>> validate(const QList<AvailabilitySlot>& weekSlots);
    /// Sorted by weekday, then start, then end.
    [[nodiscard]] static QList<AvailabilitySlot> sorted(QList<AvailabilitySlot> weekSlots);
    /// Sum of the slots' lengths in minutes.
    [[nodiscard]] static int totalMinutes(const QList<AvailabilitySlot>& weekSlots);

    /// Parses "mon 09:00-12:00" (weekday names mon…sun or monday…sunday, any case).
    [[nodiscard]] static Result<AvailabilitySlot> parse(const QString& text);
    /// "mon 09:00-12:00".
    [[nodiscard]] static QString format(const AvailabilitySlot& slot);
    /// "mon" … "sun" for 1 … 7; empty for anything else.
    [[nodiscard]] static QString weekdayKey(int weekday);
    /// "09:30" for 570; "24:00" for 1440.
    [[nodiscard]] static QString timeText(int minuteOfDay);
};

} // namespace mentordesk
