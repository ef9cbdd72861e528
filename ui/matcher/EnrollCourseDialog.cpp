// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/EnrollCourseDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mentordesk {

EnrollCourseDialog::EnrollCourseDialog(const QString& learnerName, const QString& courseTitle,
                                       const QList<QPair<Id, QString>>& mentors, const Id& preferredMentor, QDate start,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("EnrollCourseDialog"));
    setWindowTitle(tr("Enroll in Course"));
    auto* layout = new QVBoxLayout(this);
    m_question = new QLabel(tr("Enroll %1 in “%2”?").arg(learnerName, courseTitle), this);
    m_question->setWordWrap(true);
    layout->addWidget(m_question);
    auto* form = new QFormLayout;
    m_mentor = new QComboBox(this);
    m_mentor->setToolTip(tr("Who teaches the course; the recommended mentor is preselected"));
    m_mentor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mentor->setMinimumContentsLength(24);
    for (const auto& [id, name] : mentors) {
        m_mentor->addItem(name, id);
    }
    if (const int preferred = m_mentor->findData(preferredMentor); preferred >= 0) {
        m_mentor->setCurrentIndex(preferred);
    }
    m_start = new QDateEdit(start, this);
    m_start->setToolTip(tr("The first day of the enrollment (YYYY-MM-DD)"));
    m_start->setCalendarPopup(true);
    form->addRow(tr("&Mentor:"), m_mentor);
    form->addRow(tr("&Start:"), m_start);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enroll"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_mentor->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Id EnrollCourseDialog::mentorId() const
{
    return m_mentor->currentData().toString();
}

QDate EnrollCourseDialog::startDate() const
{
    return m_start->date();
}

} // namespace mentordesk
