// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <optional>

namespace mentordesk {

/// A mentor's assessment of how well a learner masters a topic, at one moment.
struct Assessment
{
    RecordMeta meta;
    Id mentorId;
    Id learnerId;
    Id topicId;
    std::optional<Id> enrollmentId;
    int masteryPercent = 0; ///< 0–100
    QDateTime assessedAt;   ///< UTC
    QString note;
};

/// What a mentor gives when assessing. An invalid `assessedAt` means now.
struct AssessmentInput
{
    Id mentorId;
    Id learnerId;
    Id topicId;
    Id enrollmentId; ///< empty = none
    int masteryPercent = 0;
    QDateTime assessedAt;
    QString note;
};

} // namespace mentordesk
