// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Lesson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace mentordesk {

/// Writes lessons as an iCalendar file (RFC 5545): one VCALENDAR with one VEVENT per lesson. Pure: no
/// database, no clock — the caller gives the export instant (DTSTAMP) and the course titles.
///
/// Each event: UID "<lesson id>@mentordesk", DTSTAMP, DTSTART/DTEND in UTC ("20260203T160000Z"),
/// SUMMARY = learner names and course, DESCRIPTION = status, notes and homework, LOCATION, STATUS
/// (CANCELLED for the three cancellations, CONFIRMED otherwise) and SEQUENCE = version − 1. Text values are
/// escaped (\\ \; \, \n), lines are folded at 75 octets without splitting a UTF-8 sequence, and every line
/// ends with CRLF.
class IcsExporter final
{
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)

public:
    /// `stampUtc` is written as every event's DTSTAMP; `calendarName` (e.g. the mentor) as X-WR-CALNAME
    /// when not empty.
    explicit IcsExporter(QDateTime stampUtc, QString calendarName = {});

    /// Course (or enrollment) titles by enrollment id, used in SUMMARY; unknown ids are left out.
    void setEnrollmentTitles(QHash<Id, QString> titles) { m_titles = std::move(titles); }

    /// The whole calendar, UTF-8, in the order of `lessons`.
    [[nodiscard]] QByteArray write(const QList<Lesson>& lessons) const;

    /// The SUMMARY text of one lesson (unescaped): "Li Wei, Mia Klein — Python basics".
    [[nodiscard]] QString summary(const Lesson& lesson) const;
    /// The DESCRIPTION text of one lesson (unescaped); empty for a scheduled lesson without notes.
    [[nodiscard]] static QString description(const Lesson& lesson);

    /// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks (CRLF, LF or CR → "\n").
    [[nodiscard]] static QString escapeText(const QString& text);
    /// Folds one content line (given without its line end) into CRLF-terminated lines of at most 75
    /// octets each; continuation lines start with one space. Multi-byte UTF-8 sequences are never split.
    [[nodiscard]] static QByteArray foldLine(const QByteArray& line);
    /// "20260203T160000Z" for an instant (converted to UTC).
    [[nodiscard]] static QByteArray utcStamp(const QDateTime& instant);

private:
    QDateTime m_stamp;
    QString m_calendarName;
    QHash<Id, QString> m_titles;
};

} // namespace mentordesk
