// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/plans/PlanTimeline.h"

#include "billing/FieldKey.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

namespace {
QList<Plan> byEffectiveDate(QList<Plan> plans)
{
    std::stable_sort(plans.begin(), plans.end(),
                     [](const Plan& a, const Plan& b) { return a.effectiveFrom < b.effectiveFrom; });
    return plans;
}
} // namespace

Result<void> PlanTimeline::validate(const QList<Plan>& plans)
{
    QSet<QString> ids;
    QSet<qint64> days;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QString prefix = FieldKey::indexed(QStringLiteral("plans"), i);
        if (auto ok = plans[i].validate(); !ok) {
            return fail(FieldKey::prefixed(ok.error(), prefix));
        }
        if (ids.contains(plans[i].id)) {
            return fail(
                Error::invalid(prefix + QStringLiteral(".id"), tr("Two plans share the id %1.").arg(plans[i].id)));
        }
        ids.insert(plans[i].id);
        const qint64 day = plans[i].effectiveFrom.toJulianDay();
        if (days.contains(day)) {
            return fail(Error::invalid(prefix + QStringLiteral(".effective_from"),
                                       tr("Another plan of this enrollment already takes effect on %1.")
                                           .arg(plans[i].effectiveFrom.toString(Qt::ISODate))));
        }
        days.insert(day);
    }
    return {};
}

std::optional<Plan> PlanTimeline::planOn(const QList<Plan>& plans, QDate day)
{
    std::optional<Plan> found;
    for (const Plan& p : plans) {
        if (p.effectiveFrom <= day && (!found || p.effectiveFrom > found->effectiveFrom)) {
            found = p;
        }
    }
    return found;
}

QDate PlanTimeline::lastDay(const QList<Plan>& plans, const Plan& plan)
{
    QDate next;
    for (const Plan& p : plans) {
        if (p.effectiveFrom > plan.effectiveFrom && (!next.isValid() || p.effectiveFrom < next)) {
            next = p.effectiveFrom;
        }
    }
    return next.isValid() ? next.addDays(-1) : QDate();
}

QList<PlanTimeline::Assignment> PlanTimeline::assign(const QList<Plan>& plans, const QList<BillableLesson>& lessons,
                                                     QList<BillableLesson>* unassigned)
{
    const QList<Plan> sorted = byEffectiveDate(plans);
    QList<Assignment> out;
    out.reserve(sorted.size());
    for (const Plan& p : sorted) {
        out.append(Assignment{p, {}});
    }
    QList<BillableLesson> ordered = lessons;
    std::stable_sort(ordered.begin(), ordered.end(), BillableLesson::earlier);
    for (const BillableLesson& lesson : ordered) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (sorted[i].effectiveFrom <= lesson.date()) {
                index = i;
            }
        }
        if (index < 0) {
            if (unassigned) {
                unassigned->append(lesson);
            }
            continue;
        }
        out[index].lessons.append(lesson);
    }
    return out;
}

} // namespace mentordesk
