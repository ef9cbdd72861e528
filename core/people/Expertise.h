// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QString>

namespace mentordesk {

/// How well a mentor can teach one topic (a row of `mentor_expertise`).
struct Expertise
{
    RecordMeta meta;
    Id mentorId;
    Id topicId;
    int level = 1;     ///< 1 (can help with basics) … 5 (expert)
    QString topicName; ///< read from `topics` on load; not stored in this row
};

} // namespace mentordesk
