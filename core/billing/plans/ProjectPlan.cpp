// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/ProjectPlan.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"

#include <QSet>

namespace mentordesk {

namespace {
QString key(qsizetype i, const char* field)
{
    return FieldKey::indexed(QStringLiteral("milestones"), i, QString::fromLatin1(field));
}
} // namespace

Result<void> ProjectPlan::validate() const
{
    if (auto ok = BillingMath::checkAmount(priceMinor, QStringLiteral("price")); !ok) {
        return ok;
    }
    if (milestones.isEmpty() || milestones.size() > 100) {
        return fail(Error::invalid(QStringLiteral("milestones"), tr("A project needs between 1 and 100 milestones.")));
    }
    QSet<QString> ids;
    qint64 total = 0;
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        const Milestone& m = milestones[i];
        if (m.id.trimmed().isEmpty() || ids.contains(m.id)) {
            return fail(Error::invalid(key(i, "id"), tr("Each milestone needs its own id.")));
        }
        ids.insert(m.id);
        if (m.label.trimmed().isEmpty()) {
            return fail(Error::invalid(key(i, "label"), tr("Each milestone needs a name.")));
        }
        if (split == Split::Percents) {
            if (m.percentBp < 1 || m.percentBp > 10000) {
                return fail(
                    Error::invalid(key(i, "percent"), tr("A milestone's share must be between 0.01 % and 100 %.")));
            }
            total += m.percentBp;
        } else {
            if (auto ok = BillingMath::checkAmount(m.amountMinor, key(i, "amount")); !ok) {
                return ok;
            }
            total += m.amountMinor;
        }
    }
    if (split == Split::Percents && total != 10000) {
        return fail(Error::invalid(
            QStringLiteral("milestones"),
            tr("The milestones' shares add up to %1 %; they must add up to 100 %.")
                .arg(QStringLiteral("%1.%2").arg(total / 100).arg(total % 100, 2, 10, QLatin1Char('0')))));
    }
    if (split == Split::Amounts && total != priceMinor) {
        return fail(Error::invalid(QStringLiteral("milestones"),
                                   tr("The milestones' amounts must add up to the project's price.")));
    }
    return {};
}

} // namespace mentordesk
