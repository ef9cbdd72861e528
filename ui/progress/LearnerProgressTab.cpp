// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/LearnerProgressTab.h"

#include "ProgressReportBuilder.h"
#include "ProgressReportRenderer.h"
#include "feedback/LearnerFeedbackBox.h"
#include "people/LearnerService.h"
#include "progress/LearnerMasteryView.h"
#include "progress/ProgressService.h"
#include "reports/EnrollmentProgressWidget.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mentordesk {

LearnerProgressTab::LearnerProgressTab(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("LearnerProgressTab"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->setSpacing(12);

    auto* top = new QHBoxLayout;
    m_efficiency = new QLabel(content);
    m_efficiency->setWordWrap(true);
    m_report = new QPushButton(content);
    m_report->setObjectName(QStringLiteral("progressReportButton"));
    top->addWidget(m_efficiency, 1);
    top->addWidget(m_report);
    layout->addLayout(top);

    m_empty = new QLabel(content);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px"));
    layout->addWidget(m_empty);
    m_list = new QVBoxLayout;
    m_list->setSpacing(16);
    layout->addLayout(m_list);
    m_mastery = new LearnerMasteryView(content);
    layout->addWidget(m_mastery);
    m_feedback = new LearnerFeedbackBox(session, content);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    connect(m_report, &QPushButton::clicked, this, &LearnerProgressTab::reportDialog);
    // Why: an assessment changes mastery and the calibrated E shown above.
    connect(m_feedback, &LearnerFeedbackBox::saved, this, [this] { showLearner(m_id); });
    retranslate();
    showLearner({});
}

bool LearnerProgressTab::showsEmptyState() const
{
    return !m_empty->isHidden();
}

QString LearnerProgressTab::efficiencyText() const
{
    return m_efficiency->text();
}

void LearnerProgressTab::showLearner(const Id& id)
{
    m_id = id;
    qDeleteAll(m_widgets);
    m_widgets.clear();
    m_mastery->clear();
    ProgressService service(m_session.db(), m_session.clock());
    auto learner = id.isEmpty() ? Result<Learner>(fail(Error::notFound({})))
                                : LearnerService(m_session.db(), m_session.clock()).get(id);
    auto enrollments = learner ? service.learner(id) : Result<QList<EnrollmentProgress>>(fail(learner.error()));
    m_learnerName = learner ? learner->name : QString();
    if (enrollments) {
        auto mastery = service.learnerMastery(id);
        const QHash<Id, QString> names = mastery ? mastery->topicNames : QHash<Id, QString>();
        for (const EnrollmentProgress& p : std::as_const(*enrollments)) {
            auto* w = new EnrollmentProgressWidget(m_session.format(), m_list->parentWidget());
            w->setProgress(p, names);
            m_list->addWidget(w);
            m_widgets.append(w);
        }
        if (mastery) {
            m_mastery->setMastery(*mastery, m_session.format());
        }
    }
    m_empty->setVisible(m_widgets.isEmpty());
    m_mastery->setVisible(!m_widgets.isEmpty() || m_mastery->topicRows() > 0);
    m_report->setEnabled(learner.has_value());
    m_feedback->showLearner(learner ? id : Id());
    retranslate();
}

Result<int> LearnerProgressTab::writeReport(const QString& path)
{
    auto doc = ProgressReportBuilder(m_session.db(), m_session.clock()).build(m_id, m_session.settings().language);
    if (!doc) {
        return fail(doc.error());
    }
    return ProgressReportRenderer::renderToFile(*doc, m_session.format().locale(), path);
}

void LearnerProgressTab::reportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Progress Report"), tr("Progress report %1.pdf").arg(m_learnerName), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto ok = writeReport(path); !ok) {
        QMessageBox::warning(this, tr("Progress Report"), ok.error().message);
    }
}

void LearnerProgressTab::retranslate()
{
    m_report->setText(tr("Progress report (PDF)…"));
    m_report->setToolTip(tr("A printable report for parents: progress, the chart, mastery and the mentor's notes."));
    m_empty->setText(m_id.isEmpty() ? QString()
                                    : tr("No enrollments with a course or target hours yet, so there is no progress "
                                         "to show. Enroll the learner in a course to follow their progress here."));
    auto prefs = ProgressService(m_session.db(), m_session.clock()).preferences();
    const bool calibrated = prefs && prefs->efficiency == EfficiencySource::Calibrated;
    m_efficiency->setText(calibrated ? tr("Progress uses the calibrated efficiency E where assessments allow it "
                                          "(studio setting on the Reports page).")
                                     : tr("Progress uses each enrollment's default efficiency E "
                                          "(studio setting on the Reports page)."));
}

void LearnerProgressTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        showLearner(m_id);
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
