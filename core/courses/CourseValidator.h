// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"

#include <QCoreApplication>

namespace mentordesk {

/// Input checks for courses and modules, shared by CourseService and imports. Pure: no database.
class CourseValidator final
{
    Q_DECLARE_TR_FUNCTIONS(CourseValidator)

public:
    /// Longest course or module: 10,000 hours.
    static constexpr int kMaxMinutes = 10000 * 60;
    /// Highest accepted module price in minor units.
    static constexpr qint64 kMaxPriceMinor = 999'999'999'999LL;

    /// Trims and checks title (≤ 200), description, level 1–5, quality and practicality 1–10 and
    /// content minutes (0 is let through: it means "sum of the modules", which the service decides).
    /// Field keys: "title", "description", "level", "content_minutes", "quality", "practicality".
    [[nodiscard]] static Result<CourseInput> course(const CourseInput& input);
    /// Trims and checks a module. Field keys are `prefix` + "title", "minutes", "price_minor",
    /// e.g. "modules[2].minutes" with prefix "modules[2]." (indices count from 0).
    [[nodiscard]] static Result<CourseModuleInput> module(const CourseModuleInput& input,
                                                          const QString& prefix = QString());
    /// `contentMinutes` when set, else the sum of `modules`' minutes; Invalid ("content_minutes")
    /// when that is still zero.
    [[nodiscard]] static Result<int> contentMinutes(int contentMinutes, const QList<CourseModuleInput>& modules);
};

} // namespace mentordesk
