// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFont.h"

#include <QStringList>

namespace mentordesk {

QFont PdfFont::forLanguage(const QString& language, qreal points, bool bold)
{
    QFont f;
    const QStringList latin = {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                               QStringLiteral("Liberation Sans")};
    const QStringList cjk = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                             QStringLiteral("WenQuanYi Micro Hei")};
    f.setFamilies(language == QStringLiteral("zh_CN") ? cjk + latin : latin + cjk);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace mentordesk
