// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/ModulePlan.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

#include <QSet>

namespace mentordesk {

namespace {
QString key(qsizetype i, const char* field)
{
    return FieldKey::indexed(QStringLiteral("modules"), i, QString::fromLatin1(field));
}
} // namespace

Result<void> ModulePlan::validate() const
{
    if (defaultPriceMinor) {
        if (auto ok = BillingMath::checkAmount(*defaultPriceMinor, QStringLiteral("default_price")); !ok) {
            return ok;
        }
    }
    if (modules.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("modules"), tr("A per-module plan needs the course's modules.")));
    }
    QSet<QString> ids;
    QSet<int> positions;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const Module& m = modules[i];
        if (m.moduleId.trimmed().isEmpty() || ids.contains(m.moduleId)) {
            return fail(Error::invalid(key(i, "module_id"), tr("Each module needs its own id.")));
        }
        ids.insert(m.moduleId);
        if (m.position < 1 || positions.contains(m.position)) {
            return fail(Error::invalid(key(i, "position"), tr("Each module needs its own position, 1 or more.")));
        }
        positions.insert(m.position);
        if (m.contentMinutes < 0) {
            return fail(Error::invalid(key(i, "content_minutes"), tr("A module's minutes must not be negative.")));
        }
        if (!m.priceMinor && !defaultPriceMinor) {
            return fail(
                Error::invalid(key(i, "price"),
                               tr("Module “%1” has no price and the plan has no default module price.").arg(m.title)));
        }
        if (m.priceMinor) {
            if (auto ok = BillingMath::checkAmount(*m.priceMinor, key(i, "price")); !ok) {
                return ok;
            }
        }
    }
    return {};
}

} // namespace mentordesk
