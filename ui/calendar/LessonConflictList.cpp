// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonConflictList.h"

#include "common/Formatter.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace mentordesk {

LessonConflictList::LessonConflictList(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflicts"));
    m_list->setWordWrap(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_allow = new QCheckBox(this);
    m_allow->setObjectName(QStringLiteral("allowConflicts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(m_allow);
    retranslate();
}

void LessonConflictList::setConflicts(const QList<Conflict>& conflicts, const QStringList& lines)
{
    m_conflicts = conflicts;
    m_unchecked.clear();
    m_list->clear();
    m_list->addItems(lines);
    for (int i = 0; i < m_list->count(); ++i) {
        m_list->item(i)->setToolTip(m_list->item(i)->text());
    }
    const int rows = std::clamp(static_cast<int>(lines.size()), 1, 5);
    m_list->setFixedHeight(rows * (m_list->fontMetrics().height() + 4) + 2 * m_list->frameWidth() + 4);
    if (m_conflicts.isEmpty()) {
        m_allow->setChecked(false);
    }
    retranslate();
}

void LessonConflictList::setUnchecked(const QString& reason)
{
    m_conflicts.clear();
    m_list->clear();
    m_unchecked = reason;
    retranslate();
}

bool LessonConflictList::allowConflicts() const
{
    return m_allow->isChecked();
}

void LessonConflictList::setAllowConflicts(bool allow)
{
    m_allow->setChecked(allow);
}

QString LessonConflictList::summaryText() const
{
    return m_summary->text();
}

QString LessonConflictList::describe(const Conflict& conflict, const Formatter& format)
{
    const QDateTime start = format.toLocal(conflict.startsAt);
    const QString when =
        tr("%1 %2 %3–%4", "weekday date start–end")
            .arg(format.locale().dayName(start.date().dayOfWeek(), QLocale::ShortFormat), format.date(start.date()),
                 format.time(conflict.startsAt), format.time(conflict.endsAt));
    return conflict.kind == ConflictKind::MentorDoubleBooked
               ? tr("%1: %2 already teaches another lesson then.").arg(when, conflict.who)
               : tr("%1: %2 already has another lesson then.").arg(when, conflict.who);
}

void LessonConflictList::retranslate()
{
    m_allow->setText(tr("Save &anyway, despite the clashes"));
    m_allow->setToolTip(tr("Keep the double booking on purpose (e.g. a shared room or a learner who joins late)"));
    m_list->setVisible(!m_conflicts.isEmpty());
    m_allow->setVisible(!m_conflicts.isEmpty());
    if (!m_unchecked.isEmpty()) {
        m_summary->setText(tr("Clashes not checked yet: %1").arg(m_unchecked));
        m_summary->setStyleSheet(QString());
        m_summary->setEnabled(false);
        return;
    }
    m_summary->setEnabled(true);
    if (m_conflicts.isEmpty()) {
        m_summary->setText(tr("✓ No clashes: the mentor and the learners are free then."));
        m_summary->setStyleSheet(QStringLiteral("color: #2e7d4f;"));
    } else {
        m_summary->setText(tr("⚠ %n clash(es) with lessons already booked:", nullptr, int(m_conflicts.size())));
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    }
}

void LessonConflictList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace mentordesk
