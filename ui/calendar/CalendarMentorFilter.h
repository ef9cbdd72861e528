// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Mentor.h"

#include <QComboBox>

namespace mentordesk {

/// The Calendar page's mentor choice: "All mentors" (empty id) and each active mentor with a colour swatch.
class CalendarMentorFilter final : public QComboBox
{
    Q_OBJECT

public:
    explicit CalendarMentorFilter(QWidget* parent = nullptr);

    /// Refills the list without emitting signals and selects `current` ("All mentors" when not listed).
    /// Archived mentors are left out unless they are `current`.
    void fill(const QList<Mentor>& mentors, const Id& current);
    void retranslate();
};

} // namespace mentordesk
