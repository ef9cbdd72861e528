// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/RecordAssessmentDialog.h"

#include "FeedbackTestBase.h"
#include "courses/CourseService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace mentordesk;

namespace {

class RecordAssessmentDialogTest : public test::FeedbackTestBase
{};

} // namespace

TEST_F(RecordAssessmentDialogTest, SavesAnAssessmentThroughTheService)
{
    const qsizetype before = assessmentCount();
    RecordAssessmentDialog dialog(session(), m_learner, m_enrollment);
    EXPECT_EQ(dialog.enrollmentBox()->currentData().toString(), m_enrollment);
    EXPECT_EQ(dialog.mentorBox()->currentData().toString(), m_mentor); // the enrollment's mentor
    EXPECT_TRUE(dialog.mentorBox()->isEnabled());
    auto course = CourseService(session().db(), session().clock()).get(m_course);
    ASSERT_TRUE(course.has_value());
    ASSERT_EQ(dialog.topicBox()->count(), course->topics.size() + 1); // "Choose a topic…" + the course's
    dialog.topicBox()->setCurrentIndex(1);
    const Id topic = dialog.topicBox()->currentData().toString();
    EXPECT_TRUE(course->topics.contains(topic));
    dialog.masteryEdit()->setValue(80);
    dialog.noteEdit()->setPlainText(QStringLiteral("Scales solid"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    auto list = service().assessments(m_learner, topic);
    ASSERT_TRUE(list.has_value());
    ASSERT_FALSE(list->isEmpty());
    const Assessment& a = list->last();
    EXPECT_EQ(a.meta.id, dialog.savedId());
    EXPECT_EQ(a.masteryPercent, 80);
    EXPECT_EQ(a.mentorId, m_mentor);
    EXPECT_EQ(a.enrollmentId.value_or(Id()), m_enrollment);
    EXPECT_EQ(a.note, QStringLiteral("Scales solid"));
    EXPECT_EQ(assessmentCount(), before + 1);
}

TEST_F(RecordAssessmentDialogTest, NoTopicShowsTheErrorAndWritesNothing)
{
    const qsizetype before = assessmentCount();
    RecordAssessmentDialog dialog(session(), m_learner, m_enrollment);
    dialog.topicBox()->setCurrentIndex(0);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Topic"))) << dialog.errorText().toStdString();
    EXPECT_EQ(assessmentCount(), before);
}

TEST_F(RecordAssessmentDialogTest, MasteryStaysWithinZeroToHundred)
{
    RecordAssessmentDialog dialog(session(), m_learner, m_enrollment);
    dialog.masteryEdit()->setValue(150);
    EXPECT_EQ(dialog.masteryEdit()->value(), 100);
    dialog.masteryEdit()->setValue(-5);
    EXPECT_EQ(dialog.masteryEdit()->value(), 0);
    dialog.dateEdit()->setDate(QDate(2027, 1, 1));
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(2026, 11, 20));
}

TEST_F(RecordAssessmentDialogTest, WithoutEnrollmentEveryTopicIsOffered)
{
    RecordAssessmentDialog dialog(session(), m_learner, m_enrollment);
    const int courseTopics = dialog.topicBox()->count();
    dialog.enrollmentBox()->setCurrentIndex(dialog.enrollmentBox()->findData(QString()));
    EXPECT_GT(dialog.topicBox()->count(), courseTopics);
    dialog.topicBox()->setCurrentIndex(1);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    auto list = service().assessments(m_learner);
    ASSERT_TRUE(list.has_value());
    const auto it =
        std::find_if(list->cbegin(), list->cend(), [&](const Assessment& a) { return a.meta.id == dialog.savedId(); });
    ASSERT_NE(it, list->cend());
    EXPECT_FALSE(it->enrollmentId.has_value());
}

TEST_F(RecordAssessmentDialogTest, MentorAccountAssessesInItsOwnName)
{
    session().setActor(actorAs(Role::Mentor, m_mentor));
    RecordAssessmentDialog dialog(session(), m_learner, m_enrollment);
    EXPECT_FALSE(dialog.mentorBox()->isEnabled());
    EXPECT_EQ(dialog.mentorBox()->currentData().toString(), m_mentor);
    dialog.topicBox()->setCurrentIndex(1);
    dialog.masteryEdit()->setValue(65);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    auto list = service().assessments(m_learner);
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->last().mentorId, m_mentor);
}

TEST_F(RecordAssessmentDialogTest, FrontDeskIsRefusedByTheCore)
{
    const qsizetype before = assessmentCount();
    session().setActor(actorAs(Role::FrontDesk));
    RecordAssessmentDialog dialog(session(), m_learner, m_enrollment);
    dialog.topicBox()->setCurrentIndex(1);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    session().setActor(Actor::localOwner());
    EXPECT_EQ(assessmentCount(), before);
}
