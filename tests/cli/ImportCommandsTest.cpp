// SPDX-License-Identifier: GPL-3.0-or-later
// `import csv` for every entity, end to end through the command line.
#include "CliTestSupport.h"
#include "TestStudio.h"
#include "common/Id.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk;
using namespace mentordesk::test;
using namespace Qt::StringLiterals;

class ImportCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
    }
    static QString csv(const QString& name) { return testDataPath(u"csv/"_s + name); }
    CliRun importCsv(const QString& entity, const QString& file, const QStringList& extra = {})
    {
        return cli(QStringList{u"import"_s, u"csv"_s, entity, file} + extra);
    }
    /// Writes `text` to a file in the test directory and returns its path.
    QString writeCsv(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }
    /// Live rows of `table`, read straight from the studio file.
    qint64 rows(const QString& table)
    {
        auto db = Database::open(m_db);
        EXPECT_TRUE(db.has_value());
        auto s = (*db)->prepare(u"SELECT count(*) FROM "_s + table + u" WHERE deleted_at IS NULL"_s);
        EXPECT_TRUE(s.has_value());
        EXPECT_TRUE(s->exec().has_value());
        return s->next() ? s->integer(0) : -1;
    }
    /// The id of the live row of `table` whose `column` is `value`.
    Id idOf(const QString& table, const QString& column, const QString& value)
    {
        auto db = Database::open(m_db);
        EXPECT_TRUE(db.has_value());
        auto s =
            (*db)->prepare(u"SELECT id FROM "_s + table + u" WHERE deleted_at IS NULL AND "_s + column + u" = ?"_s);
        EXPECT_TRUE(s.has_value());
        s->bind(value);
        EXPECT_TRUE(s->exec().has_value());
        return s->next() ? s->text(0) : Id();
    }
    /// Payers, mentors, topics, courses and learners from the fixture files, and two enrollments with
    /// Anna Berg: Mia Klein in Piano I and Noah Roth in Python 1.
    void importPeopleAndCourses()
    {
        ASSERT_EQ(importCsv(u"payers"_s, csv(u"payers_utf8_bom.csv"_s)).code, 0);
        ASSERT_EQ(importCsv(u"mentors"_s, csv(u"mentors_good.csv"_s)).code, 0);
        for (const QString& topic : {u"Scales"_s, u"Python basics"_s}) {
            ASSERT_EQ(cli({u"topic"_s, u"add"_s, u"--name"_s, topic}).code, 0);
        }
        const CliRun courses = importCsv(u"courses"_s, csv(u"courses_good.csv"_s));
        ASSERT_EQ(courses.code, 0) << courses.err.toStdString();
        const CliRun learners = importCsv(u"learners"_s, csv(u"learners_good.csv"_s));
        ASSERT_EQ(learners.code, 0) << learners.err.toStdString();
        const Id anna = idOf(u"mentors"_s, u"name"_s, u"Anna Berg"_s);
        for (const auto& [learner, course] :
             {std::pair{u"Mia Klein"_s, u"Piano I"_s}, std::pair{u"Noah Roth"_s, u"Python 1"_s}}) {
            createId({u"enroll"_s, u"--learner"_s, idOf(u"learners"_s, u"name"_s, learner), u"--mentor"_s, anna,
                      u"--course"_s, idOf(u"courses"_s, u"title"_s, course)});
        }
        ASSERT_EQ(rows(u"enrollments"_s), 2);
    }
};

TEST_F(ImportCommandsTest, ImportsAWholeStudioEntityByEntity)
{
    importPeopleAndCourses();
    EXPECT_EQ(rows(u"payers"_s), 2);
    EXPECT_EQ(rows(u"mentors"_s), 3);
    EXPECT_EQ(rows(u"courses"_s), 3);
    EXPECT_EQ(rows(u"course_modules"_s), 3);
    EXPECT_EQ(rows(u"learners"_s), 3);
    EXPECT_EQ(rows(u"learner_goals"_s), 3);

    const QString lessons = writeCsv(u"lessons.csv"_s, u"start,learner,course,status,actual_minutes\n"
                                                       "2026-01-14 17:00,Mia Klein,Piano I,held,50\n"
                                                       "2026-01-20 17:00,Noah Roth,,,\n"_s);
    CliRun r = importCsv(u"lessons"_s, lessons);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Imported 2 row"_s)) << r.out.toStdString();
    EXPECT_EQ(rows(u"lessons"_s), 2);

    const Id held = idOf(u"lessons"_s, u"status"_s, u"held"_s);
    const QString ratings = writeCsv(u"ratings.csv"_s, u"learner,target,target_id,stars,comment\n"
                                                       "Mia Klein,mentor,Anna Berg,5,Patient\n"
                                                       "Mia Klein,course,Piano I,4,\n"
                                                       "Mia Klein,lesson,%1,5,\n"_s.arg(held));
    r = importCsv(u"ratings"_s, ratings);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(rows(u"ratings"_s), 3);
}

