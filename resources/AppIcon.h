// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace mentordesk {

/// The application's icon and desktop identity, shared by the window and the installed .desktop entry.
class AppIcon final
{
public:
    /// The reverse-DNS application id ("org.mentordesk.MentorDesk"): the .desktop file's and the
    /// AppStream component's name, and the icon's name in the hicolor theme.
    [[nodiscard]] static QString applicationId();
    /// Every embedded size of the icon (16 to 512 pixels).
    [[nodiscard]] static QIcon icon();
};

} // namespace mentordesk
