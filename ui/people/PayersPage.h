// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

namespace mentordesk {

class PayerBrowser;
class StudioSession;

/// The "payers" sidebar page: a thin adapter around PayerBrowser, which does the work.
// Why: shell/Page.h's Page clashes with core's Page<T> template, so page classes stay in translation
// units that include no core service header; the browser holds all the logic.
class PayersPage final : public Page
{
    Q_OBJECT

public:
    explicit PayersPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;
    /// Shows payer `id` for kind "payer".
    bool showRecord(const QString& kind, const QString& id) override;
    [[nodiscard]] PayerBrowser* browser() const { return m_browser; }

private:
    PayerBrowser* m_browser = nullptr;
};

} // namespace mentordesk
