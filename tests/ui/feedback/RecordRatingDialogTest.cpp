// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/RecordRatingDialog.h"

#include "FeedbackTestBase.h"
#include "feedback/FeedbackLookup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>

using namespace mentordesk;

namespace {

class RecordRatingDialogTest : public test::FeedbackTestBase
{
protected:
    static void chooseStars(RecordRatingDialog& d, int stars)
    {
        d.starsBox()->setCurrentIndex(d.starsBox()->findData(stars));
    }
};

} // namespace

TEST_F(RecordRatingDialogTest, SavesACourseRatingThroughTheService)
{
    RecordRatingDialog dialog(session(), m_learner);
    dialog.preselect(RatingTarget::Course, m_course);
    EXPECT_EQ(dialog.targetBox()->currentData().toString(), m_course);
    EXPECT_EQ(dialog.dateEdit()->date(), QDate(2026, 11, 20));
    chooseStars(dialog, 4);
    dialog.commentEdit()->setPlainText(QStringLiteral("  Clear and patient  "));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    RatingFilter f;
    f.learnerId = m_learner;
    f.courseId = m_course;
    auto page = service().ratings(f);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->items.size(), 1);
    const Rating& r = page->items.first();
    EXPECT_EQ(r.meta.id, dialog.savedId());
    EXPECT_EQ(r.target, RatingTarget::Course);
    EXPECT_EQ(r.stars, 4);
    EXPECT_EQ(r.comment, QStringLiteral("Clear and patient"));
    EXPECT_EQ(r.ratedAt, session().clock().nowUtc()); // today = now
}

TEST_F(RecordRatingDialogTest, RatesARecentLessonOnAnEarlierDate)
{
    RecordRatingDialog dialog(session(), m_learner);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(static_cast<int>(RatingTarget::Lesson)));
    ASSERT_GT(dialog.targetBox()->count(), 1);
    dialog.targetBox()->setCurrentIndex(1);
    const Id lesson = dialog.targetBox()->currentData().toString();
    chooseStars(dialog, 5);
    dialog.dateEdit()->setDate(QDate(2026, 11, 17));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    RatingFilter f;
    f.lessonId = lesson;
    f.learnerId = m_learner;
    auto page = service().ratings(f);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items.first().stars, 5);
    const QDateTime local = session().format().toLocal(page->items.first().ratedAt);
    EXPECT_EQ(local.date(), QDate(2026, 11, 17));
    EXPECT_EQ(local.time(), QTime(12, 0));
}

TEST_F(RecordRatingDialogTest, NoTargetChosenShowsTheErrorAndWritesNothing)
{
    const qint64 before = ratingCount();
    RecordRatingDialog dialog(session(), m_learner);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(static_cast<int>(RatingTarget::Lesson)));
    dialog.targetBox()->setCurrentIndex(0); // "Choose a lesson…"
    chooseStars(dialog, 3);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_TRUE(dialog.savedId().isEmpty());
    EXPECT_EQ(ratingCount(), before);
}

TEST_F(RecordRatingDialogTest, NoStarsShowsTheErrorAndWritesNothing)
{
    RatingFilter ofMentor;
    ofMentor.learnerId = m_learner;
    ofMentor.mentorId = m_mentor;
    auto earlier = service().ratings(ofMentor);
    ASSERT_TRUE(earlier.has_value());
    const qint64 before = ratingCount();
    RecordRatingDialog dialog(session(), m_learner);
    dialog.preselect(RatingTarget::Mentor, m_mentor);
    ASSERT_EQ(dialog.targetBox()->currentData().toString(), m_mentor);
    EXPECT_EQ(dialog.starsBox()->currentData().toInt(), 0); // nothing chosen yet
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Stars"))) << dialog.errorText().toStdString();
    EXPECT_EQ(ratingCount(), before);
    auto unchanged = service().ratings(ofMentor);
    ASSERT_TRUE(unchanged.has_value());
    ASSERT_EQ(unchanged->items.size(), earlier->items.size());
    for (qsizetype i = 0; i < earlier->items.size(); ++i) {
        EXPECT_EQ(unchanged->items.at(i).meta.version, earlier->items.at(i).meta.version);
    }
    chooseStars(dialog, 2); // fixing it saves (replacing an earlier rating of the mentor, if any)
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().isEmpty());
    auto now = service().ratings(ofMentor);
    ASSERT_TRUE(now.has_value());
    ASSERT_EQ(now->items.size(), 1);
    EXPECT_EQ(now->items.first().meta.id, dialog.savedId());
    EXPECT_EQ(now->items.first().stars, 2);
}

TEST_F(RecordRatingDialogTest, TooLongCommentIsRefused)
{
    const qint64 before = ratingCount();
    RecordRatingDialog dialog(session(), m_learner);
    dialog.preselect(RatingTarget::Course, m_course);
    chooseStars(dialog, 3);
    dialog.commentEdit()->setPlainText(QString(FeedbackService::kMaxCommentLength + 1, u'x'));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(ratingCount(), before);
}

TEST_F(RecordRatingDialogTest, DateCannotBeSetInTheFutureAndStarsTypeByDigit)
{
    RecordRatingDialog dialog(session(), m_learner);
    dialog.dateEdit()->setDate(QDate(2026, 12, 24));
    EXPECT_EQ(dialog.dateEdit()->date(), FeedbackLookup::today(session()));
    EXPECT_TRUE(dialog.starsBox()->itemText(dialog.starsBox()->findData(3)).startsWith(u'3'));
    EXPECT_EQ(RecordRatingDialog::starText(3), QStringLiteral("★★★☆☆"));
}

TEST_F(RecordRatingDialogTest, OffersTheLearnersCoursesAndMentorsOnly)
{
    FeedbackLookup lookup(session(), m_learner);
    RecordRatingDialog dialog(session(), m_learner);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(static_cast<int>(RatingTarget::Course)));
    EXPECT_EQ(dialog.targetBox()->count(), lookup.courses().size() + 1);
    EXPECT_GE(dialog.targetBox()->findData(m_course), 1);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(static_cast<int>(RatingTarget::Mentor)));
    EXPECT_EQ(dialog.targetBox()->count(), lookup.mentors().size() + 1);
    EXPECT_GE(dialog.targetBox()->findData(m_mentor), 1);
    EXPECT_LE(lookup.lessons().size(), FeedbackLookup::kRecentLessons);
}
