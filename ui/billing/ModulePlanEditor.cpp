// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ModulePlanEditor.h"

#include "money/Money.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>

namespace mentordesk {

ModulePlanEditor::ModulePlanEditor(const Currency& currency, QWidget* parent)
    : PlanTermsEditor(currency, parent)
{
    setObjectName(QStringLiteral("ModulePlanEditor"));
    auto* form = new QFormLayout(this);
    m_defaultPrice = addMoneyEdit(QStringLiteral("default_price"));
    m_defaultPrice->setToolTip(tr("For modules without a price of their own (empty = none)"));
    form->addRow(tr("Default module &price (%1):").arg(currency.code()), m_defaultPrice);
    m_modules = new QTableWidget(0, 2, this);
    m_modules->setTabKeyNavigation(false);
    m_modules->setObjectName(QStringLiteral("modules"));
    m_modules->setHorizontalHeaderLabels({tr("Module"), tr("Own price")});
    m_modules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_modules->verticalHeader()->hide();
    registerField(QStringLiteral("modules"), m_modules);
    m_note = new QLabel(tr("Each module of the course is billed when the learner starts it. The course's modules "
                           "and their prices are taken when the plan is saved."),
                        this);
    m_note->setWordWrap(true);
    form->addRow(m_note);
    form->addRow(tr("&Modules:"), m_modules);
}

Result<Plan::Terms> ModulePlanEditor::terms() const
{
    ModulePlan plan;
    if (!m_defaultPrice->text().trimmed().isEmpty()) {
        auto price = readMoney(m_defaultPrice, QStringLiteral("default_price"));
        if (!price) {
            return fail(price.error());
        }
        plan.defaultPriceMinor = *price;
    }
    for (int row = 0; row < m_modules->rowCount() && row < m_loaded.size(); ++row) {
        ModulePlan::Module module = m_loaded.at(row);
        const QTableWidgetItem* item = m_modules->item(row, 1);
        const QString text = item ? item->text().trimmed() : QString();
        module.priceMinor.reset();
        if (!text.isEmpty()) {
            auto price = Money::parse(text, m_currency, QStringLiteral("modules[%1].price").arg(row));
            if (!price) {
                return fail(price.error());
            }
            module.priceMinor = price->minorUnits();
        }
        plan.modules.append(module);
    }
    return Plan::Terms(plan);
}

void ModulePlanEditor::setTerms(const Plan::Terms& terms)
{
    const auto* plan = std::get_if<ModulePlan>(&terms);
    if (!plan) {
        return;
    }
    m_defaultPrice->setText(plan->defaultPriceMinor ? moneyText(*plan->defaultPriceMinor) : QString());
    m_loaded = plan->modules;
    m_modules->setRowCount(0);
    for (const ModulePlan::Module& module : plan->modules) {
        const int row = m_modules->rowCount();
        m_modules->insertRow(row);
        auto* title = new QTableWidgetItem(module.title);
        title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        m_modules->setItem(row, 0, title);
        m_modules->setItem(row, 1, new QTableWidgetItem(module.priceMinor ? moneyText(*module.priceMinor) : QString()));
    }
}

bool ModulePlanEditor::highlight(const QString& fieldKey, const QString& message)
{
    static const QRegularExpression pattern(QStringLiteral("^modules\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = pattern.match(fieldKey);
    if (!match.hasMatch()) {
        return PlanTermsEditor::highlight(fieldKey, message);
    }
    markWidget(m_modules, message);
    if (const int row = match.captured(1).toInt(); row < m_modules->rowCount()) {
        m_modules->setCurrentCell(row, 1);
    }
    m_modules->setFocus();
    return true;
}

void ModulePlanEditor::clearHighlights()
{
    PlanTermsEditor::clearHighlights();
    markWidget(m_modules, {});
}

} // namespace mentordesk
