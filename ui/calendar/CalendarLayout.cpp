// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarLayout.h"

#include <algorithm>
#include <vector>

namespace mentordesk {

QList<CalendarPlacement> CalendarLayout::arrange(const QList<CalendarSlotItem>& items)
{
    return arrange(items, 1.0, 0.0).placements;
}

bool CalendarLayout::fitsLanes(int lanes, double columnWidth, double minLaneWidth)
{
    return lanes <= 1 || columnWidth / lanes >= minLaneWidth;
}

CalendarArrangement CalendarLayout::arrange(const QList<CalendarSlotItem>& items, double columnWidth,
                                            double minLaneWidth)
{
    CalendarArrangement out;
    out.placements.resize(items.size());
    std::vector<qsizetype> order(static_cast<size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        order[static_cast<size_t>(i)] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&items](qsizetype a, qsizetype b) {
        const CalendarSlotItem& x = items[a];
        const CalendarSlotItem& y = items[b];
        if (x.column != y.column) {
            return x.column < y.column;
        }
        return x.startMinute != y.startMinute ? x.startMinute < y.startMinute : x.endMinute > y.endMinute;
    });
    std::vector<int> laneEnds; // end minute of the last block in each lane of the current cluster
    QList<qsizetype> cluster;  // items of the current cluster
    int clusterStart = 0;
    int clusterEnd = -1;
    int clusterColumn = -1;
    const auto closeCluster = [&] {
        if (cluster.isEmpty()) {
            return;
        }
        const int lanes = std::max(1, static_cast<int>(laneEnds.size()));
        const bool summary = !fitsLanes(lanes, columnWidth, minLaneWidth);
        for (qsizetype i : std::as_const(cluster)) {
            out.placements[i].lanes = lanes;
            if (summary) {
                out.placements[i].summary = static_cast<int>(out.summaries.size());
            }
        }
        if (summary) {
            out.summaries.append({clusterColumn, clusterStart, clusterEnd, cluster});
        }
        cluster.clear();
        laneEnds.clear();
    };
    for (qsizetype i : order) {
        const CalendarSlotItem& item = items[i];
        const int end = std::max(item.endMinute, item.startMinute + 1);
        if (item.column != clusterColumn || item.startMinute >= clusterEnd) {
            closeCluster();
            clusterColumn = item.column;
            clusterStart = item.startMinute;
            clusterEnd = end;
        }
        auto free =
            std::find_if(laneEnds.begin(), laneEnds.end(), [&](int laneEnd) { return laneEnd <= item.startMinute; });
        if (free == laneEnds.end()) {
            laneEnds.push_back(end);
            out.placements[i].lane = static_cast<int>(laneEnds.size()) - 1;
        } else {
            *free = end;
            out.placements[i].lane = static_cast<int>(free - laneEnds.begin());
        }
        cluster.append(i);
        clusterEnd = std::max(clusterEnd, end);
    }
    closeCluster();
    return out;
}

} // namespace mentordesk
