// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/GlobalSearchPopup.h"

#include "UiTestSupport.h"
#include "models/SearchHitModel.h"
#include "people/LearnerService.h"
#include "people/PayerService.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace mentordesk;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Saves `image` as NAME.png in $MENTORDESK_SHOTS_DIR when it is set (for looking at the widgets).
void saveShot(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("MENTORDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(QDir(dir).filePath(name + u".png"_s));
    }
}

} // namespace

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

TEST(GlobalSearchMainWindowTest, MainWindowWiresTheSearchFieldAndTheImportExportActions)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.mentordesk"_s);
    ASSERT_TRUE(QFile::copy(test::pristineDemoStudio(), path));
    MainWindow window(clock);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openStudioFile(path));
    auto* field = window.findChild<QLineEdit*>(u"globalSearch"_s);
    auto* popup = window.findChild<GlobalSearchPopup*>();
    ASSERT_NE(field, nullptr);
    ASSERT_NE(popup, nullptr);
    auto* importAction = window.findChild<QAction*>(u"importAction"_s);
    ASSERT_NE(importAction, nullptr);
    EXPECT_EQ(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_NE(window.findChild<QAction*>(u"exportAction"_s), nullptr);

    field->setFocus();
    field->setText(u"a"_s);
    popup->searchNow();
    ASSERT_GT(popup->model()->hitCount(), 3) << "the demo studio has names with an a";
    QSignalSpy navigation(window.session(), &StudioSession::navigationRequested);

    QImage shot = window.grab().toImage();
    if (popup->popup()->isVisible()) {
        QPainter painter(&shot);
        const QPoint at = window.mapFromGlobal(popup->popup()->mapToGlobal(QPoint(0, 0)));
        painter.drawPixmap(at, popup->popup()->grab());
    }
    saveShot(shot, u"search-popup"_s);

    const QString kind = popup->model()->index(0, 0).data(SearchHitModel::KindRole).toString();
    EXPECT_TRUE(popup->activateRow(0));
    ASSERT_EQ(navigation.size(), 1);
    EXPECT_EQ(navigation[0][0].toString(), kind);
}
