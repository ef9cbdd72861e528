// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "privacy/PersonKind.h"

#include <QJsonObject>
#include <QStringList>

namespace mentordesk {

/// Everything the studio holds about one learner or payer.
struct PersonalDataExport
{
    PersonKind kind = PersonKind::Learner;
    Id id;
    QString name;
    QJsonObject json; ///< {"format", "version", "subject", "exported_at", "tables": {table: [rows]}}
    QString html;     ///< a readable summary of the same data (self-contained HTML page)

    /// File name stem: "personal-data-learner-<id>".
    [[nodiscard]] QString fileStem() const
    {
        return QStringLiteral("personal-data-") + personKindKey(kind) + u'-' + id;
    }
};

/// What an erasure changed.
struct ErasureReport
{
    PersonKind kind = PersonKind::Learner;
    Id id;
    QString pseudonym; ///< the name the person's records carry from now on
    qint64 rowsChanged = 0;
    QStringList tables;   ///< tables in which rows changed
    QStringList retained; ///< "table: reason" for data kept on purpose (issued invoices, payments…)
};

} // namespace mentordesk
