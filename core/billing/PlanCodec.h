// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/Plan.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mentordesk {

/// Plan terms as JSON: how `plans.terms` is stored and what `plan set --terms` accepts. Keys are the
/// field keys of the pure plans ("rate", "one_off_fee", "rounding": {"increment_minutes", "direction"},
/// "milestones": [{"id", "label", "amount" | "percent_bp", "due_date"}] …); amounts are integers of minor
/// units, dates "YYYY-MM-DD". The full format is in docs/billing.md ("Stored plans").
class PlanCodec final
{
    Q_DECLARE_TR_FUNCTIONS(PlanCodec)

public:
    [[nodiscard]] static QJsonObject toJson(const Plan::Terms& terms);
    /// Reads the terms of a `kind` plan. Fails naming "terms.<key>" for a missing or malformed value or an
    /// unknown key; the values are not range-checked here (Plan::validate does that).
    [[nodiscard]] static Result<Plan::Terms> fromJson(PlanKind kind, const QJsonObject& json);
    /// Parses JSON text (an object) into terms.
    [[nodiscard]] static Result<Plan::Terms> fromText(PlanKind kind, const QString& text);
};

} // namespace mentordesk
