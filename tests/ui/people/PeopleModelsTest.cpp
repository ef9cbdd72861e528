// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleTestData.h"
#include "UiTestSupport.h"
#include "models/ExpertiseModel.h"
#include "models/LearnerListModel.h"
#include "models/MentorListModel.h"
#include "models/PayerListModel.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace mentordesk;

class PeopleModelsTest : public test::UiStudioTest
{
protected:
    LearnerListModel* learnerModel()
    {
        auto* model = new LearnerListModel(session().db(), session().clock(), session().format(), &m_owner);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
        return model;
    }
    QObject m_owner;
};

TEST_F(PeopleModelsTest, LearnerListFetchesPageByPage)
{
    const QStringList ids = test::addLearners(session(), 450, QStringLiteral("Zed"));
    LearnerListModel* model = learnerModel();
    LearnerFilter filter;
    filter.text = QStringLiteral("Zed ");
    model->setFilter(filter);
    EXPECT_EQ(model->totalCount(), 450);
    EXPECT_EQ(model->rowCount(), LearnerListModel::kFetchSize) << "only the first page is read";
    EXPECT_EQ(model->columnCount(), LearnerListModel::ColumnCount);
    ASSERT_TRUE(model->canFetchMore({}));
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * LearnerListModel::kFetchSize);
    EXPECT_EQ(inserted.count(), 1);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 450);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(model->index(449, LearnerListModel::Name).data().toString(), QStringLiteral("Zed 0449"));
    EXPECT_EQ(model->index(0, LearnerListModel::Name).data(LearnerListModel::IdRole).toString(), ids[0]);
}

TEST_F(PeopleModelsTest, LearnerListResolvesNamesAndRawValues)
{
    test::addLearners(session(), 4, QStringLiteral("Quill"));
    LearnerListModel* model = learnerModel();
    LearnerFilter filter;
    filter.text = QStringLiteral("Quill");
    model->setFilter(filter);
    ASSERT_EQ(model->rowCount(), 4);
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    EXPECT_EQ(at(0, LearnerListModel::Payer).toString(), QStringLiteral("Quill family"));
    EXPECT_TRUE(at(1, LearnerListModel::Payer).toString().isEmpty());
    auto mentor = MentorService(session().db(), session().clock()).get(test::anyMentor(session()));
    ASSERT_TRUE(mentor);
    EXPECT_EQ(at(0, LearnerListModel::Mentor).toString(), mentor->name);
    EXPECT_EQ(at(0, LearnerListModel::Status).toString(), QStringLiteral("Active"));
    EXPECT_EQ(at(0, LearnerListModel::Status, LearnerListModel::RawValueRole).toInt(),
              static_cast<int>(LearnerStatus::Active));
    EXPECT_EQ(at(1, LearnerListModel::WeeklyHours, LearnerListModel::RawValueRole).toInt(), 60);
    EXPECT_EQ(at(1, LearnerListModel::WeeklyHours).toString(), QStringLiteral("1 h"));
    EXPECT_EQ(model->headerData(LearnerListModel::Payer, Qt::Horizontal).toString(), QStringLiteral("Payer"));
}

TEST_F(PeopleModelsTest, LearnerListFiltersByStatusMentorAndText)
{
    LearnerListModel* model = learnerModel();
    model->setFilter({});
    const qint64 current = model->totalCount();
    EXPECT_GT(current, 0);
    LearnerFilter archived;
    archived.statuses = {LearnerStatus::Archived};
    model->setFilter(archived);
    EXPECT_GT(model->totalCount(), 0) << "the demo studio has former learners";
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->learnerAt(row)->status, LearnerStatus::Archived);
    }
    LearnerFilter byMentor;
    byMentor.mentorId = test::anyMentor(session());
    model->setFilter(byMentor);
    for (int row = 0; row < model->rowCount(); ++row) {
        EXPECT_EQ(model->learnerAt(row)->mentorId, byMentor.mentorId);
    }
    LearnerFilter nobody;
    nobody.text = QStringLiteral("no learner is called this");
    model->setFilter(nobody);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(model->canFetchMore({}));
}

