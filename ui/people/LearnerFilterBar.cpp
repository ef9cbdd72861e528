// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnerFilterBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace mentordesk {

LearnerFilterBar::LearnerFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("learnerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (int i = 0; i < 5; ++i) {
        m_status->addItem(QString(), i);
    }
    m_statusLabel->setBuddy(m_status);
    m_mentorLabel = new QLabel(this);
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentorFilter"));
    m_mentor->addItem(QString(), QString());
    m_mentor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mentor->setMinimumContentsLength(10);
    m_mentorLabel->setBuddy(m_mentor);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_mentorLabel);
    layout->addWidget(m_mentor);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMilliseconds);
    connect(m_debounce, &QTimer::timeout, this, &LearnerFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_quiet) {
            m_debounce->start();
        }
    });
    const auto changedNow = [this] {
        if (!m_quiet) {
            m_debounce->stop();
            emit filterChanged();
        }
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, changedNow);
    retranslate();
}

void LearnerFilterBar::retranslate()
{
    m_status->setToolTip(tr("Show learners with this status only"));
    m_mentor->setToolTip(tr("Show only the learners whose primary mentor this is"));
    m_search->setPlaceholderText(tr("Search name, e-mail, phone or tag"));
    m_search->setToolTip(tr("Filters the list as you type"));
    m_statusLabel->setText(tr("&Status:"));
    m_status->setItemText(static_cast<int>(StatusChoice::Current), tr("Active and paused"));
    m_status->setItemText(static_cast<int>(StatusChoice::Active), tr("Active"));
    m_status->setItemText(static_cast<int>(StatusChoice::Paused), tr("Paused"));
    m_status->setItemText(static_cast<int>(StatusChoice::Archived), tr("Archived"));
    m_status->setItemText(static_cast<int>(StatusChoice::All), tr("All learners"));
    m_mentorLabel->setText(tr("&Mentor:"));
    m_mentor->setItemText(0, tr("Any mentor"));
}

void LearnerFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

LearnerFilter LearnerFilterBar::filter() const
{
    LearnerFilter f;
    f.text = m_search->text().trimmed();
    switch (static_cast<StatusChoice>(m_status->currentIndex())) {
    case StatusChoice::Active:
        f.statuses = {LearnerStatus::Active};
        break;
    case StatusChoice::Paused:
        f.statuses = {LearnerStatus::Paused};
        break;
    case StatusChoice::Archived:
        f.statuses = {LearnerStatus::Archived};
        break;
    case StatusChoice::All:
        f.statuses = {LearnerStatus::Active, LearnerStatus::Paused, LearnerStatus::Archived};
        break;
    case StatusChoice::Current:
        break; // empty = active and paused
    }
    f.mentorId = m_mentor->currentData().toString();
    return f;
}

bool LearnerFilterBar::isDefault() const
{
    return m_search->text().trimmed().isEmpty() && m_status->currentIndex() == 0 && m_mentor->currentIndex() == 0;
}

void LearnerFilterBar::setMentors(const QList<QPair<Id, QString>>& mentors)
{
    const Id current = m_mentor->currentData().toString();
    const QSignalBlocker blocker(m_mentor);
    while (m_mentor->count() > 1) {
        m_mentor->removeItem(1);
    }
    for (const auto& [id, name] : mentors) {
        m_mentor->addItem(name, id);
    }
    const int index = m_mentor->findData(current);
    m_mentor->setCurrentIndex(index < 0 ? 0 : index);
}

void LearnerFilterBar::setText(const QString& text)
{
    m_search->setText(text);
}

void LearnerFilterBar::setStatusChoice(StatusChoice choice)
{
    m_status->setCurrentIndex(static_cast<int>(choice));
}

void LearnerFilterBar::setMentorId(const Id& mentorId)
{
    const int index = m_mentor->findData(mentorId);
    m_mentor->setCurrentIndex(index < 0 ? 0 : index);
}

void LearnerFilterBar::reset()
{
    showOnly(QString(), StatusChoice::Current);
}

void LearnerFilterBar::showOnly(const QString& text, StatusChoice choice)
{
    m_quiet = true;
    m_search->setText(text);
    m_status->setCurrentIndex(static_cast<int>(choice));
    m_mentor->setCurrentIndex(0);
    m_quiet = false;
    m_debounce->stop();
    emit filterChanged();
}

void LearnerFilterBar::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        emit filterChanged();
    }
}

} // namespace mentordesk
