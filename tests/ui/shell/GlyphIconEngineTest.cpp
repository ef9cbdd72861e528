// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/GlyphIconEngine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

const QList<Glyph> kAll{Glyph::Today,   Glyph::Learners, Glyph::Payers,  Glyph::Mentors, Glyph::Calendar,
                        Glyph::Courses, Glyph::Billing,  Glyph::Reports, Glyph::Settings};

/// Pixels that are mostly opaque, and the colour of the most opaque one.
int inkedPixels(const QImage& image, QColor* ink = nullptr)
{
    int count = 0;
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                ++count;
            }
            if (ink != nullptr && c.alpha() > best) {
                best = c.alpha();
                *ink = c;
            }
        }
    }
    return count;
}

} // namespace

TEST(GlyphIconEngineTest, EveryGlyphDrawsSomethingOfItsOwn)
{
    QList<QImage> images;
    for (Glyph glyph : kAll) {
        const QImage image = GlyphIconEngine::icon(glyph).pixmap(QSize(24, 24)).toImage();
        EXPECT_EQ(image.size(), QSize(24, 24));
        const int inked = inkedPixels(image);
        EXPECT_GT(inked, 20) << "glyph " << int(glyph) << " is (almost) empty";
        EXPECT_LT(inked, 24 * 24 / 2) << "glyph " << int(glyph) << " is a blot";
        for (const QImage& other : std::as_const(images)) {
            EXPECT_NE(image, other) << "glyph " << int(glyph) << " looks like another one";
        }
        images.append(image);
    }
}

TEST(GlyphIconEngineTest, DrawsInTheTextColourAndInTheHighlightedTextColourWhenSelected)
{
    const QPalette palette = QGuiApplication::palette();
    const QIcon icon = GlyphIconEngine::icon(Glyph::Reports);
    QColor normal;
    QColor selected;
    inkedPixels(icon.pixmap(QSize(32, 32), QIcon::Normal).toImage(), &normal);
    inkedPixels(icon.pixmap(QSize(32, 32), QIcon::Selected).toImage(), &selected);
    EXPECT_EQ(normal.rgb(), palette.color(QPalette::Active, QPalette::WindowText).rgb());
    EXPECT_EQ(selected.rgb(), palette.color(QPalette::Active, QPalette::HighlightedText).rgb());
}

TEST(GlyphIconEngineTest, IsSharpAtHighDensity)
{
    const QIcon icon = GlyphIconEngine::icon(Glyph::Calendar);
    EXPECT_FALSE(icon.isNull());
    const QPixmap large = icon.pixmap(QSize(20, 20), 2.0);
    EXPECT_EQ(large.devicePixelRatio(), 2.0);
    EXPECT_EQ(large.size(), QSize(40, 40)) << "drawn at the device's resolution, not scaled up";
    EXPECT_GT(inkedPixels(large.toImage()), inkedPixels(icon.pixmap(QSize(20, 20), 1.0).toImage()) * 3);
}
