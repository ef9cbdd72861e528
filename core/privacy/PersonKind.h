// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace mentordesk {

/// The people whose personal data the studio can export and erase (docs/security.md "Personal data").
enum class PersonKind
{
    Learner,
    Payer,
};

/// "learner" / "payer": the audit entity and the JSON key.
[[nodiscard]] inline QString personKindKey(PersonKind kind)
{
    return kind == PersonKind::Learner ? QStringLiteral("learner") : QStringLiteral("payer");
}

/// The table holding the person's own row.
[[nodiscard]] inline QString personTable(PersonKind kind)
{
    return kind == PersonKind::Learner ? QStringLiteral("learners") : QStringLiteral("payers");
}

} // namespace mentordesk
