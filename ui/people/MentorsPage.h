// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

namespace mentordesk {

class MentorBrowser;
class StudioSession;

/// The "mentors" sidebar page: a thin adapter around MentorBrowser, which does the work.
// Why: shell/Page.h's Page clashes with core's Page<T> template, so page classes stay in translation
// units that include no core service header; the browser holds all the logic.
class MentorsPage final : public Page
{
    Q_OBJECT

public:
    explicit MentorsPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;
    /// Shows mentor `id` for kind "mentor".
    bool showRecord(const QString& kind, const QString& id) override;
    [[nodiscard]] MentorBrowser* browser() const { return m_browser; }

private:
    MentorBrowser* m_browser = nullptr;
};

} // namespace mentordesk
