// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// Per-module billing: each module of the course is billed when it starts.
struct ModulePlan
{
    Q_DECLARE_TR_FUNCTIONS(ModulePlan)

public:
    struct Module
    {
        QString moduleId;
        QString title;
        int position = 1;                 ///< order in the course, ≥ 1, unique
        qint64 contentMinutes = 0;        ///< the module's content minutes (plan advisor)
        std::optional<qint64> priceMinor; ///< the module's own price; else the plan's default
    };

    std::optional<qint64> defaultPriceMinor; ///< for modules without a price of their own
    QList<Module> modules;

    /// The module's price: its own, else the default (validate() guarantees one exists).
    [[nodiscard]] qint64 priceOf(const Module& module) const
    {
        return module.priceMinor.value_or(defaultPriceMinor.value_or(0));
    }
    /// Field keys: "default_price", "modules", "modules[i].module_id", "modules[i].position", "modules[i].price",
    /// "modules[i].content_minutes".
    [[nodiscard]] Result<void> validate() const;
};

} // namespace mentordesk