TEST_F(ImportCommandsTest, BadRowsExitOneWithLineAndColumnForEveryEntity)
{
    const QList<std::tuple<QString, QString, QString>> cases = {
        {u"mentors"_s, u"mentors_bad_rows.csv"_s, u"line 3: default_rate: "_s},
        {u"learners"_s, u"learners_bad_rows.csv"_s, u"line 5: payer: "_s},
        {u"courses"_s, u"courses_bad_rows.csv"_s, u"line 3: topics: "_s},
        {u"lessons"_s, u"lessons_bad_rows.csv"_s, u"line 3: start: "_s},
        {u"ratings"_s, u"ratings_bad_rows.csv"_s, u"line 6: learner: "_s},
    };
    for (const auto& [entity, file, expected] : cases) {
        const CliRun r = importCsv(entity, csv(file));
        EXPECT_EQ(r.code, 1) << entity.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << entity.toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(u"Nothing was imported"_s)) << r.out.toStdString();
    }
    EXPECT_EQ(rows(u"mentors"_s), 0);
    EXPECT_EQ(rows(u"learners"_s), 0);
    EXPECT_EQ(rows(u"courses"_s), 0);
}

TEST_F(ImportCommandsTest, SkipBadRowsAndDryRunForLearners)
{
    ASSERT_EQ(importCsv(u"payers"_s, csv(u"payers_utf8_bom.csv"_s)).code, 0);
    ASSERT_EQ(importCsv(u"mentors"_s, csv(u"mentors_good.csv"_s)).code, 0);
    ASSERT_EQ(cli({u"topic"_s, u"add"_s, u"--name"_s, u"Scales"_s}).code, 0);
    CliRun r = importCsv(u"learners"_s, csv(u"learners_bad_rows.csv"_s), {u"--dry-run"_s, u"--skip-bad-rows"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Dry run"_s));
    EXPECT_TRUE(r.out.contains(u"Good One"_s)); // the preview
    EXPECT_EQ(rows(u"learners"_s), 0);

    r = importCsv(u"learners"_s, csv(u"learners_bad_rows.csv"_s), {u"--skip-bad-rows"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"line 12: mentor: "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Skipped 9 row"_s)) << r.out.toStdString();
    EXPECT_EQ(rows(u"learners"_s), 2);
}

TEST_F(ImportCommandsTest, LessonConflictsBlockUnlessAllowed)
{
    importPeopleAndCourses();
    const QString file = writeCsv(u"clash.csv"_s, u"start,learner\n"
                                                  "2026-01-20 17:00,Mia Klein\n"
                                                  "2026-01-20 17:30,Noah Roth\n"_s);
    CliRun r = importCsv(u"lessons"_s, file);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"line 3: start: "_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"line 2 of this file"_s)) << r.err.toStdString();
    EXPECT_EQ(rows(u"lessons"_s), 0);

    r = cli({u"--json"_s, u"import"_s, u"csv"_s, u"lessons"_s, file, u"--dry-run"_s});
    EXPECT_EQ(r.code, 1);
    const QJsonArray errors = r.json().object().value(u"errors"_s).toArray();
    ASSERT_EQ(errors.size(), 1) << r.out.toStdString();
    EXPECT_EQ(errors.at(0).toObject().value(u"line"_s).toInt(), 3);
    EXPECT_EQ(errors.at(0).toObject().value(u"field"_s).toString(), u"start"_s);

    r = importCsv(u"lessons"_s, file, {u"--allow-conflicts"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(rows(u"lessons"_s), 2);
}

TEST_F(ImportCommandsTest, JsonReportForEachEntity)
{
    for (const auto& [entity, file] :
         {std::pair{u"mentors"_s, u"mentors_good.csv"_s}, std::pair{u"payers"_s, u"payers_utf8_chinese.csv"_s}}) {
        const CliRun r = cli({u"--json"_s, u"import"_s, u"csv"_s, entity, csv(file)});
        EXPECT_EQ(r.code, 0) << r.out.toStdString();
        const QJsonObject o = r.json().object();
        EXPECT_EQ(o.value(u"entity"_s).toString(), entity);
        EXPECT_EQ(o.value(u"outcome"_s).toString(), u"imported"_s);
        EXPECT_GT(o.value(u"rows_imported"_s).toInt(), 0);
    }
    const CliRun help = cli({u"import"_s, u"csv"_s, u"--help"_s});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(u"--allow-conflicts"_s));
    EXPECT_TRUE(help.out.contains(u"payers|mentors|learners|courses|lessons|ratings"_s)) << help.out.toStdString();
}
