// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarPainter.h"

#include "calendar/CalendarPalette.h"
#include "calendar/CalendarSummary.h"
#include "calendar/CalendarView.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace mentordesk {

namespace {
constexpr double kBlockRadius = 4.0;
constexpr double kAccentWidth = 4.0;
} // namespace

CalendarPainter::CalendarPainter(const CalendarView& view, int selectedEntry, int selectedSummary)
    : m_view(view)
    , m_selectedEntry(selectedEntry)
    , m_selectedSummary(selectedSummary)
{}

void CalendarPainter::paint(QPainter& p) const
{
    p.fillRect(m_view.rect(), m_view.palette().base());
    paintGrid(p);
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < m_view.entries().size(); ++i) {
        if (m_view.summaryOf(i) < 0) {
            paintEntry(p, i);
        }
    }
    for (int i = 0; i < m_view.summaries().size(); ++i) {
        paintSummary(p, i);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    paintHeader(p);
    if (m_view.entries().isEmpty() && !m_view.emptyText().isEmpty()) {
        const QRect area(m_view.axisWidth(), m_view.headerHeight(), m_view.width() - m_view.axisWidth(),
                         m_view.height() - m_view.headerHeight());
        QRect box = p.fontMetrics().boundingRect(area.adjusted(40, 0, -40, 0), Qt::AlignCenter | Qt::TextWordWrap,
                                                 m_view.emptyText());
        box = box.adjusted(-18, -12, 18, 12);
        box.moveCenter(QPoint(area.center().x(), area.top() + area.height() / 3));
        QColor panel = m_view.palette().window().color();
        panel.setAlpha(235);
        p.setPen(m_view.palette().mid().color());
        p.setBrush(panel);
        p.drawRoundedRect(box, 8, 8);
        p.setPen(m_view.palette().text().color());
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_view.emptyText());
    }
}

void CalendarPainter::paintGrid(QPainter& p) const
{
    const double cw = m_view.columnWidth();
    for (int c = 0; c < m_view.columns().size(); ++c) {
        if (m_view.columns()[c].highlighted) {
            QColor tint = m_view.palette().highlight().color();
            tint.setAlpha(22);
            p.fillRect(
                QRectF(m_view.axisWidth() + c * cw, m_view.headerHeight(), cw, m_view.height() - m_view.headerHeight()),
                tint);
        }
    }
    if (m_view.selectedSlot()) {
        QColor sel = m_view.palette().highlight().color();
        sel.setAlpha(60);
        p.fillRect(m_view.slotRect(*m_view.selectedSlot()), sel);
    }
    const QColor hourLine = m_view.palette().mid().color();
    QColor halfLine = hourLine;
    halfLine.setAlpha(90);
    p.setFont(m_view.font());
    for (int hour = m_view.firstHour(); hour <= m_view.lastHour(); ++hour) {
        const int y = int(m_view.yFor(hour * 60));
        p.setPen(hourLine);
        p.drawLine(m_view.axisWidth() - 4, y, m_view.width(), y);
        if (hour < m_view.lastHour()) {
            p.setPen(QPen(halfLine, 1, Qt::DotLine));
            const int half = int(m_view.yFor(hour * 60 + 30));
            p.drawLine(m_view.axisWidth(), half, m_view.width(), half);
            p.setPen(m_view.palette().placeholderText().color());
            const QString label = m_view.locale().toString(QTime(hour, 0), QLocale::ShortFormat);
            p.drawText(QRect(0, y + 2, m_view.axisWidth() - 6, m_view.fontMetrics().height()),
                       Qt::AlignRight | Qt::AlignTop, label);
        }
    }
    p.setPen(hourLine);
    for (int c = 0; c <= m_view.columns().size(); ++c) {
        const int x = int(m_view.axisWidth() + c * cw);
        p.drawLine(x, m_view.headerHeight(), x, m_view.height());
    }
}

void CalendarPainter::paintHeader(QPainter& p) const
{
    const double cw = m_view.columnWidth();
    p.fillRect(QRect(0, 0, m_view.width(), m_view.headerHeight()), m_view.palette().window());
    p.setPen(m_view.palette().mid().color());
    p.drawLine(0, m_view.headerHeight() - 1, m_view.width(), m_view.headerHeight() - 1);
    for (int c = 0; c < m_view.columns().size(); ++c) {
        const CalendarColumn& col = m_view.columns()[c];
        const QRectF box(m_view.axisWidth() + c * cw, 0, cw, m_view.headerHeight() - 1);
        QFont f = m_view.font();
        f.setBold(col.highlighted);
        p.setFont(f);
        p.setPen(col.highlighted ? m_view.palette().highlight().color() : m_view.palette().windowText().color());
        const QString text = QFontMetrics(f).elidedText(col.title, Qt::ElideRight, int(cw) - 8);
        p.drawText(box.adjusted(4, 0, -4, -4), Qt::AlignCenter, text);
        if (col.accent.isValid()) {
            p.fillRect(QRectF(box.left() + 6, box.bottom() - 4, box.width() - 12, 3), col.accent);
        }
    }
    p.setFont(m_view.font());
}

