// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Mentor.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mentordesk {

class StudioSession;

/// "Export iCalendar…": one mentor's lessons in a date range to an .ics file (IcsExportService).
class CalendarIcsDialog final : public QDialog
{
    Q_OBJECT

public:
    CalendarIcsDialog(StudioSession& session, const QList<Mentor>& mentors, const Id& mentorId, const QDate& from,
                      const QDate& to, QWidget* parent = nullptr);

    void setMentor(const Id& mentorId);
    void setRange(const QDate& from, const QDate& to);
    void setFilePath(const QString& path);
    /// Writes the file; false with the error shown.
    bool exportFile();
    [[nodiscard]] int exportedLessons() const { return m_exported; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString filePath() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void suggestFileName();

    StudioSession& m_session;
    QComboBox* m_mentor = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_labels;
    int m_exported = 0;
    bool m_fileEdited = false;
};

} // namespace mentordesk
