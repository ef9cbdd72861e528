// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/SubscriptionPlanEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>

namespace mentordesk {

namespace {

const QRegularExpression& pauseKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^pauses\\[(\\d+)\\]\\.(from|to)$"));
    return pattern;
}

} // namespace

SubscriptionPlanEditor::SubscriptionPlanEditor(const Currency& currency, QWidget* parent)
    : PlanTermsEditor(currency, parent)
{
    setObjectName(QStringLiteral("SubscriptionPlanEditor"));
    auto* form = new QFormLayout(this);
    m_period = new QComboBox(this);
    m_period->setToolTip(tr("How often the fee is billed"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Monthly"), static_cast<int>(PeriodUnit::Month));
    m_period->addItem(tr("Weekly"), static_cast<int>(PeriodUnit::Week));
    registerField(QStringLiteral("period"), m_period);
    m_weekStart = new QComboBox(this);
    m_weekStart->setToolTip(tr("The first day of a weekly period"));
    m_weekStart->setObjectName(QStringLiteral("week_starts_on"));
    for (int day = 1; day <= 7; ++day) {
        m_weekStart->addItem(tr("weeks start on %1").arg(QLocale().dayName(day)), day);
    }
    registerField(QStringLiteral("week_starts_on"), m_weekStart);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_weekStart);
    periodRow->addStretch(1);
    addRow(form, tr("&Period:"), m_period, periodRow);
    m_fee = addMoneyEdit(QStringLiteral("fee"));
    form->addRow(tr("&Fee per period (%1):").arg(currency.code()), m_fee);
    m_included = addMinutesSpin(QStringLiteral("included_minutes"), 100000);
    m_included->setValue(480);
    m_included->setToolTip(tr("Lesson minutes the fee covers each period, e.g. 480 for 8 hours"));
    m_unlimited = new QCheckBox(tr("&Unlimited"), this);
    m_unlimited->setToolTip(tr("No cap on lesson time: the fee covers every lesson of the period"));
    m_unlimited->setObjectName(QStringLiteral("unlimited"));
    auto* includedRow = new QHBoxLayout;
    includedRow->addWidget(m_included);
    includedRow->addWidget(m_unlimited);
    includedRow->addStretch(1);
    addRow(form, tr("&Included per period:"), m_included, includedRow);
    m_overage = addMoneyEdit(QStringLiteral("overage_rate"));
    m_overage->setToolTip(tr("Per hour beyond the included time"));
    form->addRow(tr("&Overage per hour:"), m_overage);
    m_rollover = new QComboBox(this);
    m_rollover->setToolTip(tr("What happens to included time the learner did not use"));
    m_rollover->setObjectName(QStringLiteral("rollover"));
    m_rollover->addItem(tr("Unused time lapses"), static_cast<int>(SubscriptionPlan::Rollover::None));
    m_rollover->addItem(tr("Carries over, capped"), static_cast<int>(SubscriptionPlan::Rollover::Capped));
    m_rollover->addItem(tr("Carries over one period"), static_cast<int>(SubscriptionPlan::Rollover::OnePeriod));
    registerField(QStringLiteral("rollover"), m_rollover);
    m_cap = addMinutesSpin(QStringLiteral("rollover_cap_minutes"), 100000);
    m_cap->setToolTip(tr("At most this many unused minutes carry over"));
    auto* rolloverRow = new QHBoxLayout;
    rolloverRow->addWidget(m_rollover);
    rolloverRow->addWidget(m_cap);
    rolloverRow->addStretch(1);
    addRow(form, tr("&Rollover:"), m_rollover, rolloverRow);
    m_prorate = new QCheckBox(tr("Prorate partial periods &by days"), this);
    m_prorate->setToolTip(tr("A period that starts or ends mid-way pays only for its days"));
    m_prorate->setObjectName(QStringLiteral("prorate"));
    m_prorate->setChecked(true);
    form->addRow(QString(), m_prorate);
    addRoundingRows(form);

    m_pauses = new QTableWidget(0, 2, this);
    m_pauses->setTabKeyNavigation(false);
    m_pauses->setObjectName(QStringLiteral("pauses"));
    m_pauses->setHorizontalHeaderLabels({tr("Paused from"), tr("to (inclusive)")});
    m_pauses->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pauses->verticalHeader()->hide();
    m_pauses->setMaximumHeight(110);
    m_pauses->setToolTip(tr("Dates as YYYY-MM-DD; paused days pay no fee and include no time"));
    registerField(QStringLiteral("pauses"), m_pauses);
    auto* add = new QPushButton(tr("Add Pause"), this);
    add->setObjectName(QStringLiteral("addPause"));
    auto* remove = new QPushButton(tr("Remove Pause"), this);
    remove->setObjectName(QStringLiteral("removePause"));
    connect(add, &QPushButton::clicked, this, [this] { m_pauses->insertRow(m_pauses->rowCount()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_pauses->currentRow() >= 0) {
            m_pauses->removeRow(m_pauses->currentRow());
        }
    });
    auto* pauseButtons = new QVBoxLayout;
    pauseButtons->addWidget(add);
    pauseButtons->addWidget(remove);
    pauseButtons->addStretch(1);
    auto* pauseRow = new QHBoxLayout;
    pauseRow->addWidget(m_pauses, 1);
    pauseRow->addLayout(pauseButtons);
    addRow(form, tr("P&auses:"), m_pauses, pauseRow);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { syncEnabled(); });
    connect(m_unlimited, &QCheckBox::toggled, this, [this] { syncEnabled(); });
    connect(m_rollover, &QComboBox::currentIndexChanged, this, [this] { syncEnabled(); });
    syncEnabled();
}