void CalendarPainter::paintEntry(QPainter& p, int index) const
{
    const CalendarEntry& e = m_view.entries()[index];
    const CalendarStatusStyle style = CalendarPalette::style(e.lesson.status);
    const QRectF r = m_view.entryRect(index);
    if (r.width() < 3) {
        return;
    }
    QPainterPath path;
    path.addRoundedRect(r, kBlockRadius, kBlockRadius);
    p.fillPath(path, style.fill);
    p.save();
    p.setClipPath(path);
    p.fillRect(QRectF(r.left(), r.top(), kAccentWidth, r.height()), e.mentorColor);
    p.restore();
    const bool selected = index == m_selectedEntry;
    p.setPen(QPen(selected ? m_view.palette().highlight().color() : style.border, selected ? 2.0 : 1.0,
                  selected ? Qt::SolidLine : style.borderStyle));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);

    const QRectF text = r.adjusted(kAccentWidth + 4, 1, -4, -1);
    QFont bold = m_view.font();
    bold.setBold(true);
    bold.setStrikeOut(style.struckThrough);
    const QFontMetrics boldMetrics(bold);
    QFont plain = m_view.font();
    plain.setPointSizeF(plain.pointSizeF() * 0.92);
    plain.setStrikeOut(style.struckThrough);
    const QFontMetrics plainMetrics(plain);
    p.setPen(style.text);
    p.setFont(bold);
    const bool twoLines = text.height() + 2 >= boldMetrics.height() + plainMetrics.height();
    // Why: a short block (a 30- or 45-minute lesson) still shows who and when on its single line.
    const QString firstText = twoLines || e.subtitle.isEmpty()
                                  ? e.title
                                  : QCoreApplication::translate("CalendarPainter", "%1 · %2").arg(e.title, e.subtitle);
    const QString first = boldMetrics.elidedText(firstText, Qt::ElideRight, int(text.width()));
    p.drawText(QRectF(text.left(), text.top(), text.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
               first);
    if (twoLines) {
        p.setFont(plain);
        const QString second = plainMetrics.elidedText(e.subtitle, Qt::ElideRight, int(text.width()));
        p.drawText(QRectF(text.left(), text.top() + boldMetrics.height(), text.width(), plainMetrics.height()),
                   Qt::AlignLeft | Qt::AlignTop, second);
    }
    p.setFont(m_view.font());
}

void CalendarPainter::paintSummary(QPainter& p, int index) const
{
    const CalendarSummaryGroup& group = m_view.summaries()[index];
    const QRectF r = m_view.summaryRect(index);
    const bool selected = index == m_selectedSummary;
    QPainterPath path;
    path.addRoundedRect(r, kBlockRadius, kBlockRadius);
    p.fillPath(path, m_view.palette().alternateBase());
    p.setPen(
        QPen(selected ? m_view.palette().highlight().color() : m_view.palette().mid().color(), selected ? 2.0 : 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);

    // Why: the status mix stays visible at a glance — a stacked bar in the legend's colours at the bottom and,
    // when there is room, the counts in the same colours; the tooltip names each status and lesson.
    const auto counts = CalendarSummary::statusCounts(m_view.entries(), group);
    const QRectF inner = r.adjusted(6, 2, -6, -4);
    QFont bold = m_view.font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QFont small = m_view.font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    const QFontMetrics smallMetrics(small);
    const double barHeight = std::clamp(inner.height() - boldMetrics.height(), 3.0, 6.0);
    const QRectF bar(inner.left(), inner.bottom() - barHeight, inner.width(), barHeight);
    const int total = static_cast<int>(group.items.size());
    double x = bar.left();
    for (const auto& [status, n] : counts) {
        const double w = bar.width() * n / std::max(1, total);
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), CalendarPalette::style(status).border);
        x += w;
    }
    p.setFont(bold);
    p.setPen(m_view.palette().text().color());
    const QString title = boldMetrics.elidedText(CalendarSummary::title(total), Qt::ElideRight, int(inner.width()));
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
               title);
    const double countsTop = inner.top() + boldMetrics.height();
    if (countsTop + smallMetrics.height() <= bar.top()) {
        p.setFont(small);
        double cx = inner.left();
        for (const auto& [status, n] : counts) {
            const QString text = m_view.locale().toString(n);
            const double w = smallMetrics.horizontalAdvance(text);
            if (cx + 5 + w > inner.right()) {
                break;
            }
            p.setPen(CalendarPalette::style(status).text);
            p.fillRect(QRectF(cx, countsTop + 3, 3, smallMetrics.height() - 6), CalendarPalette::style(status).border);
            p.drawText(QRectF(cx + 5, countsTop, w + 1, smallMetrics.height()), Qt::AlignLeft | Qt::AlignTop, text);
            cx += w + 5 + smallMetrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        }
    }
    p.setFont(m_view.font());
}

} // namespace mentordesk
