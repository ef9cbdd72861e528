// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QIconEngine>

namespace mentordesk {

/// The pictures the sidebar's pages use.
enum class Glyph
{
    Today,
    Learners,
    Payers,
    Mentors,
    Calendar,
    Courses,
    Billing,
    Reports,
    Settings
};

/// A small line-art icon drawn with QPainter in the palette's text colour (highlighted-text colour
/// when selected, disabled colour when disabled), sharp at any size and device pixel ratio.
///
/// Why drawn and not loaded: one consistent set whatever the desktop's icon theme, and no image file
/// is read (nor an image-format plugin loaded) before the main window's first frame.
class GlyphIconEngine final : public QIconEngine
{
public:
    explicit GlyphIconEngine(Glyph glyph);

    [[nodiscard]] static QIcon icon(Glyph glyph);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    [[nodiscard]] QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    [[nodiscard]] QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    [[nodiscard]] QIconEngine* clone() const override;
    [[nodiscard]] QString key() const override;

private:
    Glyph m_glyph;
};

} // namespace mentordesk
