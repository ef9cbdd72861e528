// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace mentordesk {

/// The reports MentorDesk offers.
enum class ReportKind
{
    Hours,       ///< minutes taught per mentor per week
    Utilisation, ///< taught minutes against weekly availability, per mentor per week
    Progress,    ///< progress over time per learner or per course
    Ratings,     ///< monthly average stars per course and per mentor
    AtRisk,      ///< enrollments at risk, with reasons
    Packages,    ///< package balances and expiries (billing data)
    Revenue,     ///< issued and paid per month (billing data)
    Aging,       ///< accounts receivable aging (billing data)
};

/// Names, titles and availability of the reports.
class ReportCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)

public:
    /// Every report, in menu order.
    [[nodiscard]] static QList<ReportKind> all();
    /// Stable machine name: "hours", "utilisation", "progress", "ratings", "at_risk", "packages", "revenue", "aging".
    [[nodiscard]] static QString code(ReportKind kind);
    /// Parses a machine name (case-insensitive; "at-risk" and "utilization" are accepted too).
    [[nodiscard]] static std::optional<ReportKind> fromCode(const QString& text);
    /// Translated title, e.g. "Hours taught per week".
    [[nodiscard]] static QString title(ReportKind kind);
    /// True for the reports that read invoices, payments or packages.
    [[nodiscard]] static bool needsBilling(ReportKind kind);
    /// False while the data a report needs is not stored yet. Every report is available now that billing
    /// stores invoices, payments and packages.
    [[nodiscard]] static bool isAvailable(ReportKind kind);
    /// The Refused error (field "billing") a report that is not available yet returns.
    [[nodiscard]] static Error notAvailable(ReportKind kind);
};

} // namespace mentordesk
