// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PlanHistoryModel.h"

#include "common/Formatter.h"

namespace mentordesk {

PlanHistoryModel::PlanHistoryModel(const Formatter& format, QObject* parent)
    : QAbstractTableModel(parent)
    , m_format(format)
{}

void PlanHistoryModel::setPlans(const QList<StoredPlan>& plans)
{
    beginResetModel();
    m_plans = plans;
    std::sort(m_plans.begin(), m_plans.end(), [](const StoredPlan& a, const StoredPlan& b) {
        return a.plan.effectiveFrom > b.plan.effectiveFrom; // newest first
    });
    endResetModel();
}

const StoredPlan* PlanHistoryModel::planAt(int row) const
{
    return row >= 0 && row < m_plans.size() ? &m_plans.at(row) : nullptr;
}

QString PlanHistoryModel::kindText(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Subscription:
        return tr("Subscription");
    case PlanKind::Package:
        return tr("Prepaid package");
    case PlanKind::Project:
        return tr("Fixed-price project");
    case PlanKind::Module:
        return tr("Per module");
    case PlanKind::Hourly:
        break;
    }
    return tr("Hourly / per lesson");
}

QString PlanHistoryModel::summary(const Plan& plan, const Formatter& format)
{
    if (const auto* h = std::get_if<HourlyPlan>(&plan.terms)) {
        QString text = h->unit == HourlyPlan::RateUnit::PerLesson ? tr("%1 per lesson").arg(format.money(h->rateMinor))
                                                                  : tr("%1 per hour").arg(format.money(h->rateMinor));
        if (h->progressDiscount) {
            text = tr("%1, then %2 from %3 % progress")
                       .arg(text, format.money(h->progressDiscount->rateMinor))
                       .arg(h->progressDiscount->thresholdPermille / 10);
        }
        return text;
    }
    if (const auto* s = std::get_if<SubscriptionPlan>(&plan.terms)) {
        const QString fee = s->period == PeriodUnit::Week ? tr("%1 a week").arg(format.money(s->feeMinor))
                                                          : tr("%1 a month").arg(format.money(s->feeMinor));
        return s->unlimited() ? tr("%1, unlimited").arg(fee)
                              : tr("%1, %2 included").arg(fee, format.duration(s->includedMinutes));
    }
    if (const auto* p = std::get_if<PackagePlan>(&plan.terms)) {
        return tr("%1 for %2").arg(format.money(p->priceMinor), format.duration(p->minutes));
    }
    if (const auto* p = std::get_if<ProjectPlan>(&plan.terms)) {
        return tr("%1 in %n milestone(s)", nullptr, static_cast<int>(p->milestones.size()))
            .arg(format.money(p->priceMinor));
    }
    const auto& m = std::get<ModulePlan>(plan.terms);
    return tr("%n module(s)", nullptr, static_cast<int>(m.modules.size()));
}

int PlanHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

int PlanHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanHistoryModel::data(const QModelIndex& index, int role) const
{
    const StoredPlan* stored = index.isValid() ? planAt(index.row()) : nullptr;
    if (!stored) {
        return {};
    }
    if (role == Qt::UserRole) {
        return stored->meta.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case FromColumn:
        return m_format.date(stored->plan.effectiveFrom);
    case LabelColumn:
        return stored->plan.label;
    case KindColumn:
        return kindText(stored->plan.kind());
    case SummaryColumn:
        return summary(stored->plan, m_format);
    default:
        return {};
    }
}

QVariant PlanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FromColumn:
        return tr("From");
    case LabelColumn:
        return tr("Plan");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Terms");
    default:
        return {};
    }
}

} // namespace mentordesk
