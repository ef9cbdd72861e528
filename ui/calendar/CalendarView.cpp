// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarView.h"

#include "calendar/CalendarLayout.h"
#include "calendar/CalendarPainter.h"
#include "calendar/CalendarSummary.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {
constexpr double kMinPixelsPerHour = 34.0;
constexpr int kMinColumnWidth = 64;
} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CalendarView::setHours(int firstHour, int lastHour)
{
    m_firstHour = std::clamp(firstHour, 0, 23);
    m_lastHour = std::clamp(lastHour, m_firstHour + 1, 24);
    updateGeometry();
    update();
}

void CalendarView::setColumns(QList<CalendarColumn> columns)
{
    m_columns = std::move(columns);
    if (m_selected && m_selected->column >= m_columns.size()) {
        m_selected.reset();
    }
    layoutEntries();
    updateGeometry();
    update();
}

void CalendarView::setEntries(QList<CalendarEntry> entries)
{
    m_entries = std::move(entries);
    m_selectedEntry = -1;
    m_selectedSummary = -1;
    layoutEntries();
    update();
}

void CalendarView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void CalendarView::layoutEntries()
{
    QList<CalendarSlotItem> items;
    items.reserve(m_entries.size());
    for (const CalendarEntry& e : std::as_const(m_entries)) {
        items.append({e.column, e.startMinute, e.endMinute});
    }
    const bool hadSummaries = !m_layout.summaries.isEmpty();
    m_layout = CalendarLayout::arrange(items, columnWidth(), minimumLaneWidth());
    if (m_selected) {
        m_selectedSummary = summaryAt(*m_selected);
        if (m_selectedSummary >= 0) {
            m_selectedEntry = -1;
        }
    }
    if (hadSummaries != !m_layout.summaries.isEmpty()) {
        emit densityChanged(!m_layout.summaries.isEmpty());
    }
}

double CalendarView::minimumLaneWidth() const
{
    // Why: about five characters of a learner's name beside the mentor bar and the padding; anything
    // narrower shows only "…" (issue 8: 20 parallel lessons made 10-px slivers).
    return fontMetrics().averageCharWidth() * 5 + 16.0;
}

int CalendarView::summaryOf(int index) const
{
    return m_layout.placements.value(index).summary;
}

QRectF CalendarView::summaryRect(int index) const
{
    if (index < 0 || index >= m_layout.summaries.size()) {
        return {};
    }
    const CalendarSummaryGroup& g = m_layout.summaries[index];
    const int top = std::max(g.startMinute, m_firstHour * 60);
    const int bottom = std::min(std::max(g.endMinute, g.startMinute + kSlotMinutes), m_lastHour * 60);
    const double y = yFor(top);
    const double h = std::max(fontMetrics().height() + 2.0, yFor(bottom) - y - 1);
    return {axisWidth() + g.column * columnWidth() + 2, y + 1, columnWidth() - 4, h};
}

int CalendarView::summaryAt(const QPoint& pos) const
{
    for (int i = 0; i < m_layout.summaries.size(); ++i) {
        if (summaryRect(i).contains(pos)) {
            return i;
        }
    }
    return -1;
}

int CalendarView::summaryAt(const CalendarSlot& slot) const
{
    for (int i = 0; i < m_layout.summaries.size(); ++i) {
        const CalendarSummaryGroup& g = m_layout.summaries[i];
        if (g.column == slot.column && g.startMinute < slot.minute + kSlotMinutes && slot.minute < g.endMinute) {
            return i;
        }
    }
    return -1;
}

int CalendarView::headerHeight() const
{
    return fontMetrics().height() + 16;
}

int CalendarView::axisWidth() const
{
    return fontMetrics().horizontalAdvance(locale().toString(QTime(23, 0), QLocale::ShortFormat)) + 14;
}

double CalendarView::columnWidth() const
{
    const int n = std::max<int>(1, static_cast<int>(m_columns.size()));
    return std::max(1.0, double(width() - axisWidth()) / n);
}

double CalendarView::pixelsPerMinute() const
{
    const int minutes = (m_lastHour - m_firstHour) * 60;
    return std::max(kMinPixelsPerHour / 60.0, double(height() - headerHeight() - 1) / minutes);
}

double CalendarView::yFor(int minute) const
{
    return headerHeight() + (minute - m_firstHour * 60) * pixelsPerMinute();
}

QSize CalendarView::sizeHint() const
{
    const int n = std::max<int>(1, static_cast<int>(m_columns.size()));
    return {axisWidth() + n * 140, headerHeight() + int((m_lastHour - m_firstHour) * 48)};
}

QSize CalendarView::minimumSizeHint() const
{
    const int n = std::max<int>(1, static_cast<int>(m_columns.size()));
    return {axisWidth() + n * kMinColumnWidth,
            headerHeight() + int(std::ceil((m_lastHour - m_firstHour) * kMinPixelsPerHour)) + 1};
}

std::optional<CalendarSlot> CalendarView::slotAt(const QPoint& pos) const
{
    if (m_columns.isEmpty() || pos.x() < axisWidth() || pos.y() < headerHeight()) {
        return std::nullopt;
    }
    const int column = std::min(int((pos.x() - axisWidth()) / columnWidth()), int(m_columns.size()) - 1);
    const int minute = m_firstHour * 60 + int((pos.y() - headerHeight()) / pixelsPerMinute());
    if (minute >= m_lastHour * 60) {
        return std::nullopt;
    }
    return CalendarSlot{column, minute - minute % kSlotMinutes};
}

