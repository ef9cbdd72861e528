// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/ProjectPlanEditor.h"

#include "common/Id.h"
#include "money/Money.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

namespace mentordesk {

namespace {

enum Column
{
    LabelColumn,
    ShareColumn,
    DueColumn,
};

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ProjectPlanEditor::ProjectPlanEditor(const Currency& currency, QWidget* parent)
    : PlanTermsEditor(currency, parent)
{
    setObjectName(QStringLiteral("ProjectPlanEditor"));
    auto* form = new QFormLayout(this);
    m_price = addMoneyEdit(QStringLiteral("price"));
    form->addRow(tr("&Project price (%1):").arg(currency.code()), m_price);
    m_split = new QComboBox(this);
    m_split->setToolTip(
        tr("How the Share column of each milestone is read: percent of the project price, or an amount"));
    m_split->setObjectName(QStringLiteral("split"));
    m_split->addItem(tr("Milestones are percentages of the price"), static_cast<int>(ProjectPlan::Split::Percents));
    m_split->addItem(tr("Milestones are amounts"), static_cast<int>(ProjectPlan::Split::Amounts));
    registerField(QStringLiteral("split"), m_split);
    form->addRow(tr("Spl&it:"), m_split);
    m_milestones = new QTableWidget(0, 3, this);
    m_milestones->setTabKeyNavigation(false);
    m_milestones->setObjectName(QStringLiteral("milestones"));
    m_milestones->setHorizontalHeaderLabels({tr("Milestone"), tr("Share"), tr("Due date")});
    m_milestones->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_milestones->horizontalHeaderItem(ShareColumn)->setToolTip(tr("A percentage of the price, or an amount"));
    m_milestones->verticalHeader()->hide();
    m_milestones->setToolTip(tr("Due date as YYYY-MM-DD, or empty to bill when the milestone is marked reached"));
    registerField(QStringLiteral("milestones"), m_milestones);
    auto* add = new QPushButton(tr("Add Milestone"), this);
    add->setObjectName(QStringLiteral("addMilestone"));
    auto* remove = new QPushButton(tr("Remove Milestone"), this);
    remove->setObjectName(QStringLiteral("removeMilestone"));
    connect(add, &QPushButton::clicked, this, [this] { addMilestone({}, {}, {}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_milestones->currentRow() >= 0) {
            m_milestones->removeRow(m_milestones->currentRow());
        }
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_milestones, 1);
    row->addLayout(buttons);
    addRow(form, tr("&Milestones:"), m_milestones, row);
}

void ProjectPlanEditor::addMilestone(const QString& label, const QString& share, const QString& dueDate)
{
    const int row = m_milestones->rowCount();
    m_milestones->insertRow(row);
    auto* labelItem = new QTableWidgetItem(label);
    labelItem->setData(Qt::UserRole, newId());
    m_milestones->setItem(row, LabelColumn, labelItem);
    m_milestones->setItem(row, ShareColumn, new QTableWidgetItem(share));
    m_milestones->setItem(row, DueColumn, new QTableWidgetItem(dueDate));
}

Result<Plan::Terms> ProjectPlanEditor::terms() const
{
    ProjectPlan plan;
    auto price = readMoney(m_price, QStringLiteral("price"));
    if (!price) {
        return fail(price.error());
    }
    plan.priceMinor = *price;
    plan.split = static_cast<ProjectPlan::Split>(m_split->currentData().toInt());
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        const QString prefix = QStringLiteral("milestones[%1].").arg(row);
        ProjectPlan::Milestone m;
        const QTableWidgetItem* labelItem = m_milestones->item(row, LabelColumn);
        m.id = labelItem ? labelItem->data(Qt::UserRole).toString() : QString();
        if (m.id.isEmpty()) {
            m.id = QStringLiteral("m%1").arg(row + 1);
        }
        m.label = cellText(m_milestones, row, LabelColumn);
        const QString share = cellText(m_milestones, row, ShareColumn);
        if (plan.split == ProjectPlan::Split::Percents) {
            auto bp = parsePercentBp(share, prefix + QStringLiteral("percent"));
            if (!bp) {
                return fail(bp.error());
            }
            m.percentBp = *bp;
        } else {
            auto amount = Money::parse(share, m_currency, prefix + QStringLiteral("amount"));
            if (!amount) {
                return fail(amount.error());
            }
            m.amountMinor = amount->minorUnits();
        }
        const QString due = cellText(m_milestones, row, DueColumn);
        if (!due.isEmpty()) {
            m.dueDate = QDate::fromString(due, Qt::ISODate);
            if (!m.dueDate.isValid()) {
                return fail(Error::invalid(prefix + QStringLiteral("due_date"),
                                           tr("Enter the due date as YYYY-MM-DD, or leave it empty.")));
            }
        }
        plan.milestones.append(m);
    }
    return Plan::Terms(plan);
}

void ProjectPlanEditor::setTerms(const Plan::Terms& terms)
{
    const auto* plan = std::get_if<ProjectPlan>(&terms);
    if (!plan) {
        return;
    }
    m_price->setText(moneyText(plan->priceMinor));
    m_split->setCurrentIndex(std::max(0, m_split->findData(static_cast<int>(plan->split))));
    m_milestones->setRowCount(0);
    for (const ProjectPlan::Milestone& m : plan->milestones) {
        addMilestone(m.label,
                     plan->split == ProjectPlan::Split::Percents ? percentText(m.percentBp) : moneyText(m.amountMinor),
                     m.dueDate.isValid() ? m.dueDate.toString(Qt::ISODate) : QString());
        m_milestones->item(m_milestones->rowCount() - 1, LabelColumn)->setData(Qt::UserRole, m.id);
    }
}

bool ProjectPlanEditor::highlight(const QString& fieldKey, const QString& message)
{
    static const QRegularExpression pattern(QStringLiteral("^milestones\\[(\\d+)\\]\\.(\\w+)$"));
    const auto match = pattern.match(fieldKey);
    if (!match.hasMatch()) {
        return PlanTermsEditor::highlight(fieldKey, message);
    }
    const int row = match.captured(1).toInt();
    const QString what = match.captured(2);
    const int column = what == u"label" || what == u"id" ? LabelColumn : what == u"due_date" ? DueColumn : ShareColumn;
    markWidget(m_milestones, message);
    if (row < m_milestones->rowCount()) {
        m_milestones->setCurrentCell(row, column);
    }
    m_milestones->setFocus();
    return true;
}

void ProjectPlanEditor::clearHighlights()
{
    PlanTermsEditor::clearHighlights();
    markWidget(m_milestones, {});
}

} // namespace mentordesk
