// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonEnrollmentPicker.h"

#include "courses/EnrollmentService.h"
#include "people/LearnerService.h"
#include "shell/StudioSession.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace mentordesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kLearnerRole = Qt::UserRole + 2;
} // namespace

LessonEnrollmentPicker::LessonEnrollmentPicker(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("enrollmentFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("enrollments"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 7);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    connect(m_filter, &QLineEdit::textChanged, this, &LessonEnrollmentPicker::filter);
    connect(m_list, &QListWidget::itemChanged, this, &LessonEnrollmentPicker::changed);
    retranslate();
}

void LessonEnrollmentPicker::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter learners…"));
    m_list->setToolTip(tr("Tick one learner, or several for a group lesson"));
    m_empty->setText(tr("This mentor has no active enrollments. Enroll a learner with this mentor first."));
}

void LessonEnrollmentPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LessonEnrollmentPicker::setMentor(const Id& mentorId)
{
    const QStringList ticked = checkedEnrollments();
    struct Row
    {
        QString text;
        Id enrollment;
        Id learner;
    };
    QList<Row> rows;
    if (!mentorId.isEmpty()) {
        EnrollmentService enrollments(m_session.db(), m_session.clock());
        LearnerService learners(m_session.db(), m_session.clock());
        for (EnrollmentStatus status : {EnrollmentStatus::Active, EnrollmentStatus::Paused}) {
            EnrollmentFilter f;
            f.mentorId = mentorId;
            f.status = status;
            auto page = enrollments.list(f, {0, 10000});
            if (!page) {
                continue;
            }
            for (const Enrollment& e : page->items) {
                auto learner = learners.get(e.learnerId);
                const QString name = learner ? learner->name : e.learnerId;
                QString text = tr("%1 — %2", "learner — course").arg(name, e.title);
                if (status == EnrollmentStatus::Paused) {
                    text = tr("%1 (paused)").arg(text);
                }
                rows.append({text, e.meta.id, e.learnerId});
            }
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return QString::localeAwareCompare(a.text, b.text) < 0; });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Row& r : std::as_const(rows)) {
        auto* item = new QListWidgetItem(r.text, m_list);
        item->setData(kIdRole, r.enrollment);
        item->setData(kLearnerRole, r.learner);
        item->setToolTip(r.text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(r.enrollment) ? Qt::Checked : Qt::Unchecked);
    }
    m_empty->setVisible(rows.isEmpty());
    filter(m_filter->text());
    emit changed();
}

void LessonEnrollmentPicker::filter(const QString& text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive) &&
                        item->checkState() != Qt::Checked);
    }
}

QStringList LessonEnrollmentPicker::checkedEnrollments() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids.append(m_list->item(i)->data(kIdRole).toString());
        }
    }
    return ids;
}

QStringList LessonEnrollmentPicker::checkedLearners() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids.append(m_list->item(i)->data(kLearnerRole).toString());
        }
    }
    return ids;
}

void LessonEnrollmentPicker::setChecked(const Id& enrollmentId, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == enrollmentId) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

int LessonEnrollmentPicker::count() const
{
    return m_list->count();
}

QStringList LessonEnrollmentPicker::enrollmentIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        ids.append(m_list->item(i)->data(kIdRole).toString());
    }
    return ids;
}

} // namespace mentordesk
