// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/GlyphIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

namespace mentordesk {

namespace {

/// A gear with eight teeth and a hole, on the 24 × 24 grid.
QPainterPath gearPath()
{
    QPainterPath gear;
    gear.addEllipse(QPointF(12, 12), 7, 7);
    for (int i = 0; i < 8; ++i) {
        QPainterPath tooth;
        tooth.addRoundedRect(QRectF(-1.9, -10.2, 3.8, 5), 0.8, 0.8);
        QTransform turn;
        turn.translate(12, 12);
        turn.rotate(45.0 * i);
        gear = gear.united(turn.map(tooth));
    }
    QPainterPath hole;
    hole.addEllipse(QPointF(12, 12), 3, 3);
    return gear.subtracted(hole);
}

/// Draws `glyph` on a 24 × 24 grid (the painter is already scaled); `pen` strokes, `color` fills.
void drawGlyph(QPainter& p, Glyph glyph, const QColor& color)
{
    QPen pen(color, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Today: {
        p.drawEllipse(QPointF(12, 12), 4.2, 4.2);
        for (int i = 0; i < 8; ++i) {
            const qreal a = qDegreesToRadians(45.0 * i);
            p.drawLine(QPointF(12 + 7.0 * qCos(a), 12 + 7.0 * qSin(a)),
                       QPointF(12 + 9.6 * qCos(a), 12 + 9.6 * qSin(a)));
        }
        break;
    }
    case Glyph::Learners: { // a graduation cap
        const QPolygonF board{QPointF(1.5, 9), QPointF(12, 4), QPointF(22.5, 9), QPointF(12, 14)};
        p.drawPolygon(board);
        QPainterPath body;
        body.moveTo(6, 11.5);
        body.lineTo(6, 16);
        body.cubicTo(8, 19.5, 16, 19.5, 18, 16);
        body.lineTo(18, 11.5);
        p.drawPath(body);
        p.drawLine(QPointF(21, 9.7), QPointF(21, 16));
        break;
    }
    case Glyph::Payers: { // a wallet
        p.drawRoundedRect(QRectF(3, 7, 18, 13), 2.5, 2.5);
        p.drawLine(QPointF(5, 7), QPointF(15.5, 3.5));
        p.drawLine(QPointF(15.5, 3.5), QPointF(17, 7));
        p.drawRoundedRect(QRectF(14, 11, 7, 5), 1.5, 1.5);
        p.setBrush(color);
        p.drawEllipse(QPointF(17, 13.5), 0.6, 0.6);
        break;
    }
    case Glyph::Mentors: { // a person beside a board
        p.drawEllipse(QPointF(7.5, 8), 2.8, 2.8);
        QPainterPath body;
        body.moveTo(2.5, 21);
        body.cubicTo(2.5, 15, 5, 13.2, 7.5, 13.2);
        body.cubicTo(10, 13.2, 12.5, 15, 12.5, 21);
        p.drawPath(body);
        p.drawRect(QRectF(13.5, 3, 8, 7));
        p.drawLine(QPointF(11, 15), QPointF(15.5, 11.5));
        break;
    }
    case Glyph::Calendar: {
        p.drawRoundedRect(QRectF(3, 5, 18, 16), 2.2, 2.2);
        p.drawLine(QPointF(3, 10), QPointF(21, 10));
        p.drawLine(QPointF(8, 3), QPointF(8, 7));
        p.drawLine(QPointF(16, 3), QPointF(16, 7));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (const QPointF& dot :
             {QPointF(8, 14), QPointF(12, 14), QPointF(16, 14), QPointF(8, 17.5), QPointF(12, 17.5)}) {
            p.drawEllipse(dot, 1.1, 1.1);
        }
        break;
    }
    case Glyph::Courses: { // an open book
        QPainterPath book;
        book.moveTo(12, 7);
        book.cubicTo(9.5, 5, 5.5, 4.6, 2.5, 5.6);
        book.lineTo(2.5, 19);
        book.cubicTo(5.5, 18, 9.5, 18.4, 12, 20.2);
        book.cubicTo(14.5, 18.4, 18.5, 18, 21.5, 19);
        book.lineTo(21.5, 5.6);
        book.cubicTo(18.5, 4.6, 14.5, 5, 12, 7);
        book.lineTo(12, 20.2);
        p.drawPath(book);
        break;
    }
    case Glyph::Billing: { // a receipt
        const QPolygonF receipt{QPointF(5.5, 2.5),   QPointF(18.5, 2.5), QPointF(18.5, 21),
                                QPointF(16.3, 19.5), QPointF(14.2, 21),  QPointF(12, 19.5),
                                QPointF(9.8, 21),    QPointF(7.7, 19.5), QPointF(5.5, 21)};
        p.drawPolygon(receipt);
        p.drawLine(QPointF(9, 7.5), QPointF(15, 7.5));
        p.drawLine(QPointF(9, 11.5), QPointF(15, 11.5));
        p.drawLine(QPointF(9, 15.5), QPointF(12.5, 15.5));
        break;
    }
    case Glyph::Reports: { // a bar chart
        p.drawLine(QPointF(2.5, 20.5), QPointF(21.5, 20.5));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(4.5, 12, 4, 7), 1, 1);
        p.drawRoundedRect(QRectF(10, 5, 4, 14), 1, 1);
        p.drawRoundedRect(QRectF(15.5, 9, 4, 10), 1, 1);
        break;
    }
    case Glyph::Settings: {                          // a gear
        static const QPainterPath gear = gearPath(); // path unions are slow: build it once
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(gear);
        break;
    }
    }
}

} // namespace

GlyphIconEngine::GlyphIconEngine(Glyph glyph)
    : m_glyph(glyph)
{}

QIcon GlyphIconEngine::icon(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(glyph));
}

void GlyphIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State /*state*/)
{
    const QPalette palette = QGuiApplication::palette();
    QColor color = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Selected) {
        color = palette.color(QPalette::Active, QPalette::HighlightedText);
    } else if (mode == QIcon::Disabled) {
        color = palette.color(QPalette::Disabled, QPalette::WindowText);
    }
    const qreal side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    drawGlyph(*painter, m_glyph, color);
    painter->restore();
}

// Why overridden: QIconEngine's own pixmap() in Qt 6.4 does not clear the pixmap to transparent first.
QPixmap GlyphIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap GlyphIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal /*scale*/)
{
    // Why the scale is not applied: QIcon passes `size` in device pixels already and sets the pixmap's
    // device pixel ratio itself.
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine* GlyphIconEngine::clone() const
{
    return new GlyphIconEngine(m_glyph);
}

QString GlyphIconEngine::key() const
{
    return QStringLiteral("mentordesk-glyph");
}

} // namespace mentordesk
