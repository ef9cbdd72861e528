// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace mentordesk
