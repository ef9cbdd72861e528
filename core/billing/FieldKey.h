// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace mentordesk {

/// Builds the field keys billing validation reports, e.g. "milestones[2].percent".
class FieldKey final
{
public:
    /// "list[index].field" (or "list[index]" when `field` is empty).
    [[nodiscard]] static QString indexed(const QString& list, qsizetype index, const QString& field = {})
    {
        const QString item = QStringLiteral("%1[%2]").arg(list).arg(index);
        return field.isEmpty() ? item : item + u'.' + field;
    }

    /// The error with "prefix." put before its field ("plans[1]." + "rate" → "plans[1].rate").
    [[nodiscard]] static Error prefixed(Error error, const QString& prefix)
    {
        if (!prefix.isEmpty()) {
            error.field = error.field.isEmpty() ? prefix : prefix + u'.' + error.field;
        }
        return error;
    }
};

} // namespace mentordesk
