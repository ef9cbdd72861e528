// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/BillableLesson.h"
#include "billing/QuoteResult.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

/// The schedule the plan advisor prices: the goal's lessons and what it assumed.
struct QuoteSchedule
{
    QuoteAssumptions assumptions;
    QList<BillableLesson> lessons; ///< held, in time order, with progress before each
};

/// Prices a quote schedule under one plan with the plan's own calculator (used by QuoteAdvisor).
class QuoteCoster final
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCoster)

public:
    [[nodiscard]] static Result<QuoteOption> cost(const Plan& plan, const QuoteSchedule& schedule);

private:
    [[nodiscard]] static Result<QuoteOption> hourly(const Plan& plan, const QuoteSchedule& s);
    [[nodiscard]] static Result<QuoteOption> subscription(const Plan& plan, const QuoteSchedule& s);
    [[nodiscard]] static Result<QuoteOption> package(const Plan& plan, const QuoteSchedule& s);
    [[nodiscard]] static Result<QuoteOption> project(const Plan& plan, const QuoteSchedule& s);
    [[nodiscard]] static Result<QuoteOption> module(const Plan& plan, const QuoteSchedule& s);
};

} // namespace mentordesk
