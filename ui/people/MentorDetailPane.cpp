// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorDetailPane.h"

#include "models/MentorListModel.h"
#include "people/MentorAvailabilityEditor.h"
#include "people/MentorExpertiseEditor.h"
#include "people/MentorService.h"
#include "people/widgets/DetailForm.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mentordesk {

MentorDetailPane::MentorDetailPane(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_badges = new QLabel(content);
    m_badges->setTextFormat(Qt::RichText);
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new DetailForm(scroll);
    m_form->setContentsMargins(4, 8, 4, 8);
    for (const char* key : {"role", "email", "phone", "years", "rate", "learners", "color", "bio"}) {
        m_form->addRow(QString::fromLatin1(key));
    }
    scroll->setWidget(m_form);
    m_expertise = new MentorExpertiseEditor(session, m_tabs);
    m_availability = new MentorAvailabilityEditor(session, m_tabs);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_expertise, QString());
    m_tabs->addTab(m_availability, QString());
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_badges);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    connect(m_expertise, &MentorExpertiseEditor::expertiseChanged, this, [this] { emit mentorChanged(m_id); });
    connect(m_availability, &MentorAvailabilityEditor::availabilityChanged, this, [this] { emit mentorChanged(m_id); });
    retranslate();
}

QString MentorDetailPane::title() const
{
    return m_stack->currentIndex() == 1 ? m_title->text() : QString();
}

void MentorDetailPane::showMentor(const Id& id, int learnerCount)
{
    m_id = id;
    m_learnerCount = learnerCount;
    auto mentor = id.isEmpty() ? Result<Mentor>(fail(Error::notFound({})))
                               : MentorService(m_session.db(), m_session.clock()).get(id);
    if (!mentor) {
        m_id.clear();
        m_expertise->setMentor({}, false);
        m_availability->setMentor({}, false);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_title->setText(mentor->name);
    QString badges = DetailForm::badgeHtml(MentorListModel::roleText(mentor->role), QStringLiteral("#dde8f8"));
    if (mentor->isArchived()) {
        badges += QStringLiteral(" ") + DetailForm::badgeHtml(tr("Archived"), QStringLiteral("#e4e4e4"));
    }
    m_badges->setText(badges);
    m_form->setValue(QStringLiteral("role"), MentorListModel::roleText(mentor->role));
    m_form->setValue(QStringLiteral("email"), mentor->email);
    m_form->setValue(QStringLiteral("phone"), mentor->phone);
    m_form->setValue(QStringLiteral("years"), tr("%n year(s)", "", mentor->yearsTeaching));
    m_form->setValue(QStringLiteral("rate"), tr("%1 per hour").arg(m_session.format().money(mentor->defaultRateMinor)));
    m_form->setValue(QStringLiteral("learners"), tr("%n active learner(s)", "", learnerCount));
    if (mentor->color.isEmpty()) {
        m_form->setValue(QStringLiteral("color"), tr("None (the calendar picks one)"));
    } else {
        m_form->setRichValue(QStringLiteral("color"),
                             DetailForm::badgeHtml(QStringLiteral("\u2003\u2003"), mentor->color) +
                                 QStringLiteral(" ") + mentor->color.toHtmlEscaped());
    }
    m_form->setValue(QStringLiteral("bio"), mentor->bio);
    m_expertise->setMentor(mentor->meta.id, !mentor->isArchived());
    m_availability->setMentor(mentor->meta.id, !mentor->isArchived());
    m_stack->setCurrentIndex(1);
    retranslate();
}

void MentorDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_id.isEmpty()) {
            retranslate();
        } else {
            showMentor(m_id, m_learnerCount);
        }
    }
    QWidget::changeEvent(event);
}

void MentorDetailPane::retranslate()
{
    m_empty->setText(tr("Select a mentor to see their profile, expertise and weekly availability."));
    m_form->setCaption(QStringLiteral("role"), tr("Role"));
    m_form->setCaption(QStringLiteral("email"), tr("E-mail"));
    m_form->setCaption(QStringLiteral("phone"), tr("Phone"));
    m_form->setCaption(QStringLiteral("years"), tr("Teaching for"));
    m_form->setCaption(QStringLiteral("rate"), tr("Default rate"));
    m_form->setCaption(QStringLiteral("learners"), tr("Learners"));
    m_form->setCaption(QStringLiteral("color"), tr("Calendar colour"));
    m_form->setCaption(QStringLiteral("bio"), tr("Biography"));
    m_tabs->setTabText(0, tr("Profile"));
    m_tabs->setTabText(1, tr("Expertise"));
    m_tabs->setTabText(2, tr("Availability"));
}

} // namespace mentordesk
