// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QObject>

class QMenu;
class QWidget;

namespace mentordesk {

class StudioSession;

/// "Buy Package…", "Milestone Reached…" and "Module Started…" for an enrollment, added to the learner's
/// billing menus. Each is enabled only when the enrollment's current plan is of its kind (otherwise a
/// tooltip says why) and opens its dialog.
class EnrollmentEventActions final : public QObject
{
    Q_OBJECT

public:
    EnrollmentEventActions(StudioSession& session, QWidget* dialogParent, QObject* parent = nullptr);

    /// Appends the three actions for `enrollmentId` to `menu` (a separator first).
    void addTo(QMenu* menu, const Id& enrollmentId);

    void buyPackage(const Id& enrollmentId);
    void markMilestone(const Id& enrollmentId);
    void startModule(const Id& enrollmentId);

private:
    StudioSession& m_session;
    QWidget* m_dialogParent;
};

} // namespace mentordesk
