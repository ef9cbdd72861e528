// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace mentordesk {

/// Small drawn icons for record kinds (search results): a coloured badge with a simple glyph, so
/// they look the same on every platform and icon theme.
class KindIcons final
{
public:
    /// The icon of `kind` ("learner", "payer", "mentor", "course", "topic", "invoice"); a neutral
    /// badge for other kinds. Cached.
    [[nodiscard]] static QIcon icon(const QString& kind);
    /// The badge colour of `kind`.
    [[nodiscard]] static QColor color(const QString& kind);
};

} // namespace mentordesk