void SubscriptionPlanEditor::syncEnabled()
{
    m_weekStart->setEnabled(m_period->currentData().toInt() == static_cast<int>(PeriodUnit::Week));
    m_included->setEnabled(!m_unlimited->isChecked());
    m_overage->setEnabled(!m_unlimited->isChecked());
    m_cap->setEnabled(m_rollover->currentData().toInt() == static_cast<int>(SubscriptionPlan::Rollover::Capped));
}

Result<Plan::Terms> SubscriptionPlanEditor::terms() const
{
    SubscriptionPlan plan;
    plan.period = static_cast<PeriodUnit>(m_period->currentData().toInt());
    plan.weekStartsOn = m_weekStart->currentData().toInt();
    auto fee = readMoney(m_fee, QStringLiteral("fee"));
    if (!fee) {
        return fail(fee.error());
    }
    plan.feeMinor = *fee;
    plan.includedMinutes = m_unlimited->isChecked() ? SubscriptionPlan::kUnlimited : m_included->value();
    if (!m_unlimited->isChecked() && m_included->value() == 0) {
        return fail(Error::invalid(QStringLiteral("included_minutes"),
                                   tr("Enter the time included per period, or tick Unlimited.")));
    }
    auto overage = readMoney(m_overage, QStringLiteral("overage_rate"));
    if (!overage) {
        return fail(overage.error());
    }
    plan.overageRateMinor = m_unlimited->isChecked() ? 0 : *overage;
    plan.rollover = static_cast<SubscriptionPlan::Rollover>(m_rollover->currentData().toInt());
    plan.rolloverCapMinutes = plan.rollover == SubscriptionPlan::Rollover::Capped ? m_cap->value() : 0;
    plan.prorate = m_prorate->isChecked();
    plan.rounding = rounding();
    plan.endsOn = m_endsOn;
    for (int row = 0; row < m_pauses->rowCount(); ++row) {
        SubscriptionPlan::Pause pause;
        const QString prefix = QStringLiteral("pauses[%1].").arg(row);
        for (const int column : {0, 1}) {
            const QTableWidgetItem* item = m_pauses->item(row, column);
            const QDate date = QDate::fromString(item ? item->text().trimmed() : QString(), Qt::ISODate);
            if (!date.isValid()) {
                return fail(Error::invalid(prefix + (column == 0 ? QStringLiteral("from") : QStringLiteral("to")),
                                           tr("Enter the pause's dates as YYYY-MM-DD.")));
            }
            (column == 0 ? pause.from : pause.to) = date;
        }
        plan.pauses.append(pause);
    }
    return Plan::Terms(plan);
}

void SubscriptionPlanEditor::setTerms(const Plan::Terms& terms)
{
    const auto* plan = std::get_if<SubscriptionPlan>(&terms);
    if (!plan) {
        return;
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(plan->period))));
    m_weekStart->setCurrentIndex(std::max(0, m_weekStart->findData(plan->weekStartsOn)));
    m_fee->setText(moneyText(plan->feeMinor));
    m_unlimited->setChecked(plan->unlimited());
    m_included->setValue(static_cast<int>(plan->unlimited() ? 480 : plan->includedMinutes));
    m_overage->setText(plan->overageRateMinor == 0 ? QString() : moneyText(plan->overageRateMinor));
    m_rollover->setCurrentIndex(std::max(0, m_rollover->findData(static_cast<int>(plan->rollover))));
    m_cap->setValue(static_cast<int>(plan->rolloverCapMinutes));
    m_prorate->setChecked(plan->prorate);
    setRounding(plan->rounding);
    m_endsOn = plan->endsOn;
    m_pauses->setRowCount(0);
    for (const SubscriptionPlan::Pause& pause : plan->pauses) {
        const int row = m_pauses->rowCount();
        m_pauses->insertRow(row);
        m_pauses->setItem(row, 0, new QTableWidgetItem(pause.from.toString(Qt::ISODate)));
        m_pauses->setItem(row, 1, new QTableWidgetItem(pause.to.toString(Qt::ISODate)));
    }
    syncEnabled();
}

bool SubscriptionPlanEditor::highlight(const QString& fieldKey, const QString& message)
{
    const auto match = pauseKeyPattern().match(fieldKey);
    if (!match.hasMatch()) {
        return PlanTermsEditor::highlight(fieldKey, message);
    }
    const int row = match.captured(1).toInt();
    const int column = match.captured(2) == u"from" ? 0 : 1;
    markWidget(m_pauses, message);
    if (row < m_pauses->rowCount()) {
        m_pauses->setCurrentCell(row, column);
    }
    m_pauses->setFocus();
    return true;
}

void SubscriptionPlanEditor::clearHighlights()
{
    PlanTermsEditor::clearHighlights();
    markWidget(m_pauses, {});
}

} // namespace mentordesk
