// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace mentordesk {

class Page;
class StudioSession;

/// One factory per sidebar page, in sidebar order. Each feature folder implements its own; a factory
/// returns nullptr while its page has not landed yet (the sidebar then skips it).
[[nodiscard]] Page* createTodayPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createLearnersPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createPayersPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createMentorsPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createCalendarPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createCoursesPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createBillingPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createReportsPage(StudioSession& session, QWidget* parent);
[[nodiscard]] Page* createSettingsPage(StudioSession& session, QWidget* parent);

/// What the sidebar needs to list a page before it is built: the main window builds a page the
/// first time it is shown (or asked to show a record), so opening a studio builds one page only.
struct PageInfo
{
    QString id;                                          ///< Page::pageId() of the page it builds.
    QString (*title)() = nullptr;                        ///< Translated sidebar title.
    QIcon (*icon)() = nullptr;                           ///< Sidebar icon.
    Page* (*create)(StudioSession&, QWidget*) = nullptr; ///< Builds the page.
};

/// One per page, in sidebar order; each feature folder implements its own next to its factory.
[[nodiscard]] PageInfo todayPageInfo();
[[nodiscard]] PageInfo learnersPageInfo();
[[nodiscard]] PageInfo payersPageInfo();
[[nodiscard]] PageInfo mentorsPageInfo();
[[nodiscard]] PageInfo calendarPageInfo();
[[nodiscard]] PageInfo coursesPageInfo();
[[nodiscard]] PageInfo billingPageInfo();
[[nodiscard]] PageInfo reportsPageInfo();
[[nodiscard]] PageInfo settingsPageInfo();

} // namespace mentordesk
