// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/LearnerFeedbackBox.h"

#include "feedback/FeedbackLookup.h"
#include "feedback/FeedbackService.h"
#include "feedback/LearnerFeedbackModel.h"
#include "feedback/RecordAssessmentDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mentordesk {

LearnerFeedbackBox::LearnerFeedbackBox(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("LearnerFeedbackBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_rate = new QPushButton(this);
    m_rate->setObjectName(QStringLiteral("recordRatingButton"));
    m_assess = new QPushButton(this);
    m_assess->setObjectName(QStringLiteral("recordAssessmentButton"));
    top->addWidget(m_title, 1);
    top->addWidget(m_rate);
    top->addWidget(m_assess);
    layout->addLayout(top);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid)"));
    layout->addWidget(m_note);
    m_model = new LearnerFeedbackModel(session.format(), this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("feedbackList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 8);
    layout->addWidget(m_view);
    connect(m_rate, &QPushButton::clicked, this, &LearnerFeedbackBox::recordRating);
    connect(m_assess, &QPushButton::clicked, this, &LearnerFeedbackBox::recordAssessment);
    retranslate();
    showLearner({});
}

void LearnerFeedbackBox::showLearner(const Id& id)
{
    m_id = id;
    m_hidden = 0;
    m_assessmentsShown = false;
    m_rate->setVisible(FeedbackLookup::mayDo(m_session, Action::RecordRating));
    m_assess->setVisible(FeedbackLookup::mayDo(m_session, Action::RecordAssessment));
    m_rate->setEnabled(!id.isEmpty());
    m_assess->setEnabled(!id.isEmpty());
    QList<FeedbackEntry> entries;
    if (!id.isEmpty()) {
        FeedbackLookup lookup(m_session, id);
        FeedbackService service(m_session.db(), m_session.clock());
        RatingFilter filter;
        filter.learnerId = id;
        const Actor actor = m_session.actor();
        Result<Page<Rating>> ratings;
        if (actor.role == Role::Mentor && actor.mentorId) {
            auto view = service.ratingsSeenBy(*actor.mentorId, filter, {0, kRecent});
            ratings = view ? Result<Page<Rating>>(view->ratings) : Result<Page<Rating>>(fail(view.error()));
            m_hidden = view ? view->hidden : 0;
        } else {
            ratings = service.ratings(filter, {0, kRecent});
        }
        for (const Rating& r : ratings ? ratings->items : QList<Rating>()) {
            const QString name = r.target == RatingTarget::Course   ? lookup.courseTitle(r.courseId)
                                 : r.target == RatingTarget::Mentor ? lookup.mentorName(r.mentorId)
                                                                    : lookup.lessonLabel(r.lessonId);
            entries.append({r.ratedAt, false, tr("%1: %2").arg(ratingTargetDisplayName(r.target), name), r.stars,
                            r.comment, QString()});
        }
        if (FeedbackLookup::mayDo(m_session, Action::ViewAssessments)) {
            if (auto assessments = service.assessments(id)) {
                m_assessmentsShown = true;
                for (qsizetype i = std::max<qsizetype>(0, assessments->size() - kRecent); i < assessments->size();
                     ++i) {
                    const Assessment& a = assessments->at(i);
                    entries.append({a.assessedAt, true, lookup.topicName(a.topicId), a.masteryPercent, a.note,
                                    lookup.mentorName(a.mentorId)});
                }
            }
        }
    }
    m_model->setEntries(std::move(entries));
    m_view->resizeColumnToContents(LearnerFeedbackModel::Date);
    m_view->resizeColumnToContents(LearnerFeedbackModel::Kind);
    m_view->resizeColumnToContents(LearnerFeedbackModel::Score);
    m_view->resizeColumnToContents(LearnerFeedbackModel::About);
    m_view->setColumnWidth(LearnerFeedbackModel::About,
                           std::min(m_view->columnWidth(LearnerFeedbackModel::About), 320));
    updateNote();
}

bool LearnerFeedbackBox::recordRating()
{
    if (m_id.isEmpty()) {
        return false;
    }
    RecordRatingDialog dialog(m_session, m_id, window());
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    showLearner(m_id);
    emit saved();
    return true;
}

bool LearnerFeedbackBox::recordAssessment()
{
    if (m_id.isEmpty()) {
        return false;
    }
    RecordAssessmentDialog dialog(m_session, m_id, {}, window());
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    showLearner(m_id);
    emit saved();
    return true;
}

QString LearnerFeedbackBox::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void LearnerFeedbackBox::updateNote()
{
    QStringList parts;
    if (!m_id.isEmpty() && m_model->rowCount() == 0) {
        parts.append(m_assessmentsShown ? tr("No ratings or assessments yet.") : tr("No ratings yet."));
    }
    if (m_hidden > 0) {
        parts.append(tr("%n rating(s) hidden until you record an assessment of this learner (blind mode).", "",
                        static_cast<int>(m_hidden)));
    }
    m_note->setText(parts.join(u' '));
    m_note->setVisible(!parts.isEmpty());
}

void LearnerFeedbackBox::retranslate()
{
    m_title->setText(tr("Feedback"));
    m_rate->setText(tr("Record &Rating…"));
    m_rate->setToolTip(tr("Record the learner's rating of a course, a mentor or a lesson"));
    m_assess->setText(tr("Record &Assessment…"));
    m_assess->setToolTip(tr("Record how well the learner masters a topic (0–100 %)"));
    updateNote();
}

void LearnerFeedbackBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
