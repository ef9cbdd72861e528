// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/ProgressShare.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace mentordesk {

/// What happened to a lesson, as far as billing cares.
enum class BillableStatus
{
    Held,
    CancelledByLearner, ///< becomes a late cancellation when cancelledAt is inside the notice window
    LateCancel,         ///< recorded as late by the mentor: always a late cancellation
    NoShow,
    CancelledByMentor, ///< never billed
};

/// A lesson handed to a calculator by the caller (one attendee's view of it).
struct BillableLesson
{
    Q_DECLARE_TR_FUNCTIONS(BillableLesson)

public:
    QString lessonId;
    QDateTime startsAt;               ///< UTC instant
    QDate localDate;                  ///< the date in the studio's time zone (packages, periods, lines)
    int plannedMinutes = 0;           ///< 1…1440
    std::optional<int> actualMinutes; ///< 0…1440; the planned minutes when unset
    BillableStatus status = BillableStatus::Held;
    QDateTime cancelledAt;        ///< when the learner cancelled (late-cancel window)
    ProgressShare progressBefore; ///< P at the start of this lesson (progress discount)
    bool makeUp = false;          ///< a make-up lesson: consumes a make-up credit when one is available

    /// The minutes the lesson lasted: actual when known, else planned.
    [[nodiscard]] int heldMinutes() const { return actualMinutes.value_or(plannedMinutes); }
    /// localDate, or the UTC date of startsAt when localDate is unset.
    [[nodiscard]] QDate date() const { return localDate.isValid() ? localDate : startsAt.toUTC().date(); }
    /// Checks id, start and minutes; field keys are "lesson_id", "starts_at", "planned_minutes"…
    [[nodiscard]] Result<void> validate() const;

    [[nodiscard]] static QString statusKey(BillableStatus status);
    /// Orders lessons by start, then id (the order every calculator processes them in).
    [[nodiscard]] static bool earlier(const BillableLesson& a, const BillableLesson& b);
};

} // namespace mentordesk
