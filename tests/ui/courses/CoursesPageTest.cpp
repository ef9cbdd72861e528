// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CoursesPage.h"

#include "CourseTestSupport.h"
#include "UiTestSupport.h"
#include "courses/CourseCatalogPanel.h"
#include "courses/CourseDetailView.h"
#include "courses/CourseTopicsPanel.h"
#include "models/CourseListModel.h"
#include "models/CourseTopicTreeModel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>

using namespace mentordesk;

class CoursesPageTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        page = std::make_unique<CoursesPage>(session());
        page->resize(1200, 800);
        page->show();
        page->activate();
        QApplication::processEvents();
    }
    void TearDown() override
    {
        page.reset();
        UiStudioTest::TearDown();
    }

    test::CourseTestSupport support() { return test::CourseTestSupport(session()); }
    Topic topic(const QString& name) { return support().createTopic(name); }

    std::unique_ptr<CoursesPage> page;
};

TEST_F(CoursesPageTest, OpensOnTheDemoCatalogWithTheFirstCourseShown)
{
    EXPECT_EQ(page->pageId(), QStringLiteral("courses"));
    CourseCatalogPanel* catalog = page->catalog();
    EXPECT_EQ(catalog->model()->rowCount(), support().courseCount());
    EXPECT_GT(catalog->model()->rowCount(), 0);
    EXPECT_FALSE(catalog->isShowingEmptyState());
    const Id current = catalog->currentCourseId();
    ASSERT_FALSE(current.isEmpty());
    EXPECT_EQ(catalog->detail()->headline(), support().course(current)->title);
    auto* facts = catalog->detail()->findChild<QLabel*>(QStringLiteral("courseFacts"));
    ASSERT_NE(facts, nullptr);
    EXPECT_TRUE(facts->text().contains(QStringLiteral("enrollment"))) << facts->text().toStdString();
}

TEST_F(CoursesPageTest, FiltersByTextLevelAndTopicAndShowsAnEmptyState)
{
    CourseCatalogPanel* catalog = page->catalog();
    const int all = catalog->model()->rowCount();
    const Course first = *catalog->model()->courseAt(0);
    catalog->setSearchText(first.title);
    EXPECT_GE(catalog->model()->rowCount(), 1);
    EXPECT_LT(catalog->model()->rowCount(), all);
    EXPECT_GE(catalog->model()->rowOf(first.meta.id), 0);
    catalog->setSearchText(QStringLiteral("no course is called like this"));
    EXPECT_EQ(catalog->model()->rowCount(), 0);
    EXPECT_TRUE(catalog->isShowingEmptyState());
    catalog->setSearchText(QString());
    catalog->setLevelFilter(first.level);
    for (int row = 0; row < catalog->model()->rowCount(); ++row) {
        EXPECT_EQ(catalog->model()->courseAt(row)->level, first.level);
    }
    catalog->setLevelFilter(0);
    ASSERT_FALSE(first.topics.isEmpty());
    catalog->setTopicFilter(first.topics.first());
    EXPECT_GE(catalog->model()->rowOf(first.meta.id), 0);
    for (int row = 0; row < catalog->model()->rowCount(); ++row) {
        EXPECT_TRUE(catalog->model()->courseAt(row)->topics.contains(first.topics.first()));
    }
}

