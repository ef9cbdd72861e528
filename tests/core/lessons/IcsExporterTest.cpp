// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/IcsExporter.h"

#include "TestStudio.h"

#include <QFile>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Attendee attendee(const char* learner, const char* enrollment)
{
    Attendee a;
    a.learnerName = QString::fromUtf8(learner);
    a.enrollmentId = QString::fromLatin1(enrollment);
    return a;
}

/// The golden file's bytes. With MENTORDESK_UPDATE_GOLDEN=1 in the environment, `actual` is written
/// there first (review the diff before committing).
QByteArray golden(const char* name, const QByteArray& actual)
{
    QFile file(test::testDataPath(QStringLiteral("ics/") + QString::fromLatin1(name)));
    if (qEnvironmentVariableIntValue("MENTORDESK_UPDATE_GOLDEN") == 1 && file.open(QIODevice::WriteOnly)) {
        file.write(actual);
        file.close();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing golden file " << name;
        return {};
    }
    return file.readAll();
}

/// Undoes line folding (RFC 5545 §3.1): CRLF followed by one space disappears.
QByteArray unfold(QByteArray text)
{
    return text.replace("\r\n ", "");
}

class IcsExporterTest : public ::testing::Test
{
protected:
    IcsExporterTest()
    {
        Lesson group;
        group.meta.id = QStringLiteral("0b5d7a0e-3f4c-4d6e-9a1b-2c3d4e5f6a7b");
        group.meta.version = 3;
        group.startsAt = utc("2026-02-03T16:00:00Z");
        group.plannedMinutes = 90;
        group.status = LessonStatus::Held;
        group.actualMinutes = 85;
        group.location = QStringLiteral("Room 2, first floor; ring twice");
        group.notes = QStringLiteral("Loops, lists\nand a C:\\path");
        group.homework = QStringLiteral("Exercises 3–5");
        group.attendees = {attendee("Li Wei", "e-li"), attendee("Mia Klein", "e-mia")};
        Lesson cancelled;
        cancelled.meta.id = QStringLiteral("1c6e8b1f-4a5d-4e7f-8b2c-3d4e5f6a7b8c");
        cancelled.meta.version = 1;
        // Given in Berlin time: the export must still write UTC.
        cancelled.startsAt = QDateTime(QDate(2026, 7, 1), QTime(18, 30), QTimeZone("Europe/Berlin"));
        cancelled.plannedMinutes = 45;
        cancelled.status = LessonStatus::LateCancel;
        cancelled.location =
            QStringLiteral("线上课堂（腾讯会议）——请提前五分钟进入会议室，并准备好上次课的作业和笔记本电脑");
        cancelled.attendees = {attendee("王小明", "e-wang")};
        lessons = {group, cancelled};
        exporter.setEnrollmentTitles({{QStringLiteral("e-li"), QStringLiteral("Python basics")},
                                      {QStringLiteral("e-mia"), QStringLiteral("Python basics")},
                                      {QStringLiteral("e-wang"), QStringLiteral("钢琴入门")}});
    }

    IcsExporter exporter{utc("2026-11-20T09:00:00Z"), QStringLiteral("Anna Berg")};
    QList<Lesson> lessons;
};

} // namespace

TEST_F(IcsExporterTest, EscapesBackslashSemicolonCommaAndLineBreaks)
{
    EXPECT_EQ(IcsExporter::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")),
              QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
    EXPECT_EQ(IcsExporter::escapeText(QStringLiteral("plain: text")), QStringLiteral("plain: text"));
    EXPECT_EQ(IcsExporter::escapeText(QString()), QString());
}

TEST_F(IcsExporterTest, ShortLinesAreOnlyTerminated)
{
    EXPECT_EQ(IcsExporter::foldLine("VERSION:2.0"), QByteArray("VERSION:2.0\r\n"));
    const QByteArray exactly75(75, 'x');
    EXPECT_EQ(IcsExporter::foldLine(exactly75), exactly75 + "\r\n");
}

TEST_F(IcsExporterTest, FoldsLongLinesAt75Octets)
{
    const QByteArray line = "DESCRIPTION:" + QByteArray(200, 'a');
    const QByteArray folded = IcsExporter::foldLine(line);
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    ASSERT_EQ(physical.size(), 3);
    EXPECT_EQ(physical[0].size(), 76) << "75 octets plus the CR";
    EXPECT_TRUE(physical[1].startsWith(' '));
    EXPECT_EQ(physical[1].size(), 76);
    EXPECT_EQ(unfold(folded), line + "\r\n");
}

TEST_F(IcsExporterTest, NeverSplitsAMultiByteCharacter)
{
    const QByteArray line =
        QStringLiteral("SUMMARY:王小明 — 钢琴入门和乐理基础（第二学期），每周一次的小组课程安排").toUtf8();
    const QByteArray folded = IcsExporter::foldLine(line);
    EXPECT_GT(folded.count("\r\n"), 1) << "the line is long enough to fold";
    for (const QByteArray& physical : folded.split('\n')) {
        const QByteArray content = physical.endsWith('\r') ? physical.chopped(1) : physical;
        EXPECT_LE(content.size(), 75);
        const QString decoded = QString::fromUtf8(content);
        EXPECT_FALSE(decoded.contains(QChar::ReplacementCharacter)) << content.toStdString();
    }
    EXPECT_EQ(unfold(folded), line + "\r\n");
}

TEST_F(IcsExporterTest, WritesUtcTimes)
{
    EXPECT_EQ(IcsExporter::utcStamp(QDateTime(QDate(2026, 7, 1), QTime(18, 30), QTimeZone("Europe/Berlin"))),
              QByteArray("20260701T163000Z"));
}

TEST_F(IcsExporterTest, SummaryNamesLearnersAndCourse)
{
    EXPECT_EQ(exporter.summary(lessons[0]), QStringLiteral("Li Wei, Mia Klein — Python basics"));
    Lesson bare;
    EXPECT_EQ(exporter.summary(bare), QStringLiteral("Lesson"));
    bare.attendees = {attendee("Noah", "unknown")};
    EXPECT_EQ(exporter.summary(bare), QStringLiteral("Noah"));
}

TEST_F(IcsExporterTest, MatchesTheGoldenCalendar)
{
    const QByteArray written = exporter.write(lessons);
    EXPECT_EQ(written, golden("two-lessons.ics", written)) << written.toStdString();
}

TEST_F(IcsExporterTest, AnEmptyCalendarIsStillValid)
{
    const QByteArray written = IcsExporter(utc("2026-11-20T09:00:00Z")).write({});
    EXPECT_EQ(written, golden("empty.ics", written)) << written.toStdString();
}

TEST_F(IcsExporterTest, EveryLineEndsWithCrlfAndFitsIn75Octets)
{
    const QByteArray written = exporter.write(lessons);
    ASSERT_TRUE(written.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> lines = written.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_TRUE(lines[i].endsWith('\r')) << "line " << i << " has a bare LF";
        EXPECT_LE(lines[i].size() - 1, 75) << "line " << i;
    }
    EXPECT_EQ(written.count("BEGIN:VEVENT"), 2);
    EXPECT_EQ(written.count("STATUS:CANCELLED"), 1);
}
