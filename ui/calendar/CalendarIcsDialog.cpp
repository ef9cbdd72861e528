// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/CalendarIcsDialog.h"

#include "calendar/CalendarDates.h"
#include "lessons/IcsExportService.h"
#include "shell/StudioSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mentordesk {

CalendarIcsDialog::CalendarIcsDialog(StudioSession& session, const QList<Mentor>& mentors, const Id& mentorId,
                                     const QDate& from, const QDate& to, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("CalendarIcsDialog"));
    m_mentor = new QComboBox(this);
    m_mentor->setObjectName(QStringLiteral("mentor"));
    for (const Mentor& m : mentors) {
        m_mentor->addItem(m.isArchived() ? tr("%1 (archived)").arg(m.name) : m.name, m.meta.id);
    }
    const QString format = CalendarDates::editFormat(session.format().locale());
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(format);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(format);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_browse = new QPushButton(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    m_labels.append(new QLabel(this));
    range->addWidget(m_labels.last());
    range->addWidget(m_to);
    range->addStretch(1);
    auto* file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(m_browse);
    auto* form = new QFormLayout;
    for (int i = 0; i < 3; ++i) {
        m_labels.append(new QLabel(this));
    }
    form->addRow(m_labels[1], m_mentor);
    form->addRow(m_labels[2], range);
    form->addRow(m_labels[3], file);
    m_labels[1]->setBuddy(m_mentor);
    m_labels[2]->setBuddy(m_from);
    m_labels[3]->setBuddy(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setMentor(mentorId);
    setRange(from, to);
    connect(m_mentor, &QComboBox::currentIndexChanged, this, &CalendarIcsDialog::suggestFileName);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &CalendarIcsDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CalendarIcsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CalendarIcsDialog::reject);
    retranslate();
    suggestFileName();
    resize(520, 260);
}

void CalendarIcsDialog::retranslate()
{
    setWindowTitle(tr("Export iCalendar"));
    m_labels[0]->setText(tr("to"));
    m_labels[1]->setText(tr("&Mentor:"));
    m_labels[2]->setText(tr("&Lessons from:"));
    m_labels[3]->setText(tr("&File:"));
    m_mentor->setToolTip(tr("Whose lessons to export"));
    m_from->setToolTip(tr("First day (inclusive)"));
    m_to->setToolTip(tr("Last day (inclusive)"));
    m_file->setPlaceholderText(tr("Where to save the .ics file"));
    m_browse->setText(tr("&Browse…"));
    m_hint->setText(tr("Calendar apps (Thunderbird, Apple Calendar, Google Calendar, Outlook) import this file. "
                       "Cancelled lessons are included and marked as cancelled; importing a newer export updates "
                       "the events."));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void CalendarIcsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CalendarIcsDialog::setMentor(const Id& mentorId)
{
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(mentorId)));
}

void CalendarIcsDialog::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void CalendarIcsDialog::setFilePath(const QString& path)
{
    m_file->setText(path);
    m_fileEdited = true;
}

QString CalendarIcsDialog::filePath() const
{
    return m_file->text().trimmed();
}

void CalendarIcsDialog::suggestFileName()
{
    if (m_fileEdited) {
        return;
    }
    QString name = m_mentor->currentText().toLower();
    name.replace(QChar::Space, u'-');
    name.remove(QStringLiteral("/"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir::toNativeSeparators(dir + u'/' + tr("lessons-%1.ics").arg(name)));
}

void CalendarIcsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export iCalendar"), filePath(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(QDir::toNativeSeparators(path));
    }
}

QString CalendarIcsDialog::errorText() const
{
    return m_error->text();
}

bool CalendarIcsDialog::exportFile()
{
    m_error->setVisible(false);
    const auto showError = [this](const QString& message) {
        m_error->setText(message);
        m_error->setVisible(true);
        return false;
    };
    if (filePath().isEmpty()) {
        return showError(tr("Choose where to save the file."));
    }
    auto exported = IcsExportService(m_session.db(), m_session.clock())
                        .exportMentor({m_mentor->currentData().toString(), m_from->date(), m_to->date()});
    if (!exported) {
        return showError(exported.error().message);
    }
    QSaveFile file(QDir::fromNativeSeparators(filePath()));
    if (!file.open(QIODevice::WriteOnly) || file.write(exported->data) != exported->data.size() || !file.commit()) {
        return showError(tr("Cannot write “%1”: %2").arg(filePath(), file.errorString()));
    }
    m_exported = exported->lessons;
    return true;
}

void CalendarIcsDialog::accept()
{
    if (exportFile()) {
        QDialog::accept();
    }
}

} // namespace mentordesk
