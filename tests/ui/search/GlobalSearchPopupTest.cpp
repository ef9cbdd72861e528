// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/GlobalSearchPopup.h"

#include "UiTestSupport.h"
#include "models/SearchHitModel.h"
#include "people/LearnerService.h"
#include "people/PayerService.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

class GlobalSearchPopupTest : public test::UiStudioTest
{
protected:
    void SetUp() override
    {
        UiStudioTest::SetUp();
        PayerInput payer;
        payer.name = u"Zzyzx family"_s;
        payer.email = u"zzyzx@example.com"_s;
        auto p = PayerService(session().db(), session().clock()).create(payer);
        ASSERT_TRUE(p);
        m_payerId = p->meta.id;
        LearnerInput learner;
        learner.name = u"Zzyzx Junior"_s;
        learner.payerId = m_payerId;
        auto l = LearnerService(session().db(), session().clock()).create(learner);
        ASSERT_TRUE(l);
        m_learnerId = l->meta.id;
    }
    QString m_payerId;
    QString m_learnerId;
};

TEST_F(GlobalSearchPopupTest, TypingSearchesAfterAPauseAndGroupsByKind)
{
    QLineEdit field;
    GlobalSearchPopup popup(&field, nullptr);
    QAbstractItemModelTester tester(popup.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    popup.setSession(&session());
    field.show();
    QSignalSpy reset(popup.model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(&field, u"zzy"_s);
    EXPECT_TRUE(popup.searchPending());
    EXPECT_EQ(popup.model()->rowCount(), 0) << "nothing before the debounce";
    ASSERT_TRUE(reset.wait(3000));
    ASSERT_EQ(popup.model()->rowCount(), 2);
    const QModelIndex first = popup.model()->index(0, 0);
    EXPECT_EQ(first.data(SearchHitModel::KindRole).toString(), u"learner"_s);
    EXPECT_EQ(first.data(SearchHitModel::IdRole).toString(), m_learnerId);
    EXPECT_EQ(first.data(SearchHitModel::SubtitleRole).toString(), u"Zzyzx family"_s);
    EXPECT_TRUE(first.data(SearchHitModel::FirstOfKindRole).toBool());
    EXPECT_FALSE(first.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex second = popup.model()->index(1, 0);
    EXPECT_EQ(second.data(SearchHitModel::KindRole).toString(), u"payer"_s);
    EXPECT_EQ(second.data(SearchHitModel::KindLabelRole).toString(), u"Payer"_s);
    EXPECT_TRUE(popup.popup()->isVisible());
    EXPECT_EQ(popup.popup()->currentIndex().row(), 0) << "the best hit is highlighted";
}

TEST_F(GlobalSearchPopupTest, ActivatingAHitAsksTheSessionToNavigate)
{
    QLineEdit field;
    GlobalSearchPopup popup(&field, nullptr);
    popup.setSession(&session());
    field.show();
    field.setText(u"zzyzx fam"_s);
    popup.searchNow();
    ASSERT_EQ(popup.model()->hitCount(), 1);
    QSignalSpy navigation(&session(), &StudioSession::navigationRequested);
    QSignalSpy activated(&popup, &GlobalSearchPopup::hitActivated);
    EXPECT_TRUE(popup.activateRow(0));
    ASSERT_EQ(navigation.size(), 1);
    EXPECT_EQ(navigation[0][0].toString(), u"payer"_s);
    EXPECT_EQ(navigation[0][1].toString(), m_payerId);
    EXPECT_EQ(activated.size(), 1);
    EXPECT_TRUE(field.text().isEmpty());
    EXPECT_FALSE(popup.popup()->isVisible());
    EXPECT_FALSE(popup.activateRow(0)) << "the list is empty now";
}

TEST_F(GlobalSearchPopupTest, EnterOpensTheBestHitWithoutWaiting)
{
    QLineEdit field;
    GlobalSearchPopup popup(&field, nullptr);
    popup.setSession(&session());
    field.show();
    QSignalSpy navigation(&session(), &StudioSession::navigationRequested);
    QTest::keyClicks(&field, u"Zzyzx Junior"_s);
    popup.popup()->hide(); // as if the user closed it; Enter still goes to the best hit
    QTest::keyClick(&field, Qt::Key_Return);
    ASSERT_EQ(navigation.size(), 1);
    EXPECT_EQ(navigation[0][1].toString(), m_learnerId);
}

TEST_F(GlobalSearchPopupTest, NoMatchShowsADisabledRowThatOpensNothing)
{
    QLineEdit field;
    GlobalSearchPopup popup(&field, nullptr);
    QAbstractItemModelTester tester(popup.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    popup.setSession(&session());
    field.show();
    field.setText(u"qqqq-no-such-thing"_s);
    popup.searchNow();
    ASSERT_EQ(popup.model()->rowCount(), 1);
    EXPECT_EQ(popup.model()->hitCount(), 0);
    EXPECT_EQ(popup.model()->flags(popup.model()->index(0, 0)), Qt::NoItemFlags);
    EXPECT_TRUE(popup.model()->index(0, 0).data().toString().contains(u"qqqq-no-such-thing"_s));
    QSignalSpy navigation(&session(), &StudioSession::navigationRequested);
    EXPECT_FALSE(popup.activateRow(0));
    EXPECT_TRUE(navigation.isEmpty());
}

TEST_F(GlobalSearchPopupTest, WithoutAStudioTheFieldFindsNothing)
{
    QLineEdit field;
    GlobalSearchPopup popup(&field, nullptr);
    field.show();
    field.setText(u"zzyzx"_s);
    popup.searchNow();
    EXPECT_EQ(popup.model()->rowCount(), 0);
    popup.setSession(&session());
    EXPECT_TRUE(field.text().isEmpty()) << "a new studio starts with an empty field";
}
