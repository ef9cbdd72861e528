// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace mentordesk {

/// Shows one of the guides embedded in the app (docs/*.md under :/help/) with working links between
/// them, Back/Forward, and Esc to close. The guides are written in English.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `page` is a file name such as "user-guide.md".
    explicit HelpDialog(const QString& page, QWidget* parent = nullptr);
    /// Opens (or raises) the help window on `page`.
    static void showPage(const QString& page, QWidget* parent);

    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace mentordesk
