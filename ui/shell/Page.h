// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

namespace mentordesk {

/// A page of the main window's navigation (Today, Learners, Calendar…).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Stable id used to remember the last page ("learners").
    [[nodiscard]] virtual QString pageId() const = 0;
    /// Translated title shown in the sidebar.
    [[nodiscard]] virtual QString pageTitle() const = 0;
    [[nodiscard]] virtual QIcon pageIcon() const = 0;
    /// Called when the page becomes visible; reload what may have changed.
    virtual void activate() {}
    /// True while the page computes what it shows off the GUI thread (screenshots wait for it).
    [[nodiscard]] virtual bool isLoading() const { return false; }
    /// Moves keyboard focus to the page's search or first field.
    virtual void focusSearch() {}
    /// Selects the record `id` of `kind` ("learner", "payer", "mentor", "course", "lesson", "invoice"…)
    /// when this page shows that kind; returns false otherwise. MainWindow then shows the page.
    virtual bool showRecord(const QString& kind, const QString& id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        return false;
    }
};

} // namespace mentordesk
