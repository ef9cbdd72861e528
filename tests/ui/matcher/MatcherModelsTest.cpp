// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LearningPathModel.h"
#include "models/SuggestionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

SuggestionRow row(const QString& id, const QString& name, double score, QStringList reasons, QStringList caveats = {})
{
    SuggestionRow r;
    r.id = id;
    r.name = name;
    r.score = score;
    r.detail = QStringLiteral("%1 h").arg(id.size());
    r.detailValue = id.size() * 60;
    r.reasons = std::move(reasons);
    r.caveats = std::move(caveats);
    return r;
}

} // namespace

TEST(MatcherModelsTest, SuggestionModelShowsRankScoreAndReasons)
{
    SuggestionModel model(SuggestionModel::Kind::Courses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), SuggestionModel::ColumnCount);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(
        {row(QStringLiteral("c1"), QStringLiteral("SQL for analysts"), 0.8123,
             {QStringLiteral("covers your goal SQL"), QStringLiteral("rated 4.6 by 23 learners")},
             {QStringLiteral("takes 40 h")}),
         row(QStringLiteral("c22"), QStringLiteral("Python basics"), 0.5, {QStringLiteral("fits your level")})});
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    const auto at = [&](int r, int c, int role = Qt::DisplayRole) { return model.index(r, c).data(role); };
    EXPECT_EQ(at(0, SuggestionModel::Rank).toInt(), 1);
    EXPECT_EQ(at(1, SuggestionModel::Rank).toInt(), 2);
    EXPECT_EQ(at(0, SuggestionModel::Name).toString(), QStringLiteral("SQL for analysts"));
    EXPECT_EQ(at(0, SuggestionModel::Score).toString(), QStringLiteral("0.81"));
    EXPECT_DOUBLE_EQ(at(0, SuggestionModel::Score, SuggestionModel::RawValueRole).toDouble(), 0.8123);
    EXPECT_EQ(at(1, SuggestionModel::Detail, SuggestionModel::RawValueRole).toLongLong(), 180);
    EXPECT_EQ(at(0, SuggestionModel::Why).toString(),
              QStringLiteral("covers your goal SQL; rated 4.6 by 23 learners (but: takes 40 h)"));
    EXPECT_EQ(at(1, SuggestionModel::Why).toString(), QStringLiteral("fits your level"));
    EXPECT_EQ(at(1, SuggestionModel::Name, SuggestionModel::IdRole).toString(), QStringLiteral("c22"));
    const QString tip = at(0, SuggestionModel::Name, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("+ covers your goal SQL")));
    EXPECT_TRUE(tip.contains(QStringLiteral("− takes 40 h")));
    EXPECT_EQ(model.headerData(SuggestionModel::Name, Qt::Horizontal).toString(), QStringLiteral("Course"));
    EXPECT_FALSE(model.index(2, 0).isValid());
    model.setRows({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MatcherModelsTest, SuggestionModelNamesMentorColumns)
{
    SuggestionModel model(SuggestionModel::Kind::Mentors);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.headerData(SuggestionModel::Name, Qt::Horizontal).toString(), QStringLiteral("Mentor"));
    EXPECT_EQ(model.headerData(SuggestionModel::Detail, Qt::Horizontal).toString(), QStringLiteral("Free a week"));
    model.setRows({row(QStringLiteral("m"), QStringLiteral("Ada"), 0.4, {}),
                   row(QStringLiteral("n"), QStringLiteral("Bo"), 0.3, {}, {QStringLiteral("no free time")})});
    EXPECT_EQ(model.index(0, SuggestionModel::Why).data().toString(), QString());
    EXPECT_EQ(model.index(1, SuggestionModel::Why).data().toString(), QStringLiteral("but no free time"));
}

TEST(MatcherModelsTest, LearningPathModelIsATimeline)
{
    LearningPathModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PathRow first;
    first.courseId = QStringLiteral("c1");
    first.title = QStringLiteral("Python basics");
    first.minutes = 600;
    first.hours = QStringLiteral("10 h");
    first.start = QDate(2026, 11, 20);
    first.finish = QDate(2026, 12, 18);
    first.startText = QStringLiteral("20 Nov 2026");
    first.finishText = QStringLiteral("18 Dec 2026");
    first.topics = QStringLiteral("Python basics");
    PathRow second = first;
    second.courseId = QStringLiteral("c2");
    second.title = QStringLiteral("SQL");
    second.start = first.finish;
    second.finish = QDate(2027, 1, 29);
    second.prerequisitesMet = false;
    model.setRows({first, second});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), LearningPathModel::ColumnCount);
    EXPECT_EQ(model.index(1, LearningPathModel::Step).data().toInt(), 2);
    EXPECT_EQ(model.index(0, LearningPathModel::Start).data().toString(), QStringLiteral("20 Nov 2026"));
    EXPECT_EQ(model.index(1, LearningPathModel::Finish, {}).data(LearningPathModel::RawValueRole).toDate(),
              QDate(2027, 1, 29));
    EXPECT_EQ(model.index(0, LearningPathModel::Hours).data(LearningPathModel::RawValueRole).toLongLong(), 600);
    EXPECT_EQ(model.index(1, LearningPathModel::Course).data(LearningPathModel::IdRole).toString(),
              QStringLiteral("c2"));
    EXPECT_FALSE(model.index(0, LearningPathModel::Course)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("prerequisites")));
    EXPECT_TRUE(model.index(1, LearningPathModel::Course)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("prerequisites")));
    EXPECT_EQ(model.headerData(LearningPathModel::Finish, Qt::Horizontal).toString(), QStringLiteral("Finish"));
}
