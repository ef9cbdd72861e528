// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/LearnerFeedbackBox.h"

#include "FeedbackTestBase.h"
#include "billing/LearnerBillingMenu.h"
#include "feedback/LearnerFeedbackModel.h"
#include "feedback/RecordAssessmentDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "people/EnrollmentMenu.h"
#include "progress/LearnerProgressTab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace mentordesk;

namespace {

class LearnerFeedbackBoxTest : public test::FeedbackTestBase
{
protected:
    Rating rateCourse(int stars, const QString& comment)
    {
        RatingInput in;
        in.learnerId = m_learner;
        in.target = RatingTarget::Course;
        in.targetId = m_course;
        in.stars = stars;
        in.comment = comment;
        auto r = service().rate(in);
        EXPECT_TRUE(r.has_value()) << r.error().message.toStdString();
        return r ? *r : Rating{};
    }

    /// Counts the rows of one kind.
    static int rowsOf(const LearnerFeedbackModel& model, bool assessment)
    {
        return static_cast<int>(std::count_if(model.entries().cbegin(), model.entries().cend(),
                                              [&](const FeedbackEntry& e) { return e.assessment == assessment; }));
    }
};

} // namespace

TEST_F(LearnerFeedbackBoxTest, ListsRatingsAndAssessmentsNewestFirst)
{
    rateCourse(4, QStringLiteral("Great pace"));
    LearnerFeedbackBox box(session());
    QAbstractItemModelTester tester(box.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(box.model()->rowCount(), 0);
    box.showLearner(m_learner);
    const LearnerFeedbackModel& model = *box.model();
    EXPECT_EQ(rowsOf(model, false), ratingCount());
    EXPECT_EQ(rowsOf(model, true), std::min<qsizetype>(assessmentCount(), LearnerFeedbackBox::kRecent));
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), LearnerFeedbackModel::ColumnCount);
    for (int row = 1; row < model.rowCount(); ++row) {
        EXPECT_GE(model.entries().at(row - 1).at, model.entries().at(row).at);
    }
    // The new rating is the newest: first row.
    EXPECT_FALSE(model.entries().first().assessment);
    EXPECT_EQ(model.index(0, LearnerFeedbackModel::Score).data().toString(), QStringLiteral("★★★★☆"));
    EXPECT_EQ(model.index(0, LearnerFeedbackModel::Text).data().toString(), QStringLiteral("Great pace"));
    EXPECT_TRUE(model.index(0, LearnerFeedbackModel::About).data().toString().contains(QStringLiteral("Course")));
    EXPECT_TRUE(box.noteText().isEmpty());
    box.resize(760, 320);
    box.show();
    QCoreApplication::processEvents();
    const QPixmap shot = box.grab();
    EXPECT_FALSE(shot.isNull());
    if (const QString dir = qEnvironmentVariable("MENTORDESK_UI_SHOTS"); !dir.isEmpty()) {
        shot.save(QDir(dir).filePath(QStringLiteral("learner-feedback.png"))); // for looking at it
    }
    box.showLearner({});
    EXPECT_EQ(box.model()->rowCount(), 0);
}

TEST_F(LearnerFeedbackBoxTest, FrontDeskGetsNoAssessmentActionNorAssessments)
{
    session().setActor(actorAs(Role::FrontDesk));
    LearnerFeedbackBox box(session());
    box.showLearner(m_learner);
    EXPECT_TRUE(box.assessmentButton()->isHidden());
    EXPECT_FALSE(box.ratingButton()->isHidden());
    EXPECT_EQ(rowsOf(*box.model(), true), 0);

    QTreeWidget enrollments;
    auto* item = new QTreeWidgetItem(&enrollments);
    item->setData(0, LearnerBillingMenu::kEnrollmentIdRole, m_enrollment);
    enrollments.setCurrentItem(item);
    QWidget parent;
    EnrollmentMenu menu(
        session(), &enrollments, [this] { return m_learner; }, &parent);
    emit menu.button()->menu()->aboutToShow();
    EXPECT_FALSE(menu.assessmentAction()->isVisible());
    EXPECT_TRUE(menu.ratingAction()->isVisible());
    EXPECT_TRUE(menu.ratingAction()->isEnabled());
}

TEST_F(LearnerFeedbackBoxTest, OwnerGetsBothActionsInTheEnrollmentMenu)
{
    QTreeWidget enrollments;
    QWidget parent;
    EnrollmentMenu menu(
        session(), &enrollments, [this] { return m_learner; }, &parent);
    emit menu.button()->menu()->aboutToShow();
    EXPECT_TRUE(menu.assessmentAction()->isVisible());
    EXPECT_FALSE(menu.assessmentAction()->isEnabled()); // no enrollment selected
    auto* item = new QTreeWidgetItem(&enrollments);
    item->setData(0, LearnerBillingMenu::kEnrollmentIdRole, m_enrollment);
    enrollments.setCurrentItem(item);
    emit menu.button()->menu()->aboutToShow();
    EXPECT_TRUE(menu.assessmentAction()->isEnabled());
    EXPECT_TRUE(menu.ratingAction()->isVisible());

    // "Record Rating…" opens on the selected enrollment's course.
    Id offered;
    QTimer::singleShot(0, [&offered] {
        if (auto* d = qobject_cast<RecordRatingDialog*>(QApplication::activeModalWidget())) {
            offered = d->targetBox()->currentData().toString();
            d->reject();
        }
    });
    EXPECT_FALSE(menu.recordRating());
    EXPECT_EQ(offered, m_course);
}

TEST_F(LearnerFeedbackBoxTest, BlindModeHidesRatingsFromAMentorUntilAssessed)
{
    MD_ASSERT_OK(service().savePreferences(FeedbackPreferences{true}));
    rateCourse(2, QStringLiteral("Too fast"));
    session().setActor(actorAs(Role::Mentor, m_mentor));
    LearnerFeedbackBox box(session());
    box.showLearner(m_learner);
    EXPECT_FALSE(box.assessmentButton()->isHidden());
    EXPECT_TRUE(box.noteText().contains(QStringLiteral("blind mode"))) << box.noteText().toStdString();
    for (const FeedbackEntry& e : box.model()->entries()) {
        EXPECT_NE(e.text, QStringLiteral("Too fast"));
    }
}

TEST_F(LearnerFeedbackBoxTest, ProgressTabRefreshesAfterSavingAnAssessment)
{
    LearnerProgressTab tab(session());
    tab.showLearner(m_learner);
    ASSERT_NE(tab.feedback(), nullptr);
    const int before = rowsOf(*tab.feedback()->model(), true);
    QSignalSpy changed(&session(), &StudioSession::dataChanged);
    QTimer::singleShot(0, [] {
        if (auto* d = qobject_cast<RecordAssessmentDialog*>(QApplication::activeModalWidget())) {
            d->topicBox()->setCurrentIndex(1);
            d->accept();
        }
    });
    EXPECT_TRUE(tab.feedback()->recordAssessment());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(rowsOf(*tab.feedback()->model(), true), std::min(before + 1, LearnerFeedbackBox::kRecent));
    EXPECT_TRUE(tab.feedback()->model()->entries().first().assessment);
}
