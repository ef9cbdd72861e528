// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/StoredPlan.h"

#include <QAbstractTableModel>

namespace mentordesk {

class Formatter;

/// An enrollment's plans by effective date (the plan editor's history): from, label, kind, summary.
class PlanHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FromColumn,
        LabelColumn,
        KindColumn,
        SummaryColumn,
        ColumnCount,
    };

    explicit PlanHistoryModel(const Formatter& format, QObject* parent = nullptr);

    void setPlans(const QList<StoredPlan>& plans);
    [[nodiscard]] const QList<StoredPlan>& plans() const { return m_plans; }
    [[nodiscard]] const StoredPlan* planAt(int row) const;

    /// A one-line summary of a plan's terms ("45.00 per hour, rounded up to 15 min").
    [[nodiscard]] static QString summary(const Plan& plan, const Formatter& format);
    /// The translated name of a kind.
    [[nodiscard]] static QString kindText(PlanKind kind);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    const Formatter& m_format;
    QList<StoredPlan> m_plans;
};

} // namespace mentordesk
