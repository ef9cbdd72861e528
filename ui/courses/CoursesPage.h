// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Page.h"

class QTabWidget;

namespace mentordesk {

class CourseCatalogPanel;
class CourseTopicsPanel;
class StudioSession;

/// "Courses": the catalog (list, detail, prerequisite tree, create/edit/archive) and the Topics tab
/// with the prerequisite editor. Shows records of kind "course" and "topic".
class CoursesPage final : public Page
{
    Q_OBJECT

public:
    explicit CoursesPage(StudioSession& session, QWidget* parent = nullptr);

    [[nodiscard]] QString pageId() const override { return QStringLiteral("courses"); }
    [[nodiscard]] QString pageTitle() const override { return title(); }
    [[nodiscard]] QIcon pageIcon() const override { return icon(); }
    /// The sidebar's title and icon, known before the page is built (pages are built on first show).
    [[nodiscard]] static QString title();
    [[nodiscard]] static QIcon icon();
    void activate() override;
    void focusSearch() override;
    bool showRecord(const QString& kind, const QString& id) override;

    [[nodiscard]] CourseCatalogPanel* catalog() const { return m_catalog; }
    [[nodiscard]] CourseTopicsPanel* topics() const { return m_topics; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadIfStale();

    StudioSession& m_session;
    QTabWidget* m_tabs = nullptr;
    CourseCatalogPanel* m_catalog = nullptr;
    CourseTopicsPanel* m_topics = nullptr;
    bool m_stale = true;
    bool m_writing = false;
};

} // namespace mentordesk
