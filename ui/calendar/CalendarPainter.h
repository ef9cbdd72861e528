// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;

namespace mentordesk {

class CalendarView;

/// Paints a CalendarView: grid, time axis, column headers, lesson blocks and the empty-state message.
/// Reads everything (geometry, columns, entries, palette) from the view.
class CalendarPainter final
{
public:
    /// `selectedEntry` / `selectedSummary` are the indices of the selected block or summary (-1 = none).
    CalendarPainter(const CalendarView& view, int selectedEntry, int selectedSummary = -1);

    void paint(QPainter& p) const;

private:
    void paintGrid(QPainter& p) const;
    void paintHeader(QPainter& p) const;
    void paintEntry(QPainter& p, int index) const;
    void paintSummary(QPainter& p, int index) const;

    const CalendarView& m_view;
    int m_selectedEntry = -1;
    int m_selectedSummary = -1;
};

} // namespace mentordesk
