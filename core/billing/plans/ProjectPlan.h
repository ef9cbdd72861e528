// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace mentordesk {

/// A fixed price split into milestones, each billed when reached or on its due date.
struct ProjectPlan
{
    Q_DECLARE_TR_FUNCTIONS(ProjectPlan)

public:
    struct Milestone
    {
        QString id;             ///< stable id (links the invoice line)
        QString label;          ///< shown on the invoice
        qint64 amountMinor = 0; ///< share as an amount (plans whose milestones are amounts)
        qint64 percentBp = 0;   ///< share in basis points (plans whose milestones are percents)
        QDate dueDate;          ///< billed on this date if not reached earlier (invalid = when reached)
    };

    enum class Split
    {
        Amounts,  ///< milestone amounts, summing to the price exactly
        Percents, ///< milestone percents, summing to 100 %
    };

    qint64 priceMinor = 0;
    Split split = Split::Percents;
    QList<Milestone> milestones;

    /// Field keys: "price", "milestones", "milestones[i].id", "milestones[i].label", "milestones[i].amount",
    /// "milestones[i].percent".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
