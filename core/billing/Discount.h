// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// A discount shown as its own invoice line(s): a percent or a fixed amount, for one plan or for
/// everything a payer is billed (e.g. a family discount).
struct Discount
{
    Q_DECLARE_TR_FUNCTIONS(Discount)

public:
    enum class Kind
    {
        Percent, ///< value in basis points, 1…10000
        Fixed,   ///< value in minor units, ≥ 1
    };
    enum class Scope
    {
        Plan,  ///< the lines of plan `planId`
        Payer, ///< all of the payer's lines (after plan discounts)
    };

    QString id;
    QString label; ///< shown on the invoice ("Family discount")
    Kind kind = Kind::Percent;
    qint64 value = 0;
    Scope scope = Scope::Payer;
    QString planId; ///< Scope::Plan only

    /// Field keys: "id", "label", "value", "plan_id".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
