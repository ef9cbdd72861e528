// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/LessonStatus.h"

#include <QColor>

namespace mentordesk {

/// How a lesson block looks for each status. Chosen to stay readable (dark text on light fills, WCAG AA)
/// and to tell the statuses apart without relying on hue alone: cancellations are muted and struck through.
struct CalendarStatusStyle
{
    QColor fill;
    QColor border;
    QColor text;
    bool struckThrough = false;
    Qt::PenStyle borderStyle = Qt::SolidLine;
};

class CalendarPalette final
{
public:
    [[nodiscard]] static CalendarStatusStyle style(LessonStatus status);
    /// The statuses in legend order.
    [[nodiscard]] static QList<LessonStatus> legendOrder();
    /// The mentor's colour ("#rrggbb"), or a neutral grey when it has none or it is invalid.
    [[nodiscard]] static QColor mentorColor(const QString& color);
};

} // namespace mentordesk
