// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"
#include "money/Currency.h"

#include <QCoreApplication>

namespace mentordesk {

/// The one-line form of a module used by the command line and imports: "TITLE:MINUTES" or
/// "TITLE:MINUTES:PRICE", e.g. "Loops:90" or "Loops:1h30m:45.00". The title may itself contain ':'
/// ("Intro: setup:60"); the last one or two parts are read as length and price.
class CourseModuleSpec final
{
    Q_DECLARE_TR_FUNCTIONS(CourseModuleSpec)

public:
    /// Parses `spec`; the price is in major units of `currency`. Errors name `keyPrefix` + "minutes"
    /// or "price_minor" (e.g. "modules[2].minutes"). Title and ranges are checked by CourseValidator.
    [[nodiscard]] static Result<CourseModuleInput> parse(const QString& spec, const Currency& currency,
                                                         const QString& keyPrefix = QString());
};

} // namespace mentordesk
