// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EnrollmentProgressWidget.h"

#include "progress/AtRiskRules.h"
#include "progress/ProgressService.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

QString trendArrow(MasteryTrend trend)
{
    switch (trend) {
    case MasteryTrend::Rising:
        return QStringLiteral("↑");
    case MasteryTrend::Falling:
        return QStringLiteral("↓");
    case MasteryTrend::Steady:
        return QStringLiteral("→");
    case MasteryTrend::Single:
        break;
    }
    return {};
}

} // namespace

EnrollmentProgressWidget::EnrollmentProgressWidget(const Formatter& format, QWidget* parent)
    : QWidget(parent)
    , m_format(format)
{
    setObjectName(QStringLiteral("EnrollmentProgressWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_time = new QLabel(this);
    m_projection = new QLabel(this);
    m_efficiency = new QLabel(this);
    m_masteryTitle = new QLabel(this);
    m_risks = new QLabel(this);
    for (QLabel* l : {m_time, m_projection, m_efficiency, m_risks}) {
        l->setWordWrap(true);
    }
    m_risks->setStyleSheet(QStringLiteral("color: #c62828"));
    m_mastery = new QGridLayout;
    m_mastery->setHorizontalSpacing(8);
    m_mastery->setVerticalSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_time);
    layout->addWidget(m_projection);
    layout->addWidget(m_efficiency);
    layout->addWidget(m_masteryTitle);
    layout->addLayout(m_mastery);
    layout->addWidget(m_risks);
    refresh();
}

void EnrollmentProgressWidget::setProgress(const EnrollmentProgress& progress, const QHash<Id, QString>& topicNames)
{
    m_progress = progress;
    m_topicNames = topicNames;
    m_hasProgress = true;
    refresh();
}

bool EnrollmentProgressWidget::showEnrollment(StudioSession& session, const Id& enrollmentId)
{
    ProgressService service(session.db(), session.clock());
    auto p = service.enrollment(enrollmentId);
    if (!p) {
        m_hasProgress = false;
        refresh();
        m_title->setText(tr("Progress unavailable: %1").arg(p.error().message));
        return false;
    }
    auto mastery = service.learnerMastery(p->enrollment.learnerId);
    setProgress(*p, mastery ? mastery->topicNames : QHash<Id, QString>());
    return true;
}

QString EnrollmentProgressWidget::text(const QString& part) const
{
    if (part == u"title") {
        return m_title->text();
    }
    if (part == u"progress") {
        return m_bar->text();
    }
    if (part == u"time") {
        return m_time->text();
    }
    if (part == u"projection") {
        return m_projection->text();
    }
    if (part == u"efficiency") {
        return m_efficiency->text();
    }
    if (part == u"risks") {
        return m_risks->text();
    }
    return {};
}

void EnrollmentProgressWidget::refresh()
{
    while (QLayoutItem* item = m_mastery->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_masteryCount = 0;
    if (!m_hasProgress) {
        m_title->setText(tr("No enrollment selected"));
        m_bar->setValue(0);
        m_bar->setFormat(QString());
        for (QLabel* l : {m_time, m_projection, m_efficiency, m_masteryTitle, m_risks}) {
            l->clear();
        }
        return;
    }
    const EnrollmentSummary& e = m_progress.enrollment;
    const ProgressReport& r = m_progress.report;
    const QLocale& locale = m_format.locale();
    m_title->setText(tr("%1 — with %2").arg(e.title, e.mentorName));
    const int perMille = r.progress.perMille();
    m_bar->setValue(perMille);
    m_bar->setFormat(tr("%1 %").arg(locale.toString(perMille / 10.0, 'f', 1)));
    m_time->setText(
        r.remainingMinutes > 0
            ? tr("%1 held, about %2 to go").arg(m_format.duration(r.heldMinutes), m_format.duration(r.remainingMinutes))
            : tr("%1 held — the content is covered").arg(m_format.duration(r.heldMinutes)));
    QString projection;
    if (r.remainingMinutes == 0) {
        projection = tr("Finished.");
    } else if (!r.projectedFinish) {
        projection = tr("No recent pace, so no projected finish.");
    } else {
        projection = tr("Pace %1 a week; projected finish %2.")
                         .arg(m_format.duration(r.pace.displayMinutesPerWeek()), m_format.date(*r.projectedFinish));
    }
    if (r.plannedEnd.isValid()) {
        projection += u' ';
        if (r.remainingMinutes == 0) {
            // Why: with the content covered the "projection" is today; lateness against the plan means nothing.
            projection += tr("Planned for %1.").arg(m_format.date(r.plannedEnd));
        } else if (r.daysLate && *r.daysLate > 0) {
            projection += tr("Planned for %1: %n day(s) late.", "", static_cast<int>(*r.daysLate))
                              .arg(m_format.date(r.plannedEnd));
        } else if (r.daysLate && *r.daysLate < 0) {
            projection += tr("Planned for %1: %n day(s) early.", "", static_cast<int>(-*r.daysLate))
                              .arg(m_format.date(r.plannedEnd));
        } else {
            projection += tr("Planned for %1.").arg(m_format.date(r.plannedEnd));
        }
    }
    m_projection->setText(projection);
    const QString defaultE = locale.toString(e.efficiencyPermille / 1000.0, 'f', 2);
    if (r.calibration) {
        const QString calibrated = locale.toString(r.calibration->permille / 1000.0, 'f', 2);
        m_efficiency->setText(m_progress.calibratedInUse
                                  ? tr("Efficiency: calibrated %1 in use (default %2, from %n assessment(s)).", "",
                                       r.calibration->samplesUsed)
                                        .arg(calibrated, defaultE)
                                  : tr("Efficiency: default %1 in use (calibrated %2 from %n assessment(s)).", "",
                                       r.calibration->samplesUsed)
                                        .arg(defaultE, calibrated));
    } else {
        m_efficiency->setText(tr("Efficiency: default %1 (no assessments to calibrate from yet).").arg(defaultE));
    }
    m_masteryTitle->setText(r.topics.isEmpty() ? tr("Mastery: no assessments yet.") : tr("Mastery per topic:"));
    for (const TopicMastery& t : r.topics) {
        auto* name = new QLabel(m_topicNames.value(t.topicId, t.topicId), this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setValue(t.latestPercent);
        bar->setFormat(QStringLiteral("%1 % %2").arg(t.latestPercent).arg(trendArrow(t.trend)));
        bar->setMaximumHeight(16);
        m_mastery->addWidget(name, m_masteryCount, 0);
        m_mastery->addWidget(bar, m_masteryCount, 1);
        ++m_masteryCount;
    }
    QStringList risks;
    for (const RiskFlag& f : r.risks) {
        risks.append(AtRiskRules::describe(f));
    }
    m_risks->setText(risks.join(u' '));
    m_risks->setVisible(!risks.isEmpty());
}

void EnrollmentProgressWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
