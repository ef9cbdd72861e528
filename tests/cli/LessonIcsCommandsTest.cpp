// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "LessonFixture.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;

class LessonIcsCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        auto db = Database::open(m_db);
        ASSERT_TRUE(db.has_value()) << db.error().message.toStdString();
        LessonFixture fx(**db);
        anna = fx.addMentor(QStringLiteral("Anna Berg"));
        liE = fx.addEnrollment(fx.addLearner(QStringLiteral("Li Wei")), anna);
        for (const char* start : {"2026-02-03 17:00", "2026-02-10 17:00", "2026-03-03 17:00"}) {
            lessons << createId(QStringList{QStringLiteral("lesson"), QStringLiteral("add"), QStringLiteral("--mentor"),
                                            anna, QStringLiteral("--enrollment"), liE, QStringLiteral("--start"),
                                            QString::fromLatin1(start)});
        }
    }

    Id anna, liE;
    QStringList lessons;
};

TEST_F(LessonIcsCommandsTest, WritesTheCalendarToStandardOutput)
{
    CliRun r = cli({QStringLiteral("lesson"), QStringLiteral("ics"), QStringLiteral("--mentor"), anna,
                    QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-02-28")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    EXPECT_TRUE(r.out.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    EXPECT_EQ(r.out.count(QStringLiteral("BEGIN:VEVENT")), 2);
    EXPECT_TRUE(r.out.contains(lessons[0] + QStringLiteral("@mentordesk")));
    EXPECT_FALSE(r.out.contains(lessons[2])) << "March is outside the range";
    EXPECT_TRUE(r.out.contains(QStringLiteral("DTSTART:20260203T160000Z")));
}

TEST_F(LessonIcsCommandsTest, WritesAFileWithOut)
{
    const QString path = m_dir.filePath(QStringLiteral("anna.ics"));
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("lesson"), QStringLiteral("ics"),
                    QStringLiteral("--mentor"), anna, QStringLiteral("--out"), path});
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("lessons")).toInt(), 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    EXPECT_EQ(data.count("BEGIN:VEVENT"), 3);
    EXPECT_EQ(data.count("\r\n"), data.count('\n')) << "every line ends with CRLF";
}

TEST_F(LessonIcsCommandsTest, RejectsBadOptions)
{
    CliRun missing = cli({QStringLiteral("lesson"), QStringLiteral("ics")});
    EXPECT_EQ(missing.code, 2) << "--mentor is required";
    CliRun badDate = cli({QStringLiteral("lesson"), QStringLiteral("ics"), QStringLiteral("--mentor"), anna,
                          QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    EXPECT_EQ(badDate.code, 1);
    CliRun backwards = cli({QStringLiteral("--json"), QStringLiteral("lesson"), QStringLiteral("ics"),
                            QStringLiteral("--mentor"), anna, QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                            QStringLiteral("--to"), QStringLiteral("2026-02-01")});
    EXPECT_EQ(backwards.code, 1);
    EXPECT_EQ(backwards.json()[QStringLiteral("error")][QStringLiteral("field")].toString(), QStringLiteral("to"));
    CliRun unknown = cli({QStringLiteral("lesson"), QStringLiteral("ics"), QStringLiteral("--mentor"), newId()});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.out.isEmpty());
}
