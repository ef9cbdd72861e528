// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImporterTestBase.h"
#include "courses/CourseService.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

class CourseImporterTest : public ImporterTestBase
{
protected:
    void SetUp() override
    {
        ImporterTestBase::SetUp();
        scales = fx().addTopic(QStringLiteral("Scales"));
        python = fx().addTopic(QStringLiteral("Python basics"));
    }
    std::optional<Course> courseTitled(const QString& title)
    {
        CourseFilter all;
        all.includeArchived = true;
        auto page = CourseService(db(), clock()).list(all, {0, 1000});
        EXPECT_TRUE(page.has_value());
        for (const Course& c : page.value_or(Page<Course>()).items) {
            if (c.title == title) {
                return c;
            }
        }
        return std::nullopt;
    }

    Id scales, python;
};

TEST_F(CourseImporterTest, ImportsCoursesWithTopicsAndModules)
{
    auto r = importFile(QStringLiteral("courses"), QStringLiteral("courses_good.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 3);

    const auto piano = courseTitled(QStringLiteral("Piano I"));
    ASSERT_TRUE(piano);
    EXPECT_EQ(piano->description, QStringLiteral("First steps at the piano"));
    EXPECT_EQ(piano->level, 1);
    EXPECT_EQ(piano->contentMinutes, 20 * 60);
    EXPECT_EQ(piano->quality, 8);
    EXPECT_EQ(piano->practicality, 7);
    EXPECT_EQ(piano->topics, QList<Id>{scales});
    EXPECT_TRUE(piano->modules.isEmpty());

    const auto py = courseTitled(QStringLiteral("Python 1"));
    ASSERT_TRUE(py);
    EXPECT_EQ(py->topics, (QList<Id>{python, scales}));
    ASSERT_EQ(py->modules.size(), 3);
    EXPECT_EQ(py->modules[0].title, QStringLiteral("Setup"));
    EXPECT_EQ(py->modules[0].minutes, 60);
    EXPECT_FALSE(py->modules[0].priceMinor);
    EXPECT_EQ(py->modules[1].title, QStringLiteral("Loops"));
    EXPECT_EQ(py->modules[1].minutes, 90);
    EXPECT_EQ(py->modules[1].priceMinor, 4500);
    EXPECT_EQ(py->modules[2].position, 3);
    EXPECT_EQ(py->contentMinutes, 240); // the modules' sum

    const auto freeStudy = courseTitled(QStringLiteral("Free Study"));
    ASSERT_TRUE(freeStudy);
    EXPECT_EQ(freeStudy->contentMinutes, 90);
    EXPECT_EQ(freeStudy->quality, 7); // defaults
    EXPECT_EQ(freeStudy->practicality, 7);
}

TEST_F(CourseImporterTest, ImportsChineseHeadersAndFullWidthSeparators)
{
    auto r = importFile(QStringLiteral("courses"), QStringLiteral("courses_chinese.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    const auto c = courseTitled(QStringLiteral("编程入门"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->description, QStringLiteral("零基础"));
    EXPECT_EQ(c->topics, QList<Id>{python});
    ASSERT_EQ(c->modules.size(), 2);
    EXPECT_EQ(c->modules[1].title, QStringLiteral("第二课"));
    EXPECT_EQ(c->contentMinutes, 150);
}

TEST_F(CourseImporterTest, BadRowsAreReportedByLineAndColumn)
{
    auto r = importFile(QStringLiteral("courses"), QStringLiteral("courses_bad_rows.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    const QList<std::pair<int, QString>> expected = {
        {3, QStringLiteral("topics")},          {4, QStringLiteral("modules")},       {5, QStringLiteral("level")},
        {6, QStringLiteral("content_minutes")}, {7, QStringLiteral("content_hours")}, {8, QStringLiteral("title")},
    };
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("Knitting")));
    EXPECT_TRUE(r->errors[1].message.startsWith(QStringLiteral("Module 2"))) << r->errors[1].message.toStdString();
    EXPECT_EQ(count(QStringLiteral("courses")), 0);
    EXPECT_EQ(count(QStringLiteral("course_modules")), 0);

    auto skipped = importFile(QStringLiteral("courses"), QStringLiteral("courses_bad_rows.csv"), skipBadRows());
    MD_ASSERT_OK(skipped);
    EXPECT_EQ(skipped->rowsImported, 1);
    EXPECT_TRUE(courseTitled(QStringLiteral("Good")));
    EXPECT_EQ(count(QStringLiteral("courses")), 1);
}

TEST_F(CourseImporterTest, DryRunWritesNothing)
{
    auto r = importFile(QStringLiteral("courses"), QStringLiteral("courses_good.csv"), dryRun());
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::DryRun);
    ASSERT_EQ(r->preview.size(), 3);
    EXPECT_EQ(r->preview[1][r->columns.indexOf(QStringLiteral("modules"))],
              QStringLiteral("Setup:60; Loops:90:45.00; Functions:90"));
    EXPECT_EQ(r->preview[1][r->columns.indexOf(QStringLiteral("content_minutes"))], QStringLiteral("240"));
    EXPECT_EQ(count(QStringLiteral("courses")), 0);
    EXPECT_EQ(count(QStringLiteral("course_topics")), 0);
    EXPECT_EQ(count(QStringLiteral("course_modules")), 0);
}

TEST_F(CourseImporterTest, TopicIdsAreAcceptedAndUnknownOnesAreErrors)
{
    auto r = importText(QStringLiteral("courses"),
                        QStringLiteral("title,hours,topics\nA,1,%1\nB,1,%2\n").arg(scales.toUpper(), newId()));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->errors.size(), 1) << errorsOf(*r);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("topics"));
    EXPECT_EQ(r->rowsValid, 1);
}
