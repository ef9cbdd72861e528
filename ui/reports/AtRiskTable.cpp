// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AtRiskTable.h"

#include "progress/AtRiskRules.h"

#include <QHeaderView>

namespace mentordesk {

AtRiskTable::AtRiskTable(QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("at_risk"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 8);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(true);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = this->item(row, 0)) {
            emit learnerActivated(item->data(Qt::UserRole).toString());
        }
    });
    retranslate();
}

void AtRiskTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Learner"), tr("Enrollment"), tr("Mentor"), tr("Progress"), tr("Reasons")});
}

void AtRiskTable::setEntries(const QList<AtRiskEntry>& entries, const QLocale& locale)
{
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AtRiskEntry& e = entries[row];
        auto* learner = new QTableWidgetItem(e.enrollment.learnerName);
        learner->setData(Qt::UserRole, e.enrollment.learnerId);
        QStringList reasons;
        for (const RiskFlag& f : e.flags) {
            reasons.append(AtRiskRules::describe(f));
        }
        auto* reasonItem = new QTableWidgetItem(reasons.join(u'\n'));
        reasonItem->setToolTip(reasons.join(u'\n'));
        setItem(row, 0, learner);
        setItem(row, 1, new QTableWidgetItem(e.enrollment.title));
        setItem(row, 2, new QTableWidgetItem(e.enrollment.mentorName));
        setItem(row, 3, new QTableWidgetItem(tr("%1 %").arg(locale.toString(e.progressPerMille / 10.0, 'f', 1))));
        setItem(row, 4, reasonItem);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
    resizeColumnToContents(2);
    resizeColumnToContents(3);
}

} // namespace mentordesk
