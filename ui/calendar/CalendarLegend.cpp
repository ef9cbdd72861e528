// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarLegend.h"

#include "calendar/CalendarPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace mentordesk {

namespace {
QPixmap swatch(const CalendarStatusStyle& style)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(style.fill);
    p.setPen(QPen(style.border, 1.5, style.borderStyle));
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return pixmap;
}
} // namespace

CalendarLegend::CalendarLegend(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (LessonStatus status : CalendarPalette::legendOrder()) {
        auto* chip = new QLabel(this);
        chip->setPixmap(swatch(CalendarPalette::style(status)));
        auto* name = new QLabel(this);
        name->setProperty("status", static_cast<int>(status));
        m_names.append(name);
        layout->addWidget(chip);
        layout->addWidget(name);
        layout->addSpacing(10);
    }
    retranslate();
}

void CalendarLegend::retranslate()
{
    for (QLabel* name : std::as_const(m_names)) {
        name->setText(lessonStatusDisplayName(static_cast<LessonStatus>(name->property("status").toInt())));
    }
    setToolTip(tr("Block colours by lesson status; the bar on the left of a block is the mentor's colour"));
}

void CalendarLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
