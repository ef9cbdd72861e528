// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/LearnerMasteryView.h"

#include "common/Formatter.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QString trendText(MasteryTrend trend)
{
    switch (trend) {
    case MasteryTrend::Rising:
        return LearnerMasteryView::tr("rising");
    case MasteryTrend::Falling:
        return LearnerMasteryView::tr("falling");
    case MasteryTrend::Steady:
        return LearnerMasteryView::tr("steady");
    case MasteryTrend::Single:
        break;
    }
    return LearnerMasteryView::tr("first assessment");
}

} // namespace

LearnerMasteryView::LearnerMasteryView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(3);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 2);
    layout->addWidget(m_title);
    layout->addLayout(m_grid);
    clear();
}

void LearnerMasteryView::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_topicTexts.clear();
    m_topicRows = 0;
    m_courseRows = 0;
    m_title->setText(tr("Mastery per topic: no assessments yet."));
}

void LearnerMasteryView::addRow(const QString& name, int percent, const QString& detail, bool course)
{
    const int row = m_grid->rowCount();
    auto* label = new QLabel(name, this);
    if (course) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 100);
    bar->setValue(percent);
    bar->setFormat(tr("%1 %").arg(percent));
    bar->setMaximumHeight(16);
    auto* info = new QLabel(detail, this);
    info->setWordWrap(true); // Why: the learner pane is narrow; long details must not widen it.
    info->setStyleSheet(QStringLiteral("color: palette(mid)"));
    label->setWordWrap(true);
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(bar, row, 1);
    m_grid->addWidget(info, row, 2);
}

void LearnerMasteryView::setMastery(const LearnerMastery& mastery, const Formatter& format)
{
    clear();
    if (mastery.topics.isEmpty() && mastery.courses.isEmpty()) {
        return;
    }
    m_title->setText(tr("Mastery per topic"));
    for (const CourseMastery& c : mastery.courses) {
        addRow(c.title, c.averagePercent,
               tr("course: %1 of %n topic(s) assessed", "", c.topicCount).arg(c.assessedCount), true);
        ++m_courseRows;
    }
    for (const TopicMastery& t : mastery.topics) {
        const QString name = mastery.topicNames.value(t.topicId, t.topicId);
        const QString detail = tr("%1, %2").arg(trendText(t.trend), format.date(t.latestDate));
        addRow(name, t.latestPercent, detail, false);
        m_topicTexts.append(tr("%1: %2 % %3").arg(name).arg(t.latestPercent).arg(detail));
        ++m_topicRows;
    }
}

QString LearnerMasteryView::topicText(int row) const
{
    return m_topicTexts.value(row);
}

} // namespace mentordesk
