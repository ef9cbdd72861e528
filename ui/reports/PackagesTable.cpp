// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/PackagesTable.h"

#include "common/Formatter.h"

#include <QHeaderView>

namespace mentordesk {

PackagesTable::PackagesTable(QWidget* parent)
    : QTableWidget(0, 8, parent)
{
    setObjectName(QStringLiteral("packages"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = this->item(row, 0)) {
            emit learnerActivated(item->data(Qt::UserRole).toString());
        }
    });
    retranslate();
}

void PackagesTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Learner"), tr("Plan"), tr("Purchased"), tr("Valid until"), tr("Bought"), tr("Used"),
                               tr("Remaining"), tr("Status")});
}

void PackagesTable::setReport(const ReportTable& table, const Formatter& format)
{
    const auto col = [&table](const char* name) { return table.columns.indexOf(QLatin1String(name)); };
    const qsizetype learnerId = col("learner_id"), learner = col("learner"), plan = col("plan"),
                    purchased = col("purchased_on"), validUntil = col("valid_until"), minutes = col("minutes"),
                    used = col("used_minutes"), remaining = col("remaining_minutes"), expired = col("expired"),
                    low = col("low_balance");
    setRowCount(static_cast<int>(table.rows.size()));
    for (int row = 0; row < table.rows.size(); ++row) {
        const QVariantList& r = table.rows[row];
        auto* name = new QTableWidgetItem(r.value(learner).toString());
        name->setData(Qt::UserRole, r.value(learnerId).toString());
        const QDate until = r.value(validUntil).toDate();
        QString status;
        if (r.value(expired).toBool()) {
            status = tr("Expired: %1 forfeited").arg(format.duration(r.value(remaining).toLongLong()));
        } else if (r.value(low).toBool()) {
            status = tr("Low balance");
        }
        setItem(row, 0, name);
        setItem(row, 1, new QTableWidgetItem(r.value(plan).toString()));
        setItem(row, 2, new QTableWidgetItem(format.date(r.value(purchased).toDate())));
        setItem(row, 3, new QTableWidgetItem(until.isValid() ? format.date(until) : tr("No expiry")));
        setItem(row, 4, new QTableWidgetItem(format.duration(r.value(minutes).toLongLong())));
        setItem(row, 5, new QTableWidgetItem(format.duration(r.value(used).toLongLong())));
        setItem(row, 6, new QTableWidgetItem(format.duration(r.value(remaining).toLongLong())));
        auto* statusItem = new QTableWidgetItem(status);
        if (!status.isEmpty()) {
            statusItem->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        setItem(row, 7, statusItem);
    }
    resizeColumnsToContents();
}

} // namespace mentordesk
