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
        icon.addFile(root.filePath(size + QLatin1Char('/') + applicationId() + QStringLiteral(".png")));
    }
    return icon;
}

} // namespace mentordesk
