// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorAvailabilityEditor.h"

#include "people/MentorService.h"
#include "people/WeeklyAvailability.h"
#include "people/widgets/FieldErrorMap.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace mentordesk {

namespace {
constexpr int kMinutesPerDay = 24 * 60;

QString minuteText(int minuteOfDay)
{
    if (minuteOfDay >= kMinutesPerDay) {
        return QStringLiteral("24:00");
    }
    return QLocale().toString(QTime(minuteOfDay / 60, minuteOfDay % 60), QStringLiteral("HH:mm"));
}
} // namespace

MentorAvailabilityEditor::MentorAvailabilityEditor(StudioSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("availabilityList"));
    m_list->setUniformItemSizes(true);
    m_total = new QLabel(this);
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("availabilityWeekday"));
    for (int day = 1; day <= 7; ++day) {
        m_weekday->addItem(QString(), day);
    }
    m_start = new QTimeEdit(QTime(9, 0), this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(QTime(12, 0), this);
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_error = FieldErrorMap::createMessageLabel(this);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_weekday);
    addRow->addWidget(m_start);
    addRow->addWidget(m_dash);
    addRow->addWidget(m_end);
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    addRow->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_total);
    layout->addLayout(addRow);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] {
        AvailabilitySlot slot;
        slot.weekday = m_weekday->currentData().toInt();
        slot.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
        slot.endMinute = m_end->time().hour() * 60 + m_end->time().minute();
        if (slot.endMinute == 0) {
            slot.endMinute = kMinutesPerDay; // "00:00" as an end means midnight
        }
        addSlot(slot);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSlot(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(m_editable && row >= 0); });
    retranslate();
}

QString MentorAvailabilityEditor::slotText(const AvailabilitySlot& slot)
{
    return tr("%1 %2–%3")
        .arg(QLocale().dayName(slot.weekday, QLocale::ShortFormat), minuteText(slot.startMinute),
             minuteText(slot.endMinute));
}

void MentorAvailabilityEditor::setMentor(const Id& id, bool editable)
{
    m_mentorId = id;
    m_editable = editable;
    m_error->hide();
    load();
}

void MentorAvailabilityEditor::load()
{
    m_slots.clear();
    if (!m_mentorId.isEmpty()) {
        auto week = MentorService(m_session.db(), m_session.clock()).availability(m_mentorId);
        if (week) {
            m_slots = *week;
        }
    }
    fill();
}

void MentorAvailabilityEditor::fill()
{
    m_list->clear();
    for (const AvailabilitySlot& slot : std::as_const(m_slots)) {
        m_list->addItem(slotText(slot));
    }
    m_total->setText(
        m_slots.isEmpty()
            ? tr("No weekly availability yet. Add the times this mentor can teach.")
            : tr("%1 per week").arg(m_session.format().duration(WeeklyAvailability::totalMinutes(m_slots))));
    for (QWidget* w : {static_cast<QWidget*>(m_weekday), static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_end),
                       static_cast<QWidget*>(m_add)}) {
        w->setEnabled(m_editable);
    }
    m_remove->setEnabled(m_editable && m_list->currentRow() >= 0);
}

bool MentorAvailabilityEditor::store(const QList<AvailabilitySlot>& week)
{
    auto saved = MentorService(m_session.db(), m_session.clock()).setAvailability(m_mentorId, week);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_slots = *saved;
    fill();
    emit availabilityChanged();
    return true;
}

bool MentorAvailabilityEditor::addSlot(const AvailabilitySlot& slot)
{
    QList<AvailabilitySlot> week = m_slots;
    week.append(slot);
    return store(week);
}

bool MentorAvailabilityEditor::removeSlot(int row)
{
    if (row < 0 || row >= m_slots.size()) {
        return false;
    }
    QList<AvailabilitySlot> week = m_slots;
    week.removeAt(row);
    return store(week);
}

QString MentorAvailabilityEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MentorAvailabilityEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void MentorAvailabilityEditor::retranslate()
{
    m_weekday->setToolTip(tr("The weekday of the new availability slot"));
    for (int i = 0; i < m_weekday->count(); ++i) {
        m_weekday->setItemText(i, QLocale().dayName(m_weekday->itemData(i).toInt(), QLocale::LongFormat));
    }
    m_start->setToolTip(tr("From (studio time)"));
    m_end->setToolTip(tr("Until (studio time; 00:00 means midnight)"));
    m_add->setText(tr("Add Slot"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected slot"));
}

} // namespace mentordesk