TEST_F(PeopleModelsTest, LearnerListFetchesUntilARowAndReloadsKeepingRows)
{
    const QStringList ids = test::addLearners(session(), 450, QStringLiteral("Zed"));
    LearnerListModel* model = learnerModel();
    LearnerFilter filter;
    filter.text = QStringLiteral("Zed ");
    model->setFilter(filter);
    EXPECT_EQ(model->rowOf(ids.last()), -1);
    EXPECT_EQ(model->fetchUntil(ids.last()), 449);
    model->reload();
    EXPECT_EQ(model->rowCount(), 450) << "a reload keeps what was loaded";
    EXPECT_EQ(model->fetchUntil(QStringLiteral("not-an-id")), -1);
}

TEST_F(PeopleModelsTest, PayerListPagesAndCountsLearners)
{
    test::addPayers(session(), 230, QStringLiteral("Yew"));
    test::addLearners(session(), 6, QStringLiteral("Yew kid"));
    auto* model = new PayerListModel(session().db(), session().clock(), &m_owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PayerFilter filter;
    filter.text = QStringLiteral("Yew");
    model->setFilter(filter);
    EXPECT_EQ(model->totalCount(), 231);
    EXPECT_EQ(model->rowCount(), PayerListModel::kFetchSize);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 231);
    int familyRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->payerAt(row)->name == u"Yew kid family") {
            familyRow = row;
        }
    }
    ASSERT_GE(familyRow, 0);
    EXPECT_EQ(model->index(familyRow, PayerListModel::Learners).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(model->index(familyRow, PayerListModel::Learners).data(PayerListModel::RawValueRole).toInt(), 3);
    filter.archivedOnly = true;
    model->setFilter(filter);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(PeopleModelsTest, MentorListShowsRatesCountsAndArchived)
{
    auto* model = new MentorListModel(session().db(), session().clock(), session().format(), &m_owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setFilter({});
    ASSERT_EQ(model->rowCount(), test::mentorCount(session()));
    const Mentor* first = model->mentorAt(0);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(model->index(0, MentorListModel::DefaultRate).data(MentorListModel::RawValueRole).toLongLong(),
              first->defaultRateMinor);
    EXPECT_TRUE(model->index(0, MentorListModel::DefaultRate).data().toString().contains(QStringLiteral("/ h")));
    int learners = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        learners += model->learnerCount(model->mentorAt(row)->meta.id);
    }
    EXPECT_GT(learners, 0);
    ASSERT_TRUE(MentorService(session().db(), session().clock()).archive(first->meta.id));
    model->reload();
    EXPECT_EQ(model->rowOf(first->meta.id), -1);
    MentorFilter all;
    all.includeArchived = true;
    model->setFilter(all);
    const int row = model->rowOf(first->meta.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, MentorListModel::Status).data().toString(), QStringLiteral("Archived"));
}

TEST_F(PeopleModelsTest, ExpertiseModelAnnouncesLevelEditsAndRefusesBadLevels)
{
    auto* model = new ExpertiseModel(&m_owner);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto expertise = MentorService(session().db(), session().clock()).expertise(test::anyMentor(session()));
    ASSERT_TRUE(expertise);
    ASSERT_FALSE(expertise->isEmpty()) << "demo mentors have expertise";
    model->setExpertise(*expertise);
    ASSERT_EQ(model->rowCount(), expertise->size());
    const QModelIndex level = model->index(0, ExpertiseModel::Level);
    EXPECT_TRUE(model->flags(level) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->flags(model->index(0, ExpertiseModel::Topic)) & Qt::ItemIsEditable);
    QSignalSpy edited(model, &ExpertiseModel::levelEdited);
    const int other = expertise->first().level == 5 ? 4 : 5;
    EXPECT_TRUE(model->setData(level, other));
    ASSERT_EQ(edited.count(), 1);
    EXPECT_EQ(edited[0][0].toString(), expertise->first().topicId);
    EXPECT_EQ(edited[0][1].toInt(), other);
    EXPECT_FALSE(model->setData(level, 6));
    EXPECT_FALSE(model->setData(level, 0));
    EXPECT_FALSE(model->setData(model->index(0, ExpertiseModel::Topic), QStringLiteral("x")));
    EXPECT_EQ(edited.count(), 1);
}
