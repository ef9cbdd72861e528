// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/Plan.h"

namespace mentordesk {

Result<void> Plan::validate() const
{
    if (id.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("id"), tr("A plan needs an id.")));
    }
    if (!effectiveFrom.isValid()) {
        return fail(Error::invalid(QStringLiteral("effective_from"), tr("A plan needs the date it takes effect.")));
    }
    if (auto ok = std::visit([](const auto& t) { return t.validate(); }, terms); !ok) {
        return ok;
    }
    const auto* sub = std::get_if<SubscriptionPlan>(&terms);
    if (sub && sub->endsOn.isValid() && sub->endsOn < effectiveFrom) {
        return fail(Error::invalid(QStringLiteral("ends_on"), tr("A subscription cannot end before it starts.")));
    }
    return {};
}

QString Plan::kindKey(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Hourly:
        return QStringLiteral("hourly");
    case PlanKind::Subscription:
        return QStringLiteral("subscription");
    case PlanKind::Package:
        return QStringLiteral("package");
    case PlanKind::Project:
        return QStringLiteral("project");
    case PlanKind::Module:
        return QStringLiteral("module");
    }
    return QStringLiteral("hourly");
}

Result<PlanKind> Plan::parseKind(const QString& text, const QString& field)
{
    const QString t = text.trimmed().toLower();
    for (const auto k :
         {PlanKind::Hourly, PlanKind::Subscription, PlanKind::Package, PlanKind::Project, PlanKind::Module}) {
        if (t == kindKey(k)) {
            return k;
        }
    }
    return fail(Error::invalid(
        field, tr("“%1” is not a plan kind; use hourly, subscription, package, project or module.").arg(text)));
}

} // namespace mentordesk
