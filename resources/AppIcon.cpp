// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcon.h"

#include <QDir>

namespace mentordesk {

QString AppIcon::applicationId()
{
    return QStringLiteral(MENTORDESK_APP_ID);
}

QIcon AppIcon::icon()
{
    QIcon icon;
    const QDir root(QStringLiteral(":/icons"));
    for (const QString& size : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        // Why the size: without it QIcon decodes every PNG at once to learn it (slow at start-up).
        const int side = size.section(QLatin1Char('x'), 0, 0).toInt();
        icon.addFile(root.filePath(size + QLatin1Char('/') + applicationId() + QStringLiteral(".png")),
                     side > 0 ? QSize(side, side) : QSize());
    }
    return icon;
}

} // namespace mentordesk
