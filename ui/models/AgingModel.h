// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/ReceivablesService.h"

#include <QAbstractTableModel>

namespace mentordesk {

class Formatter;

/// The accounts-receivable aging report as a table: one row per payer with an open balance and a last,
/// bold "Total" row. Loaded by the page through ReceivablesService.
class AgingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Payer,
        Current,
        Days1To30,
        Days31To60,
        Days61To90,
        Over90,
        Total,
        ColumnCount
    };
    enum Role
    {
        UnderlyingDataRole = Qt::UserRole + 1, ///< minor units or lower-case name, for sorting
        PayerIdRole,                           ///< payer id ("" on the total row)
    };

    explicit AgingModel(const Formatter& format, QObject* parent = nullptr);

    void setReport(AgingReport report);
    [[nodiscard]] const AgingReport& report() const { return m_report; }
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] const AgingRow& rowAt(int row) const;
    [[nodiscard]] bool isTotalRow(int row) const { return row == m_report.rows.size(); }

    const Formatter& m_format;
    AgingReport m_report;
};

} // namespace mentordesk
