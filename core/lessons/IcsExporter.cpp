// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/IcsExporter.h"

#include <QStringList>

namespace mentordesk {

namespace {

constexpr qsizetype kMaxOctets = 75;

/// True for the bytes that continue a UTF-8 sequence (10xxxxxx).
bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U;
}

void appendLine(QByteArray& out, const QByteArray& name, const QString& value)
{
    out += IcsExporter::foldLine(name + ':' + value.toUtf8());
}

void appendRaw(QByteArray& out, const QByteArray& line)
{
    out += IcsExporter::foldLine(line);
}

} // namespace

IcsExporter::IcsExporter(QDateTime stampUtc, QString calendarName)
    : m_stamp(std::move(stampUtc))
    , m_calendarName(std::move(calendarName))
{}

QByteArray IcsExporter::utcStamp(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QString IcsExporter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsExporter::foldLine(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype at = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - at > room) {
        qsizetype cut = at + room;
        // Why: a fold inside a multi-byte character would corrupt it for readers that unfold bytewise.
        while (cut > at && isContinuationByte(line.at(cut))) {
            --cut;
        }
        out += line.mid(at, cut - at);
        out += "\r\n ";
        at = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(at);
    out += "\r\n";
    return out;
}

QString IcsExporter::summary(const Lesson& lesson) const
{
    QStringList names;
    QStringList titles;
    for (const Attendee& a : lesson.attendees) {
        if (!a.learnerName.isEmpty() && !names.contains(a.learnerName)) {
            names.append(a.learnerName);
        }
        const QString title = m_titles.value(a.enrollmentId);
        if (!title.isEmpty() && !titles.contains(title)) {
            titles.append(title);
        }
    }
    const QString who = names.join(QStringLiteral(", "));
    const QString what = titles.join(QStringLiteral(", "));
    if (who.isEmpty()) {
        return what.isEmpty() ? tr("Lesson") : what;
    }
    return what.isEmpty() ? who : tr("%1 — %2", "ics summary: learners — course").arg(who, what);
}

QString IcsExporter::description(const Lesson& lesson)
{
    QStringList lines;
    if (lesson.status != LessonStatus::Scheduled) {
        lines.append(tr("Status: %1").arg(lessonStatusDisplayName(lesson.status)));
    }
    if (!lesson.notes.isEmpty()) {
        lines.append(tr("Notes: %1").arg(lesson.notes));
    }
    if (!lesson.homework.isEmpty()) {
        lines.append(tr("Homework: %1").arg(lesson.homework));
    }
    return lines.join(u'\n');
}

QByteArray IcsExporter::write(const QList<Lesson>& lessons) const
{
    QByteArray out;
    out.reserve(lessons.size() * 400 + 200);
    appendRaw(out, "BEGIN:VCALENDAR");
    appendRaw(out, "VERSION:2.0");
    appendRaw(out, "PRODID:-//MentorDesk//Lessons//EN");
    appendRaw(out, "CALSCALE:GREGORIAN");
    appendRaw(out, "METHOD:PUBLISH");
    if (!m_calendarName.isEmpty()) {
        appendLine(out, "X-WR-CALNAME", escapeText(m_calendarName));
    }
    const QByteArray stamp = utcStamp(m_stamp);
    for (const Lesson& l : lessons) {
        appendRaw(out, "BEGIN:VEVENT");
        appendLine(out, "UID", l.meta.id + QStringLiteral("@mentordesk"));
        appendRaw(out, "DTSTAMP:" + stamp);
        appendRaw(out, "DTSTART:" + utcStamp(l.startsAt));
        appendRaw(out, "DTEND:" + utcStamp(l.endsAt()));
        appendLine(out, "SUMMARY", escapeText(summary(l)));
        if (const QString text = description(l); !text.isEmpty()) {
            appendLine(out, "DESCRIPTION", escapeText(text));
        }
        if (!l.location.isEmpty()) {
            appendLine(out, "LOCATION", escapeText(l.location));
        }
        appendRaw(out, lessonStatusIsCancellation(l.status) ? QByteArrayLiteral("STATUS:CANCELLED")
                                                            : QByteArrayLiteral("STATUS:CONFIRMED"));
        appendRaw(out, "SEQUENCE:" + QByteArray::number(qMax<qint64>(0, l.meta.version - 1)));
        appendRaw(out, "END:VEVENT");
    }
    appendRaw(out, "END:VCALENDAR");
    return out;
}

} // namespace mentordesk
