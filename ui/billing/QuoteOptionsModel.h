// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/QuoteResult.h"

#include <QAbstractTableModel>

namespace mentordesk {

class Formatter;

/// The options of a quote, cheapest first: plan, kind, total and what it buys (periods, packages, lines).
class QuoteOptionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PlanColumn,
        KindColumn,
        TotalColumn,
        DetailColumn,
        ColumnCount,
    };

    explicit QuoteOptionsModel(const Formatter& format, QObject* parent = nullptr);

    void setOptions(const QList<QuoteOption>& options);
    [[nodiscard]] const QList<QuoteOption>& options() const { return m_options; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString detail(const QuoteOption& option) const;

    const Formatter& m_format;
    QList<QuoteOption> m_options;
};

} // namespace mentordesk
