// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// Translated names of the entities that can be imported or exported ("payers" → "Payers").
class EntityNames final
{
    Q_DECLARE_TR_FUNCTIONS(EntityNames)

public:
    /// The plural label of `entity`; the entity key itself when it is not known here.
    [[nodiscard]] static QString label(const QString& entity);
};

} // namespace mentordesk
