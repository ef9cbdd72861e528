// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/PriceLine.h"
#include "billing/plans/Plan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mentordesk {

/// Everything the quote assumed, to show next to it.
struct QuoteAssumptions
{
    qint64 contentMinutes = 0;
    int efficiencyPermille = 0;
    int targetPermille = 0;
    qint64 heldMinutesSoFar = 0;
    qint64 weeklyMinutes = 0;
    int lessonMinutes = 0; ///< as scheduled
    int lessonsPerWeek = 0;
    qint64 minutesNeeded = 0; ///< ceil(P × C / E) − T so far, never below 0
    int lessons = 0;          ///< lessons scheduled (the last one may be shorter)
    int weeks = 0;            ///< ceil(minutes needed / weekly minutes)
    QDate startDate;
    QDate endDate; ///< date of the last lesson
    // Fixed assumptions, stated so the UI can show them: every lesson is held as scheduled, amounts are as
    // the plans state them (before tax when the studio prices net), no discounts.
};

/// The cost of the goal under one plan.
struct QuoteOption
{
    QString planId;
    QString planLabel;
    PlanKind kind = PlanKind::Hourly;
    qint64 totalMinor = 0;
    QList<PriceLine> lines; ///< the lines the plan would bill for the goal
    int periods = 0;        ///< subscription: periods billed
    int packages = 0;       ///< package: packages bought
};

struct QuoteResult
{
    QuoteAssumptions assumptions;
    QList<QuoteOption> options; ///< cheapest first; ties keep the order the plans were given in
};

} // namespace mentordesk
