// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ChartTab.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QPixmap>
#include <QVBoxLayout>

namespace mentordesk {

ChartTab::ChartTab(const QString& objectName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_controls = new QHBoxLayout;
    layout->addLayout(m_controls);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(320);
    layout->addWidget(m_view, 1);
}

void ChartTab::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    // Why: QChartView::setChart does not delete the chart it replaces (the default one it owns is).
    if (old && old != chart && old->parent() == nullptr) {
        delete old;
    }
}

QChart* ChartTab::chart() const
{
    return m_view->chart();
}

Result<void> ChartTab::exportPng(const QString& path) const
{
    const QPixmap pixmap = m_view->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        return fail(Error::storage(QCoreApplication::translate("ChartTab", "Cannot write the image %1.").arg(path)));
    }
    return {};
}

} // namespace mentordesk
