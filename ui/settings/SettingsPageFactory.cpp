// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createSettingsPage(StudioSession& session, QWidget* parent)
{
    return new SettingsPage(session, parent);
}

PageInfo settingsPageInfo()
{
    return {QStringLiteral("settings"), &SettingsPage::title, &SettingsPage::icon, &createSettingsPage};
}

} // namespace mentordesk
