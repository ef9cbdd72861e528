// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCatalog.h"

namespace mentordesk {

QList<ReportKind> ReportCatalog::all()
{
    return {ReportKind::Hours,  ReportKind::Utilisation, ReportKind::Progress, ReportKind::Ratings,
            ReportKind::AtRisk, ReportKind::Packages,    ReportKind::Revenue,  ReportKind::Aging};
}

QString ReportCatalog::code(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Hours:
        return QStringLiteral("hours");
    case ReportKind::Utilisation:
        return QStringLiteral("utilisation");
    case ReportKind::Progress:
        return QStringLiteral("progress");
    case ReportKind::Ratings:
        return QStringLiteral("ratings");
    case ReportKind::AtRisk:
        return QStringLiteral("at_risk");
    case ReportKind::Packages:
        return QStringLiteral("packages");
    case ReportKind::Revenue:
        return QStringLiteral("revenue");
    case ReportKind::Aging:
        return QStringLiteral("aging");
    }
    return {};
}

std::optional<ReportKind> ReportCatalog::fromCode(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.replace(u'-', u'_');
    if (t == u"utilization") {
        return ReportKind::Utilisation;
    }
    for (ReportKind kind : all()) {
        if (code(kind) == t) {
            return kind;
        }
    }
    return std::nullopt;
}

QString ReportCatalog::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Hours:
        return tr("Hours taught per week");
    case ReportKind::Utilisation:
        return tr("Utilisation against availability");
    case ReportKind::Progress:
        return tr("Progress over time");
    case ReportKind::Ratings:
        return tr("Rating trends");
    case ReportKind::AtRisk:
        return tr("Learners at risk");
    case ReportKind::Packages:
        return tr("Package balances and expiries");
    case ReportKind::Revenue:
        return tr("Revenue per month");
    case ReportKind::Aging:
        return tr("Accounts receivable aging");
    }
    return {};
}

bool ReportCatalog::needsBilling(ReportKind kind)
{
    return kind == ReportKind::Packages || kind == ReportKind::Revenue || kind == ReportKind::Aging;
}

bool ReportCatalog::isAvailable(ReportKind kind)
{
    Q_UNUSED(kind);
    return true;
}

Error ReportCatalog::notAvailable(ReportKind kind)
{
    return Error{ErrorCode::Refused, QStringLiteral("billing"),
                 tr("The report “%1” needs invoices, payments and packages, which this studio does not store yet. "
                    "It becomes available once billing is set up.")
                     .arg(title(kind))};
}

} // namespace mentordesk
