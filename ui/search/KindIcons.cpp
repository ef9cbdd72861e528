// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/KindIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPixmap>

namespace mentordesk {

namespace {

void drawPerson(QPainter& p, const QRectF& r, qreal shift = 0)
{
    const qreal u = r.width() / 16.0;
    p.drawEllipse(QPointF(r.center().x() + shift * u, r.top() + 5.2 * u), 2.6 * u, 2.6 * u);
    QPainterPath body;
    const QRectF shoulders(r.left() + (3.2 + shift) * u, r.top() + 8.6 * u, 9.6 * u, 8.0 * u);
    body.moveTo(shoulders.left(), r.top() + 13.2 * u);
    body.arcTo(shoulders, 180, -180);
    body.closeSubpath();
    p.drawPath(body);
}

void drawGlyph(QPainter& p, const QString& kind, const QRectF& r)
{
    const qreal u = r.width() / 16.0;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    if (kind == u"learner" || kind == u"mentor") {
        drawPerson(p, r);
        if (kind == u"mentor") { // a small star: the teacher
            p.setBrush(QColor(255, 236, 160));
            p.drawEllipse(QPointF(r.left() + 12.4 * u, r.top() + 4.0 * u), 1.6 * u, 1.6 * u);
        }
    } else if (kind == u"payer") { // two people: a family
        p.setOpacity(0.7);
        drawPerson(p, r, 2.2);
        p.setOpacity(1.0);
        drawPerson(p, r, -1.6);
    } else if (kind == u"course") { // a book
        p.drawRoundedRect(QRectF(r.left() + 4 * u, r.top() + 3.5 * u, 8 * u, 9.5 * u), 1.0 * u, 1.0 * u);
        p.setPen(QPen(KindIcons::color(kind), 1.0 * u));
        p.drawLine(QPointF(r.left() + 6 * u, r.top() + 6 * u), QPointF(r.left() + 10.5 * u, r.top() + 6 * u));
        p.drawLine(QPointF(r.left() + 6 * u, r.top() + 8.3 * u), QPointF(r.left() + 10.5 * u, r.top() + 8.3 * u));
    } else if (kind == u"topic") { // a tag
        QPainterPath tag;
        tag.moveTo(r.left() + 3.5 * u, r.top() + 4 * u);
        tag.lineTo(r.left() + 9 * u, r.top() + 4 * u);
        tag.lineTo(r.left() + 13 * u, r.top() + 8 * u);
        tag.lineTo(r.left() + 9 * u, r.top() + 12 * u);
        tag.lineTo(r.left() + 3.5 * u, r.top() + 12 * u);
        tag.closeSubpath();
        p.drawPath(tag);
        p.setBrush(KindIcons::color(kind));
        p.drawEllipse(QPointF(r.left() + 6 * u, r.top() + 8 * u), 1.1 * u, 1.1 * u);
    } else { // a sheet of paper
        p.drawRect(QRectF(r.left() + 4.5 * u, r.top() + 3 * u, 7 * u, 10 * u));
    }
}

QPixmap badge(const QString& kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0, 0, size, size);
    p.setPen(Qt::NoPen);
    p.setBrush(KindIcons::color(kind));
    p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), size * 0.22, size * 0.22);
    drawGlyph(p, kind, r);
    return pixmap;
}

} // namespace

QColor KindIcons::color(const QString& kind)
{
    if (kind == u"learner") {
        return QColor(0x2f, 0x6f, 0xd6);
    }
    if (kind == u"payer") {
        return QColor(0x2e, 0x9b, 0x6a);
    }
    if (kind == u"mentor") {
        return QColor(0xd9, 0x73, 0x1e);
    }
    if (kind == u"course") {
        return QColor(0x7b, 0x4f, 0xc9);
    }
    if (kind == u"topic") {
        return QColor(0x13, 0x8d, 0x9a);
    }
    return QColor(0x70, 0x77, 0x80);
}

QIcon KindIcons::icon(const QString& kind)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(kind);
    if (it != cache.end()) {
        return *it;
    }
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(badge(kind, size));
    }
    return *cache.insert(kind, icon);
}

} // namespace mentordesk
