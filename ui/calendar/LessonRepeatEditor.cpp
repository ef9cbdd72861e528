// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/LessonRepeatEditor.h"

#include "calendar/CalendarDates.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mentordesk {

LessonRepeatEditor::LessonRepeatEditor(const QLocale& locale, QWidget* parent)
    : QWidget(parent)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("repeat"));
    m_repeat = new QCheckBox(this);
    m_repeat->setObjectName(QStringLiteral("repeatWeekly"));
    setFocusProxy(m_repeat);
    m_every = new QSpinBox(this);
    m_every->setObjectName(QStringLiteral("every"));
    m_every->setRange(1, 52);
    m_everyLabel = new QLabel(this);
    m_untilRadio = new QRadioButton(this);
    m_countRadio = new QRadioButton(this);
    m_countRadio->setChecked(true);
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(CalendarDates::editFormat(m_locale));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 1000);
    m_count->setValue(10);
    m_skipLabel = new QLabel(this);
    m_skipDate = new QDateEdit(this);
    m_skipDate->setObjectName(QStringLiteral("skipDate"));
    m_skipDate->setCalendarPopup(true);
    m_skipDate->setDisplayFormat(m_until->displayFormat());
    m_addSkip = new QPushButton(this);
    m_addSkip->setObjectName(QStringLiteral("addSkip"));
    m_removeSkip = new QPushButton(this);
    m_skipped = new QListWidget(this);
    m_skipped->setObjectName(QStringLiteral("skipped"));
    m_skipped->setMaximumHeight(70);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("repeatError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    // Why: a one-off lesson needs none of this; the options only take room once repeating is ticked.
    m_body = new QGroupBox(this);
    m_body->setVisible(false);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_repeat);
    outer->addWidget(m_body);
    connect(m_repeat, &QCheckBox::toggled, m_body, &QWidget::setVisible);
    auto* grid = new QGridLayout(m_body);
    auto* everyRow = new QHBoxLayout;
    everyRow->addWidget(m_every);
    everyRow->addWidget(m_everyLabel, 1);
    grid->addLayout(everyRow, 0, 0, 1, 3);
    grid->addWidget(m_countRadio, 1, 0);
    grid->addWidget(m_count, 1, 1);
    grid->addWidget(m_untilRadio, 2, 0);
    grid->addWidget(m_until, 2, 1);
    grid->addWidget(m_skipLabel, 3, 0);
    auto* skipRow = new QHBoxLayout;
    skipRow->addWidget(m_skipDate);
    skipRow->addWidget(m_addSkip);
    skipRow->addWidget(m_removeSkip);
    skipRow->addStretch(1);
    grid->addLayout(skipRow, 3, 1, 1, 2);
    grid->addWidget(m_skipped, 4, 1, 1, 2);
    grid->addWidget(m_error, 5, 0, 1, 3);
    grid->setColumnStretch(2, 1);

    connect(m_repeat, &QCheckBox::toggled, this, &LessonRepeatEditor::changed);
    connect(m_every, &QSpinBox::valueChanged, this, &LessonRepeatEditor::changed);
    connect(m_count, &QSpinBox::valueChanged, this, &LessonRepeatEditor::changed);
    connect(m_until, &QDateEdit::dateChanged, this, &LessonRepeatEditor::changed);
    connect(m_untilRadio, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_addSkip, &QPushButton::clicked, this, [this] { addSkippedDate(m_skipDate->date()); });
    connect(m_removeSkip, &QPushButton::clicked, this, [this] {
        delete m_skipped->currentItem();
        emit changed();
    });
    retranslate();
    updateEnabled();
}

void LessonRepeatEditor::retranslate()
{
    m_repeat->setText(tr("&Repeat weekly"));
    m_repeat->setToolTip(tr("Create a weekly series of lessons at the same local time"));
    m_everyLabel->setText(tr("week(s) between lessons"));
    m_every->setToolTip(tr("1 = every week, 2 = every other week…"));
    m_countRadio->setText(tr("&Number of lessons:"));
    m_untilRadio->setText(tr("Repeat &until:"));
    m_countRadio->setToolTip(tr("End the series after a number of lessons"));
    m_untilRadio->setToolTip(tr("End the series on a date"));
    m_until->setToolTip(tr("The last possible date of the series (inclusive)"));
    m_count->setToolTip(tr("Skipped dates count too: 10 lessons with one skipped date make 9"));
    m_skipLabel->setText(tr("Skip dates:"));
    m_skipDate->setToolTip(tr("A date of the series without a lesson (holiday, exam week…)"));
    m_addSkip->setText(tr("S&kip"));
    m_removeSkip->setText(tr("Unskip"));
}

void LessonRepeatEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool LessonRepeatEditor::repeats() const
{
    return m_repeat->isChecked();
}

void LessonRepeatEditor::setRepeats(bool repeat)
{
    m_repeat->setChecked(repeat);
}

void LessonRepeatEditor::updateEnabled()
{
    m_until->setEnabled(m_untilRadio->isChecked());
    m_count->setEnabled(m_countRadio->isChecked());
}

void LessonRepeatEditor::setFirstDate(const QDate& date)
{
    if (!m_until->date().isValid() || m_until->date() <= date) {
        m_until->setDate(date.addDays(7 * 12));
    }
    m_skipDate->setDate(date.addDays(7));
}

int LessonRepeatEditor::intervalWeeks() const
{
    return m_every->value();
}

void LessonRepeatEditor::setIntervalWeeks(int weeks)
{
    m_every->setValue(weeks);
}

QDate LessonRepeatEditor::untilDate() const
{
    return m_untilRadio->isChecked() ? m_until->date() : QDate();
}

std::optional<int> LessonRepeatEditor::count() const
{
    return m_countRadio->isChecked() ? std::optional<int>(m_count->value()) : std::nullopt;
}

void LessonRepeatEditor::setUntil(const QDate& date)
{
    m_untilRadio->setChecked(true);
    m_until->setDate(date);
}

void LessonRepeatEditor::setCount(int count)
{
    m_countRadio->setChecked(true);
    m_count->setValue(count);
}

QList<QDate> LessonRepeatEditor::skippedDates() const
{
    QList<QDate> dates;
    for (int i = 0; i < m_skipped->count(); ++i) {
        dates.append(m_skipped->item(i)->data(Qt::UserRole).toDate());
    }
    return dates;
}

void LessonRepeatEditor::addSkippedDate(const QDate& date)
{
    if (!date.isValid() || skippedDates().contains(date)) {
        return;
    }
    auto* item = new QListWidgetItem(m_locale.toString(date, QLocale::LongFormat), m_skipped);
    item->setData(Qt::UserRole, date);
    m_skipDate->setDate(date.addDays(7LL * intervalWeeks()));
    emit changed();
}

void LessonRepeatEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LessonRepeatEditor::errorText() const
{
    return m_error->text();
}

} // namespace mentordesk