QRectF CalendarView::slotRect(const CalendarSlot& slot) const
{
    const double x = axisWidth() + slot.column * columnWidth();
    return {x, yFor(slot.minute), columnWidth(), kSlotMinutes * pixelsPerMinute()};
}

QRectF CalendarView::entryRect(int index) const
{
    if (index < 0 || index >= m_entries.size()) {
        return {};
    }
    const CalendarEntry& e = m_entries[index];
    const CalendarPlacement placement = m_layout.placements.value(index);
    if (placement.summary >= 0) {
        return {};
    }
    const int lane = placement.lane;
    const int lanes = std::max(1, placement.lanes);
    const double laneWidth = columnWidth() / lanes;
    const int top = std::max(e.startMinute, m_firstHour * 60);
    const int bottom = std::min(std::max(e.endMinute, e.startMinute + kSlotMinutes), m_lastHour * 60);
    const double x = axisWidth() + e.column * columnWidth() + lane * laneWidth;
    const double y = yFor(top);
    const double h = std::max(fontMetrics().height() + 2.0, yFor(bottom) - y - 1);
    return {x + 2, y + 1, laneWidth - 4, h};
}

int CalendarView::entryAt(const QPoint& pos) const
{
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (entryRect(i).contains(pos)) {
            return i;
        }
    }
    return -1;
}

int CalendarView::entryAt(const CalendarSlot& slot) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const CalendarEntry& e = m_entries[i];
        if (summaryOf(i) < 0 && e.column == slot.column && e.startMinute < slot.minute + kSlotMinutes &&
            slot.minute < e.endMinute) {
            return i;
        }
    }
    return -1;
}

void CalendarView::setSelectedSlot(const CalendarSlot& slot)
{
    m_selected = slot;
    m_selectedSummary = summaryAt(slot);
    m_selectedEntry = m_selectedSummary >= 0 ? -1 : entryAt(slot);
    if (m_selectedEntry >= 0) {
        emit lessonSelected(m_entries[m_selectedEntry].lesson.meta.id);
    }
    update();
}

void CalendarView::activateSelection()
{
    if (m_selectedSummary >= 0 && m_selectedSummary < m_layout.summaries.size()) {
        emit summaryActivated(m_layout.summaries[m_selectedSummary].column);
    } else if (m_selectedEntry >= 0 && m_selectedEntry < m_entries.size()) {
        emit lessonActivated(m_entries[m_selectedEntry].lesson.meta.id);
    } else if (m_selected) {
        emit slotActivated(*m_selected);
    }
}

void CalendarView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    CalendarPainter(*this, m_selectedEntry, m_selectedSummary).paint(p);
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const int entry = entryAt(pos);
    if (auto slot = slotAt(pos)) {
        m_selected = *slot;
    }
    m_selectedEntry = entry;
    m_selectedSummary = entry >= 0 ? -1 : summaryAt(pos);
    if (entry >= 0) {
        emit lessonSelected(m_entries[entry].lesson.meta.id);
    }
    update();
    QWidget::mousePressEvent(event);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int entry = entryAt(pos);
    const int summary = entry >= 0 ? -1 : summaryAt(pos);
    if (entry >= 0) {
        emit lessonActivated(m_entries[entry].lesson.meta.id);
    } else if (summary >= 0) {
        m_selectedSummary = summary;
        update();
        emit summaryActivated(m_layout.summaries[summary].column);
    } else if (auto slot = slotAt(pos)) {
        m_selected = *slot;
        update();
        emit slotActivated(*slot);
    }
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    if (m_columns.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    CalendarSlot slot = m_selected.value_or(CalendarSlot{0, std::max(m_firstHour * 60, 9 * 60)});
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Left:
        slot.column = std::max(0, slot.column - (m_selected ? 1 : 0));
        break;
    case Qt::Key_Right:
        slot.column = std::min(int(m_columns.size()) - 1, slot.column + (m_selected ? 1 : 0));
        break;
    case Qt::Key_Up:
        slot.minute = std::max(m_firstHour * 60, slot.minute - (m_selected ? kSlotMinutes : 0));
        break;
    case Qt::Key_Down:
        slot.minute = std::min(m_lastHour * 60 - kSlotMinutes, slot.minute + (m_selected ? kSlotMinutes : 0));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected) {
            setSelectedSlot(slot);
        }
        activateSelection();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (!plain) {
        QWidget::keyPressEvent(event);
        return;
    }
    setSelectedSlot(slot);
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutEntries();
}

void CalendarView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        layoutEntries();
    }
    QWidget::changeEvent(event);
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int entry = entryAt(help->pos());
        const int summary = entry >= 0 ? -1 : summaryAt(help->pos());
        if (entry >= 0) {
            QToolTip::showText(help->globalPos(), m_entries[entry].toolTip, this, entryRect(entry).toRect());
        } else if (summary >= 0) {
            const QString tip =
                CalendarSummary::toolTip(m_entries, m_layout.summaries[summary], locale(),
                                         !m_columns.value(m_layout.summaries[summary].column).mentorId.isEmpty());
            QToolTip::showText(help->globalPos(), tip, this, summaryRect(summary).toRect());
        } else if (help->pos().y() < headerHeight() && !m_columns.isEmpty() && help->pos().x() >= axisWidth()) {
            const int column =
                std::min(int((help->pos().x() - axisWidth()) / columnWidth()), int(m_columns.size()) - 1);
            QToolTip::showText(help->globalPos(), m_columns[column].toolTip, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace mentordesk
