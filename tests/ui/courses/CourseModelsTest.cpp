// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "courses/CourseService.h"
#include "courses/TopicService.h"
#include "models/CourseListModel.h"
#include "models/CourseModuleModel.h"
#include "models/CourseTopicListModel.h"
#include "models/CourseTopicTreeModel.h"

#include <QAbstractItemModelTester>

using namespace mentordesk;

class CourseModelsTest : public test::UiStudioTest
{
protected:
    QList<Course> courses()
    {
        auto page = CourseService(session().db(), session().clock()).list({}, {0, 1000});
        EXPECT_TRUE(page);
        return page ? page->items : QList<Course>{};
    }
    QList<Topic> topics()
    {
        auto page = TopicService(session().db(), session().clock()).list({}, {0, 1000});
        EXPECT_TRUE(page);
        return page ? page->items : QList<Topic>{};
    }
    TopicGraph graph() { return *TopicService(session().db(), session().clock()).graph(); }
    Topic topic(const QString& name, const QString& area = QStringLiteral("test"))
    {
        auto t = TopicService(session().db(), session().clock()).create({name, area, {}});
        EXPECT_TRUE(t) << t.error().message.toStdString();
        return t ? *t : Topic{};
    }
};

TEST_F(CourseModelsTest, CourseListModelPassesTheTesterAndShowsRawValues)
{
    CourseListModel model(session().format());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Course> all = courses();
    ASSERT_FALSE(all.isEmpty());
    QHash<Id, QString> names;
    for (const Topic& t : topics()) {
        names.insert(t.meta.id, t.name);
    }
    model.setCourses(all, names);
    ASSERT_EQ(model.rowCount(), all.size());
    EXPECT_EQ(model.columnCount(), CourseListModel::ColumnCount);
    const Course& first = all.first();
    EXPECT_EQ(model.index(0, CourseListModel::Title).data().toString(), first.title);
    EXPECT_EQ(model.index(0, CourseListModel::Hours).data(CourseListModel::UnderlyingDataRole).toInt(),
              first.contentMinutes);
    EXPECT_EQ(model.index(0, CourseListModel::Modules).data(CourseListModel::UnderlyingDataRole).toInt(),
              first.modules.size());
    EXPECT_EQ(model.index(0, 0).data(CourseListModel::IdRole).toString(), first.meta.id);
    EXPECT_EQ(model.rowOf(first.meta.id), 0);
    EXPECT_EQ(model.rowOf(newId()), -1);
    EXPECT_EQ(model.headerData(CourseListModel::Quality, Qt::Horizontal).toString(), QStringLiteral("Q"));
    if (!first.topics.isEmpty()) {
        EXPECT_TRUE(model.index(0, CourseListModel::Topics).data().toString().contains(names.value(first.topics[0])));
    }
    model.setCourses({}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CourseModelsTest, ModuleModelFormatsLengthAndPrice)
{
    CourseModuleModel model(session().format());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CourseModule priced;
    priced.meta.id = newId();
    priced.position = 1;
    priced.title = QStringLiteral("Loops");
    priced.minutes = 90;
    priced.priceMinor = 4550;
    CourseModule free = priced;
    free.meta.id = newId();
    free.position = 2;
    free.priceMinor.reset();
    model.setModules({priced, free});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, CourseModuleModel::Duration).data().toString(), session().format().duration(90));
    EXPECT_EQ(model.index(0, CourseModuleModel::Price).data().toString(), session().format().money(4550));
    EXPECT_EQ(model.index(1, CourseModuleModel::Price).data(CourseModuleModel::UnderlyingDataRole).toLongLong(), -1);
    EXPECT_EQ(model.index(1, CourseModuleModel::Position).data(CourseModuleModel::UnderlyingDataRole).toInt(), 2);
}

TEST_F(CourseModelsTest, TopicTreeShowsTransitivePrerequisitesAsAnIndentedTree)
{
    TopicService service(session().db(), session().clock());
    const Topic basics = topic(QStringLiteral("Zz basics"));
    const Topic middle = topic(QStringLiteral("Zz middle"));
    const Topic advanced = topic(QStringLiteral("Zz advanced"));
    const Topic side = topic(QStringLiteral("Zz side"));
    ASSERT_TRUE(service.addPrerequisite(middle.meta.id, basics.meta.id));
    ASSERT_TRUE(service.addPrerequisite(advanced.meta.id, middle.meta.id));
    ASSERT_TRUE(service.addPrerequisite(advanced.meta.id, side.meta.id));
    QHash<Id, Topic> byId;
    for (const Topic& t : topics()) {
        byId.insert(t.meta.id, t);
    }
    CourseTopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoots({advanced.meta.id}, graph(), byId);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    EXPECT_EQ(root.data().toString(), advanced.name);
    ASSERT_EQ(model.rowCount(root), 2);
    const QModelIndex first = model.index(0, 0, root);
    EXPECT_EQ(first.data().toString(), middle.name) << "children are ordered by name";
    EXPECT_EQ(model.index(1, 0, root).data().toString(), side.name);
    ASSERT_EQ(model.rowCount(first), 1);
    EXPECT_EQ(model.index(0, 0, first).data().toString(), basics.name);
    EXPECT_EQ(model.parent(model.index(0, 0, first)), first);
    EXPECT_EQ(model.nodeCount(), 4);
    EXPECT_EQ(model.prerequisiteIds().size(), 3);
}

TEST_F(CourseModelsTest, TopicTreeOfTheDemoCatalogPassesTheTester)
{
    QHash<Id, Topic> byId;
    QList<Id> all;
    for (const Topic& t : topics()) {
        byId.insert(t.meta.id, t);
        all.append(t.meta.id);
    }
    CourseTopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRoots(all, graph(), byId);
    EXPECT_GE(model.nodeCount(), all.size());
    EXPECT_LE(model.nodeCount(), CourseTopicTreeModel::kMaxNodes);
}

TEST_F(CourseModelsTest, TopicListModelListsPrerequisitesAndDependents)
{
    TopicService service(session().db(), session().clock());
    const Topic a = topic(QStringLiteral("Zz alpha"));
    const Topic b = topic(QStringLiteral("Zz beta"));
    ASSERT_TRUE(service.addPrerequisite(b.meta.id, a.meta.id));
    CourseTopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopics(topics(), graph());
    const int rowB = model.rowOf(b.meta.id);
    const int rowA = model.rowOf(a.meta.id);
    ASSERT_GE(rowA, 0);
    ASSERT_GE(rowB, 0);
    EXPECT_EQ(model.index(rowB, CourseTopicListModel::Prerequisites).data().toString(), a.name);
    EXPECT_EQ(model.index(rowA, CourseTopicListModel::NeededBy).data().toInt(), 1);
    EXPECT_EQ(model.index(rowB, CourseTopicListModel::Prerequisites).data(CourseTopicListModel::UnderlyingDataRole), 1);
}
