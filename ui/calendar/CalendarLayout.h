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

/// Where a block goes inside its column: lane `lane` of `lanes` equal-width lanes, or — when `summary` is
/// not -1 — not drawn on its own but counted in that summary group.
struct CalendarPlacement
{
    int lane = 0;
    int lanes = 1;
    int summary = -1;
};

/// Overlapping blocks whose lanes would be too narrow to read, drawn as one "N lessons" block that spans
/// the column from the group's first start to its last end.
struct CalendarSummaryGroup
{
    int column = 0;
    int startMinute = 0;
    int endMinute = 0;
    QList<qsizetype> items; ///< indices into the arranged items, by start time
};

/// The result of CalendarLayout::arrange with widths: one placement per item plus the summary groups.
struct CalendarArrangement
{
    QList<CalendarPlacement> placements;
    QList<CalendarSummaryGroup> summaries;
};

/// Places overlapping lessons side by side (pure; no widgets). Blocks of one column that overlap directly
/// or through others form a cluster; each takes the first free lane and all blocks of a cluster share its
/// lane count, so the cluster fills the column width. A cluster whose lanes would be narrower than the
/// readable minimum becomes one summary group instead.
class CalendarLayout final
{
public:
    /// One placement per item, in the order of `items` (lanes only, no summaries).
    [[nodiscard]] static QList<CalendarPlacement> arrange(const QList<CalendarSlotItem>& items);
    /// Lanes where `lanes` lanes of a `columnWidth`-wide column are each at least `minLaneWidth` wide (a single
    /// lane always fits), else summaries.
    [[nodiscard]] static CalendarArrangement arrange(const QList<CalendarSlotItem>& items, double columnWidth,
                                                     double minLaneWidth);
    /// Whether a cluster of `lanes` lanes is drawn lane by lane in a column `columnWidth` wide.
    [[nodiscard]] static bool fitsLanes(int lanes, double columnWidth, double minLaneWidth);
};

} // namespace mentordesk
