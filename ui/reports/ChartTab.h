// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;

namespace mentordesk {

/// One tab of the Reports page: an optional row of controls above a chart view.
class ChartTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartTab(const QString& objectName, QWidget* parent = nullptr);

    /// Where a report puts its own controls (learner picker, mentor/course switch…).
    [[nodiscard]] QHBoxLayout* controls() const { return m_controls; }
    /// Shows `chart` (the view takes ownership and deletes the previous chart).
    void setChart(QChart* chart);
    [[nodiscard]] QChart* chart() const;
    [[nodiscard]] QChartView* view() const { return m_view; }
    /// Saves the chart as it is shown to a PNG file; Storage error when it cannot be written.
    [[nodiscard]] Result<void> exportPng(const QString& path) const;

private:
    QHBoxLayout* m_controls = nullptr;
    QChartView* m_view = nullptr;
};

} // namespace mentordesk
