// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mentordesk {

class MainWindow;

/// PNGs of what is not a page, for docs/screenshots: the global search popup over the main window
/// and the import wizard's preview of a CSV file with bad rows. Used by `--screenshot DIR`.
class DialogScreenshots final
{
public:
    /// Writes "<language>-search.png" and "<language>-import-preview.png" to `dir`.
    static void save(MainWindow& window, const QString& dir, const QString& language);
};

} // namespace mentordesk