TEST_F(CoursesPageTest, ArchiveHidesTheCourseAndRestoreBringsItBack)
{
    CourseCatalogPanel* catalog = page->catalog();
    const int all = catalog->model()->rowCount();
    const Id id = catalog->model()->courseAt(0)->meta.id;
    ASSERT_TRUE(catalog->setArchived(id, true));
    EXPECT_TRUE(support().course(id)->isArchived());
    EXPECT_EQ(catalog->model()->rowCount(), all - 1);
    EXPECT_EQ(catalog->model()->rowOf(id), -1);
    catalog->setIncludeArchived(true);
    const int row = catalog->model()->rowOf(id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(catalog->model()->index(row, 0).data(CourseListModel::ArchivedRole).toBool());
    ASSERT_TRUE(catalog->setArchived(id, false));
    EXPECT_FALSE(support().course(id)->isArchived());
    EXPECT_FALSE(catalog->setArchived(id, false)) << "restoring an active course is refused";
}

TEST_F(CoursesPageTest, ShowRecordSelectsCoursesAndTopics)
{
    const Course course = support().courses().last();
    page->catalog()->setSearchText(QStringLiteral("nothing matches this"));
    EXPECT_TRUE(page->showRecord(QStringLiteral("course"), course.meta.id));
    EXPECT_EQ(page->catalog()->currentCourseId(), course.meta.id) << "filters hiding it are cleared";
    EXPECT_EQ(page->tabs()->currentWidget(), page->catalog());
    const Topic t = support().topics().last();
    EXPECT_TRUE(page->showRecord(QStringLiteral("topic"), t.meta.id));
    EXPECT_EQ(page->tabs()->currentWidget(), page->topics());
    EXPECT_EQ(page->topics()->currentTopicId(), t.meta.id);
    EXPECT_FALSE(page->showRecord(QStringLiteral("course"), newId()));
    EXPECT_FALSE(page->showRecord(QStringLiteral("learner"), course.meta.id));
}

TEST_F(CoursesPageTest, DetailShowsThePrerequisiteTreeOfTheCourseTopics)
{
    const Topic basics = topic(QStringLiteral("Zz scales"));
    const Topic chords = topic(QStringLiteral("Zz chords"));
    ASSERT_TRUE(support().addPrerequisite(chords.meta.id, basics.meta.id));
    auto course = support().createCourse({QStringLiteral("Zz harmony"), {}, 2, 600, 8, 6}, {chords.meta.id});
    ASSERT_TRUE(course) << course.error().message.toStdString();
    session().notifyDataChanged();
    ASSERT_TRUE(page->showRecord(QStringLiteral("course"), course->meta.id));
    CourseTopicTreeModel* tree = page->catalog()->detail()->prerequisiteModel();
    ASSERT_EQ(tree->rowCount(), 1);
    EXPECT_EQ(tree->index(0, 0).data().toString(), chords.name);
    ASSERT_EQ(tree->rowCount(tree->index(0, 0)), 1);
    EXPECT_EQ(tree->index(0, 0, tree->index(0, 0)).data().toString(), basics.name);
}

TEST_F(CoursesPageTest, TopicsTabAddsAndRemovesPrerequisitesAndExplainsCycles)
{
    const Topic a = topic(QStringLiteral("Zz first"));
    const Topic b = topic(QStringLiteral("Zz second"));
    const Topic c = topic(QStringLiteral("Zz third"));
    page->topics()->reload();
    CourseTopicsPanel* topics = page->topics();
    ASSERT_TRUE(topics->selectTopic(b.meta.id));
    ASSERT_TRUE(topics->addPrerequisite(a.meta.id)) << topics->errorText().toStdString();
    ASSERT_TRUE(topics->selectTopic(c.meta.id));
    ASSERT_TRUE(topics->addPrerequisite(b.meta.id));
    EXPECT_EQ(topics->prerequisiteList()->count(), 1);
    EXPECT_EQ(topics->treeModel()->nodeCount(), 3) << "third → second → first";

    ASSERT_TRUE(topics->selectTopic(a.meta.id));
    EXPECT_FALSE(topics->addPrerequisite(c.meta.id)) << "first → third would close a cycle";
    EXPECT_TRUE(topics->errorText().contains(c.name)) << topics->errorText().toStdString();
    EXPECT_FALSE(support().hasEdge(a.meta.id, c.meta.id));
    EXPECT_FALSE(topics->addPrerequisite(a.meta.id)) << "a topic cannot require itself";

    ASSERT_TRUE(topics->selectTopic(c.meta.id));
    EXPECT_TRUE(topics->errorText().isEmpty()) << "a new selection clears the message";
    ASSERT_TRUE(topics->removePrerequisite(b.meta.id));
    EXPECT_FALSE(support().hasEdge(c.meta.id, b.meta.id));
    EXPECT_FALSE(topics->removePrerequisite(b.meta.id)) << "the edge is gone";
}
