// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/HourlyPlanEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace mentordesk {

HourlyPlanEditor::HourlyPlanEditor(const Currency& currency, QWidget* parent)
    : PlanTermsEditor(currency, parent)
{
    setObjectName(QStringLiteral("HourlyPlanEditor"));
    auto* form = new QFormLayout(this);
    m_rate = addMoneyEdit(QStringLiteral("rate"));
    m_unit = new QComboBox(this);
    m_unit->setToolTip(tr("Whether the rate is for 60 minutes held or for each lesson regardless of length"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("per hour"), static_cast<int>(HourlyPlan::RateUnit::PerHour));
    m_unit->addItem(tr("per lesson"), static_cast<int>(HourlyPlan::RateUnit::PerLesson));
    registerField(QStringLiteral("unit"), m_unit);
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_unit);
    rateRow->addStretch(1);
    addRow(form, tr("&Rate (%1):").arg(currency.code()), m_rate, rateRow);
    m_fee = addMoneyEdit(QStringLiteral("one_off_fee"));
    m_fee->setToolTip(tr("Billed once, on the first invoice of this plan (0 = none)"));
    form->addRow(tr("&One-off fee:"), m_fee);
    addRoundingRows(form);

    m_discountOn = new QCheckBox(tr("Lower rate once progress reaches a threshold"), this);
    m_discountOn->setToolTip(
        tr("Charge the lower rate below once the learner's progress in the course passes the threshold"));
    m_discountOn->setObjectName(QStringLiteral("progress_discount"));
    m_threshold = new QSpinBox(this);
    m_threshold->setToolTip(tr("Progress in percent of the course at which the lower rate starts"));
    m_threshold->setObjectName(QStringLiteral("progress_discount.threshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setValue(80);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setMaximumWidth(160);
    registerField(QStringLiteral("progress_discount.threshold"), m_threshold);
    m_discountRate = addMoneyEdit(QStringLiteral("progress_discount.rate"));
    form->addRow(QString(), m_discountOn);
    form->addRow(tr("Progress &threshold:"), m_threshold);
    form->addRow(tr("Dis&counted rate:"), m_discountRate);
    auto sync = [this] {
        m_threshold->setEnabled(m_discountOn->isChecked());
        m_discountRate->setEnabled(m_discountOn->isChecked());
    };
    connect(m_discountOn, &QCheckBox::toggled, this, sync);
    sync();
}

Result<Plan::Terms> HourlyPlanEditor::terms() const
{
    HourlyPlan plan;
    auto rate = readMoney(m_rate, QStringLiteral("rate"));
    if (!rate) {
        return fail(rate.error());
    }
    plan.rateMinor = *rate;
    plan.unit = static_cast<HourlyPlan::RateUnit>(m_unit->currentData().toInt());
    auto fee = readMoney(m_fee, QStringLiteral("one_off_fee"));
    if (!fee) {
        return fail(fee.error());
    }
    plan.oneOffFeeMinor = *fee;
    plan.rounding = rounding();
    if (m_discountOn->isChecked()) {
        auto discounted = readMoney(m_discountRate, QStringLiteral("progress_discount.rate"));
        if (!discounted) {
            return fail(discounted.error());
        }
        plan.progressDiscount = HourlyPlan::ProgressDiscount{m_threshold->value() * 10, *discounted};
    }
    return Plan::Terms(plan);
}

void HourlyPlanEditor::setTerms(const Plan::Terms& terms)
{
    const auto* plan = std::get_if<HourlyPlan>(&terms);
    if (!plan) {
        return;
    }
    m_rate->setText(moneyText(plan->rateMinor));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(static_cast<int>(plan->unit))));
    m_fee->setText(plan->oneOffFeeMinor == 0 ? QString() : moneyText(plan->oneOffFeeMinor));
    setRounding(plan->rounding);
    m_discountOn->setChecked(plan->progressDiscount.has_value());
    if (plan->progressDiscount) {
        m_threshold->setValue(plan->progressDiscount->thresholdPermille / 10);
        m_discountRate->setText(moneyText(plan->progressDiscount->rateMinor));
    }
}

} // namespace mentordesk
