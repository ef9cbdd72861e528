// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace mentordesk {

/// One lesson block to place: its column and its local start/end in minutes after midnight.
struct CalendarSlotItem
{
    int column = 0;
    int startMinute = 0;
    int endMinute = 0;
};

/// Where a block goes inside its column: lane `lane` of `lanes` equal-width lanes.
struct CalendarPlacement
{
    int lane = 0;
    int lanes = 1;
};

/// Places overlapping lessons side by side (pure; no widgets). Blocks of one column that overlap directly
/// or through others form a cluster; each takes the first free lane and all blocks of a cluster share its
/// lane count, so the cluster fills the column width.
class CalendarLayout final
{
public:
    /// One placement per item, in the order of `items`.
    [[nodiscard]] static QList<CalendarPlacement> arrange(const QList<CalendarSlotItem>& items);
};

} // namespace mentordesk
