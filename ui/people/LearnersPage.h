// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

namespace mentordesk {

class LearnerBrowser;
class StudioSession;

/// The "learners" sidebar page: a thin adapter around LearnerBrowser, which does the work.
// Why: shell/Page.h's Page clashes with core's Page<T> template, so page classes stay in translation
// units that include no core service header; the browser holds all the logic.
class LearnersPage final : public Page
{
    Q_OBJECT

public:
    explicit LearnersPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override;
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;
    /// Shows learner `id` for kind "learner"; kind "newLearner" opens the New Learner dialog.
    bool showRecord(const QString& kind, const QString& id) override;
    [[nodiscard]] LearnerBrowser* browser() const { return m_browser; }

private:
    LearnerBrowser* m_browser = nullptr;
};

} // namespace mentordesk
