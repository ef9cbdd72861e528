// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarTestSupport.h"
#include "calendar/CalendarIcsDialog.h"

#include <QFile>

using namespace mentordesk;

class IcsExportDialogTest : public test::CalendarTest
{};

TEST_F(IcsExportDialogTest, ExportsTheMentorsLessonsInTheRange)
{
    const Mentor mentor = mentors().last();
    const QDate from(2026, 11, 1);
    const QDate to(2026, 11, 30);
    CalendarIcsDialog dialog(session(), mentors(), mentor.meta.id, from, to);
    const QString path = m_dir.filePath(QStringLiteral("export.ics"));
    dialog.setFilePath(path);
    ASSERT_TRUE(dialog.exportFile()) << dialog.errorText().toStdString();
    LessonFilter filter;
    filter.mentorId = mentor.meta.id;
    filter.fromUtc = utc(from, QTime(0, 0));
    filter.toUtc = utc(to.addDays(1), QTime(0, 0));
    const int expected = static_cast<int>(lessons(filter).size());
    ASSERT_GT(expected, 0);
    EXPECT_EQ(dialog.exportedLessons(), expected);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), expected);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
}

TEST_F(IcsExportDialogTest, ExplainsWhatIsMissing)
{
    CalendarIcsDialog dialog(session(), mentors(), mentors().first().meta.id, QDate(2026, 11, 30), QDate(2026, 11, 1));
    dialog.setFilePath(QString());
    EXPECT_FALSE(dialog.exportFile());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    dialog.setFilePath(m_dir.filePath(QStringLiteral("x.ics")));
    EXPECT_FALSE(dialog.exportFile()) << "the last day is before the first";
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("before")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("x.ics"))));
}
