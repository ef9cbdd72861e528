// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QList>
#include <QString>
#include <utility>

namespace mentordesk {
class Clock;
class Database;
} // namespace mentordesk

namespace mentordesk::test {

/// Records of the demo studio to navigate to. Kept apart from the page tests: core's Page<T> (a list
/// slice) and the desktop's Page widget cannot be seen from one translation unit.
class SmokeRecords final
{
public:
    /// (kind, id) of the first learner, mentor, payer, course, invoice and lesson; an empty id when the
    /// studio has none of a kind.
    [[nodiscard]] static QList<std::pair<QString, Id>> firstOfEachKind(Database& db, const Clock& clock);
};

} // namespace mentordesk::test
