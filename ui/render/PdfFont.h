// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace mentordesk {

/// Fonts of the printed documents: Chinese documents use a CJK font (Noto Sans CJK SC from
/// fonts-noto-cjk) first, others Noto Sans / DejaVu Sans with the CJK fonts as fallback for names.
class PdfFont final
{
public:
    [[nodiscard]] static QFont forLanguage(const QString& language, qreal points, bool bold = false);
};

} // namespace mentordesk
