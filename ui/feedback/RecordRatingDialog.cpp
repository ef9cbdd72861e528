// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/RecordRatingDialog.h"

#include "feedback/FeedbackLookup.h"
#include "feedback/FeedbackService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

RecordRatingDialog::RecordRatingDialog(StudioSession& session, const Id& learnerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_lookup(std::make_unique<FeedbackLookup>(session, learnerId))
{
    setWindowTitle(tr("Record Rating"));
    build();
}

RecordRatingDialog::~RecordRatingDialog() = default;

QString RecordRatingDialog::starText(int stars)
{
    const int n = std::clamp(stars, 0, 5);
    return QString(n, QChar(0x2605)) + QString(5 - n, QChar(0x2606));
}

void RecordRatingDialog::build()
{
    auto* form = new QFormLayout;
    auto* learner = new QLabel(m_lookup->learnerName(), this);
    learner->setTextFormat(Qt::PlainText);
    learner->setObjectName(QStringLiteral("ratingLearner"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ratingKind"));
    m_kind->addItem(tr("A course"), static_cast<int>(RatingTarget::Course));
    m_kind->addItem(tr("A mentor"), static_cast<int>(RatingTarget::Mentor));
    m_kind->addItem(tr("A lesson"), static_cast<int>(RatingTarget::Lesson));
    m_kind->setToolTip(tr("What the learner rates: one of their courses, one of their mentors or a lesson they "
                          "attended"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("ratingTarget"));
    m_target->setMinimumContentsLength(32);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setToolTip(tr("Rating the same course, mentor or lesson again replaces the learner's earlier "
                            "rating of it."));
    m_stars = new QComboBox(this);
    m_stars->setObjectName(QStringLiteral("ratingStars"));
    m_stars->addItem(tr("Choose 1–5 stars"), 0);
    const QStringList words = {tr("poor"), tr("fair"), tr("good"), tr("very good"), tr("excellent")};
    for (int i = 1; i <= 5; ++i) {
        m_stars->addItem(tr("%1  %2  %3").arg(i).arg(starText(i), words.at(i - 1)), i);
    }
    m_stars->setToolTip(tr("1 star (poor) to 5 stars (excellent); type a digit to choose"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("ratingComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What the learner said (optional)"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("ratingDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(FeedbackLookup::today(m_session));
    m_date->setDate(FeedbackLookup::today(m_session));
    m_date->setToolTip(tr("When the learner gave the rating (studio time zone); not in the future"));
    form->addRow(tr("Learner:"), learner);
    form->addRow(tr("&Rate:"), m_kind);
    form->addRow(tr("&Which:"), m_target);
    form->addRow(tr("S&tars:"), m_stars);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(tr("&Date:"), m_date);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ratingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Rating"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordRatingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordRatingDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordRatingDialog::fillTargets);
    fillTargets();
}

RatingTarget RecordRatingDialog::kind() const
{
    return static_cast<RatingTarget>(m_kind->currentData().toInt());
}

void RecordRatingDialog::fillTargets()
{
    m_target->clear();
    const RatingTarget target = kind();
    const QList<FeedbackChoice> choices = target == RatingTarget::Course   ? m_lookup->courses()
                                          : target == RatingTarget::Mentor ? m_lookup->mentors()
                                                                           : m_lookup->lessons();
    if (choices.isEmpty()) {
        m_target->addItem(target == RatingTarget::Course ? tr("The learner has no course enrollments")
                          : target == RatingTarget::Mentor
                              ? tr("The learner has no mentor yet")
                              : tr("No attended lessons in the last %n day(s)", "", FeedbackLookup::kRecentDays),
                          QString());
        return;
    }
    m_target->addItem(target == RatingTarget::Course   ? tr("Choose a course…")
                      : target == RatingTarget::Mentor ? tr("Choose a mentor…")
                                                       : tr("Choose a lesson…"),
                      QString());
    for (const FeedbackChoice& c : choices) {
        m_target->addItem(c.label, c.id);
    }
    if (choices.size() == 1) {
        m_target->setCurrentIndex(1);
    }
}

void RecordRatingDialog::preselect(RatingTarget target, const Id& id)
{
    const int kindIndex = m_kind->findData(static_cast<int>(target));
    if (kindIndex < 0) {
        return;
    }
    m_kind->setCurrentIndex(kindIndex);
    if (const int i = m_target->findData(id); i > 0) {
        m_target->setCurrentIndex(i);
    } else if (target == RatingTarget::Lesson && !id.isEmpty()) {
        // An older lesson (opened from the calendar): offer it too; the service checks attendance.
        if (m_target->itemData(0).toString().isEmpty() && m_target->count() == 1) {
            m_target->setItemText(0, tr("Choose a lesson…"));
        }
        m_target->addItem(m_lookup->lessonLabel(id), id);
        m_target->setCurrentIndex(m_target->count() - 1);
    }
}

void RecordRatingDialog::showError(const QString& field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    const QHash<QString, QWidget*> fields{{QStringLiteral("course"), m_target},   {QStringLiteral("mentor"), m_target},
                                          {QStringLiteral("lesson"), m_target},   {QStringLiteral("stars"), m_stars},
                                          {QStringLiteral("comment"), m_comment}, {QStringLiteral("rated_at"), m_date}};
    fields.value(field, m_kind)->setFocus();
}

QString RecordRatingDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RecordRatingDialog::accept()
{
    m_error->hide();
    auto ratedAt = FeedbackLookup::instantOf(m_session, m_date->date(), QStringLiteral("rated_at"));
    if (!ratedAt) {
        showError(ratedAt.error().field, ratedAt.error().message);
        return;
    }
    RatingInput input;
    input.learnerId = m_lookup->learnerId();
    input.target = kind();
    input.targetId = m_target->currentData().toString();
    input.stars = m_stars->currentData().toInt();
    input.comment = m_comment->toPlainText().trimmed();
    input.ratedAt = *ratedAt;
    auto saved = FeedbackService(m_session.db(), m_session.clock()).rate(input);
    if (!saved) {
        showError(saved.error().field, saved.error().message);
        return;
    }
    m_savedId = saved->meta.id;
    m_session.notifyDataChanged();
    QDialog::accept();
}

} // namespace mentordesk
