// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseDialog.h"

#include "UiTestSupport.h"
#include "courses/CourseModulesEditor.h"
#include "courses/CourseService.h"
#include "courses/TopicService.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace mentordesk;

class CourseDialogTest : public test::UiStudioTest
{
protected:
    CourseService courses() { return CourseService(session().db(), session().clock()); }
    QList<Topic> topics() { return TopicService(session().db(), session().clock()).list({}, {0, 1000})->items; }
    qint64 courseCount() { return courses().list({}, {0, 1})->total; }
    static void set(CourseDialog& dialog, const char* name, const QString& text)
    {
        auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
        ASSERT_NE(edit, nullptr) << name;
        edit->setText(text);
    }
    static void spin(CourseDialog& dialog, const char* name, int value)
    {
        auto* box = dialog.findChild<QSpinBox*>(QString::fromLatin1(name));
        ASSERT_NE(box, nullptr) << name;
        box->setValue(value);
    }
    /// A demo course with at least three modules.
    Course courseWithModules()
    {
        const auto page = courses().list({}, {0, 1000});
        for (const Course& c : page->items) {
            if (c.modules.size() >= 3) {
                return c;
            }
        }
        ADD_FAILURE() << "the demo has no course with three modules";
        return {};
    }
};

TEST_F(CourseDialogTest, CreatesACourseWithTopicsAndModules)
{
    const QList<Topic> all = topics();
    ASSERT_GE(all.size(), 2);
    CourseDialog dialog(session(), all, nullptr);
    set(dialog, "title", QStringLiteral("钢琴入门 — a very long course title that keeps going and going"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("description"))->setPlainText(QStringLiteral("Scales, chords"));
    spin(dialog, "quality", 9);
    spin(dialog, "practicality", 6);
    dialog.setTopicChecked(all[0].meta.id, true);
    dialog.setTopicChecked(all[1].meta.id, true);
    dialog.modulesEditor()->addRow(QStringLiteral("Posture"), QStringLiteral("1:30"), QStringLiteral("45.50"));
    dialog.modulesEditor()->addRow(QStringLiteral("Scales"), QStringLiteral("60"), QString());
    const qint64 before = courseCount();
    ASSERT_TRUE(dialog.save()) << dialog.errorFor(QStringLiteral("general")).toStdString();
    EXPECT_EQ(courseCount(), before + 1);
    auto saved = courses().get(dialog.savedCourse().meta.id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->quality, 9);
    EXPECT_EQ(saved->practicality, 6);
    EXPECT_EQ(saved->contentMinutes, 150) << "0 h 0 min = the sum of the modules";
    EXPECT_EQ(saved->topics.size(), 2);
    ASSERT_EQ(saved->modules.size(), 2);
    EXPECT_EQ(saved->modules[0].title, QStringLiteral("Posture"));
    EXPECT_EQ(saved->modules[0].minutes, 90);
    EXPECT_EQ(saved->modules[0].priceMinor, 4550);
    EXPECT_FALSE(saved->modules[1].priceMinor.has_value());
}

TEST_F(CourseDialogTest, ShowsServiceErrorsNextToTheirFieldsAndWritesNothing)
{
    CourseDialog dialog(session(), topics(), nullptr);
    const qint64 before = courseCount();
    EXPECT_FALSE(dialog.save()) << "no title and no content time";
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("title")).isEmpty());
    set(dialog, "title", QStringLiteral("Guitar"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.errorFor(QStringLiteral("title")).isEmpty()) << "old errors are cleared";
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("content_minutes")).isEmpty())
        << "no content time and no modules to add up";
    EXPECT_EQ(courseCount(), before);
}

TEST_F(CourseDialogTest, NamesTheBadModuleCell)
{
    CourseDialog dialog(session(), topics(), nullptr);
    set(dialog, "title", QStringLiteral("Drums"));
    dialog.modulesEditor()->addRow(QStringLiteral("Basics"), QStringLiteral("45"), QString());
    dialog.modulesEditor()->addRow(QStringLiteral("Fills"), QStringLiteral("soon"), QString());
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("modules[1].minutes")).isEmpty());
    QTableWidget* table = dialog.modulesEditor()->table();
    EXPECT_EQ(table->currentRow(), 1);
    EXPECT_EQ(table->currentColumn(), CourseModulesEditor::Length);
    table->item(1, CourseModulesEditor::Length)->setText(QStringLiteral("30"));
    table->item(0, CourseModulesEditor::Title)->setText(QString());
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("modules[0].title")).isEmpty()) << "the service names the empty title";
    EXPECT_EQ(table->currentRow(), 0);
}

TEST_F(CourseDialogTest, EditsFieldsAndReordersRemovesAndAddsModules)
{
    const Course course = courseWithModules();
    const int modules = static_cast<int>(course.modules.size());
    CourseDialog dialog(session(), topics(), &course);
    EXPECT_EQ(dialog.modulesEditor()->rowCount(), modules);
    set(dialog, "title", course.title + QStringLiteral(" (2nd edition)"));
    QTableWidget* table = dialog.modulesEditor()->table();
    table->setCurrentCell(1, 0);
    dialog.modulesEditor()->moveCurrentRow(-1); // second module first
    table->setCurrentCell(modules - 1, 0);
    dialog.modulesEditor()->removeCurrentRow(); // drop the last one
    dialog.modulesEditor()->addRow(QStringLiteral("Project week"), QStringLiteral("2h"), QStringLiteral("10"));
    ASSERT_TRUE(dialog.save()) << dialog.modulesEditor()->errorText().toStdString()
                               << dialog.errorFor(QStringLiteral("general")).toStdString();
    auto saved = courses().get(course.meta.id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->title, course.title + QStringLiteral(" (2nd edition)"));
    ASSERT_EQ(saved->modules.size(), modules);
    EXPECT_EQ(saved->modules[0].meta.id, course.modules[1].meta.id);
    EXPECT_EQ(saved->modules[1].meta.id, course.modules[0].meta.id);
    EXPECT_EQ(saved->modules.last().title, QStringLiteral("Project week"));
    EXPECT_EQ(saved->modules.last().minutes, 120);
    for (const CourseModule& m : saved->modules) {
        EXPECT_NE(m.meta.id, course.modules.last().meta.id) << "the removed module is gone";
    }
    for (int i = 0; i < saved->modules.size(); ++i) {
        EXPECT_EQ(saved->modules[i].position, i + 1);
    }
}

TEST_F(CourseDialogTest, AStaleEditIsRefusedAndChangesNothing)
{
    const Course course = courseWithModules();
    CourseDialog dialog(session(), topics(), &course);
    ASSERT_TRUE(courses().edit(course.meta.id, {course.title + QStringLiteral("!"), course.description, course.level,
                                                course.contentMinutes, course.quality, course.practicality}));
    set(dialog, "title", QStringLiteral("Mine"));
    dialog.modulesEditor()->table()->setCurrentCell(0, 0);
    dialog.modulesEditor()->removeCurrentRow();
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errorFor(QStringLiteral("general")).isEmpty());
    auto now = courses().get(course.meta.id);
    EXPECT_EQ(now->title, course.title + QStringLiteral("!"));
    EXPECT_EQ(now->modules.size(), course.modules.size()) << "nothing of the failed save was written";
}
