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
    /// `selectedEntry` is the index of the selected block (-1 = none).
    CalendarPainter(const CalendarView& view, int selectedEntry);

    void paint(QPainter& p) const;

private:
    void paintGrid(QPainter& p) const;
    void paintHeader(QPainter& p) const;
    void paintEntry(QPainter& p, int index) const;

    const CalendarView& m_view;
    int m_selectedEntry = -1;
};

} // namespace mentordesk
