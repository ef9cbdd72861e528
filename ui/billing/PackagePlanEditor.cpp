// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/PackagePlanEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace mentordesk {

PackagePlanEditor::PackagePlanEditor(const Currency& currency, QWidget* parent)
    : PlanTermsEditor(currency, parent)
{
    setObjectName(QStringLiteral("PackagePlanEditor"));
    auto* form = new QFormLayout(this);
    m_price = addMoneyEdit(QStringLiteral("price"));
    form->addRow(tr("&Price of a package (%1):").arg(currency.code()), m_price);
    m_minutes = addMinutesSpin(QStringLiteral("minutes"), 1000000);
    m_minutes->setValue(600);
    m_minutes->setToolTip(tr("Minutes of lessons one package buys, e.g. 600 for 10 hours"));
    form->addRow(tr("&Time in a package:"), m_minutes);
    m_validity = new QSpinBox(this);
    m_validity->setToolTip(tr("Days from the purchase until unused time expires (0 = never)"));
    m_validity->setObjectName(QStringLiteral("validity_days"));
    m_validity->setRange(0, 3650);
    m_validity->setSuffix(tr(" days"));
    m_validity->setSpecialValueText(tr("No expiry"));
    m_validity->setMaximumWidth(160);
    registerField(QStringLiteral("validity_days"), m_validity);
    form->addRow(tr("&Valid for:"), m_validity);
    m_lowBalance = addMinutesSpin(QStringLiteral("low_balance_minutes"), 100000);
    m_lowBalance->setSpecialValueText(tr("Never warn"));
    m_lowBalance->setToolTip(tr("Minutes left at which Today lists the package as running low (0 = never)"));
    form->addRow(tr("&Warn at or below:"), m_lowBalance);
    m_whenExhausted = new QComboBox(this);
    m_whenExhausted->setToolTip(tr("What happens to lessons after the package's time is used up"));
    m_whenExhausted->setObjectName(QStringLiteral("when_exhausted"));
    m_whenExhausted->addItem(tr("Wait for a new package"),
                             static_cast<int>(PackagePlan::WhenExhausted::NeedNewPackage));
    m_whenExhausted->addItem(tr("Bill the extra time at the overage rate"),
                             static_cast<int>(PackagePlan::WhenExhausted::BillOverage));
    registerField(QStringLiteral("when_exhausted"), m_whenExhausted);
    form->addRow(tr("When &used up:"), m_whenExhausted);
    m_overage = addMoneyEdit(QStringLiteral("overage_rate"));
    form->addRow(tr("&Overage per hour:"), m_overage);
    addRoundingRows(form);
    connect(m_whenExhausted, &QComboBox::currentIndexChanged, this, [this] { syncEnabled(); });
    syncEnabled();
}

void PackagePlanEditor::syncEnabled()
{
    m_overage->setEnabled(m_whenExhausted->currentData().toInt() ==
                          static_cast<int>(PackagePlan::WhenExhausted::BillOverage));
}

Result<Plan::Terms> PackagePlanEditor::terms() const
{
    PackagePlan plan;
    auto price = readMoney(m_price, QStringLiteral("price"));
    if (!price) {
        return fail(price.error());
    }
    plan.priceMinor = *price;
    plan.minutes = m_minutes->value();
    plan.validityDays = m_validity->value();
    plan.lowBalanceMinutes = m_lowBalance->value();
    plan.whenExhausted = static_cast<PackagePlan::WhenExhausted>(m_whenExhausted->currentData().toInt());
    if (plan.whenExhausted == PackagePlan::WhenExhausted::BillOverage) {
        auto overage = readMoney(m_overage, QStringLiteral("overage_rate"));
        if (!overage) {
            return fail(overage.error());
        }
        plan.overageRateMinor = *overage;
    }
    plan.rounding = rounding();
    return Plan::Terms(plan);
}

void PackagePlanEditor::setTerms(const Plan::Terms& terms)
{
    const auto* plan = std::get_if<PackagePlan>(&terms);
    if (!plan) {
        return;
    }
    m_price->setText(moneyText(plan->priceMinor));
    m_minutes->setValue(static_cast<int>(plan->minutes));
    m_validity->setValue(plan->validityDays);
    m_lowBalance->setValue(static_cast<int>(plan->lowBalanceMinutes));
    m_whenExhausted->setCurrentIndex(std::max(0, m_whenExhausted->findData(static_cast<int>(plan->whenExhausted))));
    m_overage->setText(plan->overageRateMinor == 0 ? QString() : moneyText(plan->overageRateMinor));
    setRounding(plan->rounding);
    syncEnabled();
}

} // namespace mentordesk
