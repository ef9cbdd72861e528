// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackTestBase.h"
#include "calendar/LessonDialog.h"
#include "feedback/RecordRatingDialog.h"
#include "lessons/LessonService.h"
#include "people/MentorService.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTimer>

using namespace mentordesk;

namespace {

class RateLessonTest : public test::FeedbackTestBase
{
protected:
    /// The learner's held lesson (attended) starting before `beforeUtc`, newest first.
    Lesson heldLesson(const QString& beforeUtc, const QString& status = QStringLiteral("held"))
    {
        auto s = session().db().prepare(QStringLiteral(
            "SELECT l.id FROM lessons l JOIN lesson_attendees a ON a.lesson_id = l.id AND a.deleted_at IS NULL "
            "WHERE l.deleted_at IS NULL AND a.learner_id = ? AND l.status = ? AND a.status IS NULL "
            "AND l.starts_at < ? ORDER BY l.starts_at DESC LIMIT 1"));
        EXPECT_TRUE(s.has_value());
        s->bind(m_learner).bind(status).bind(beforeUtc);
        EXPECT_TRUE(s->exec() && s->next());
        auto lesson = LessonService(session().db(), session().clock()).get(s->text(0));
        EXPECT_TRUE(lesson.has_value());
        return lesson ? *lesson : Lesson{};
    }

    QList<Mentor> mentors()
    {
        auto page = MentorService(session().db(), session().clock()).list(MentorFilter{}, {0, 1000});
        return page ? page->items : QList<Mentor>();
    }

    /// Opens "Rate this lesson…", checks the lesson is chosen, gives `stars` and saves.
    bool rateWith(LessonDialog& dialog, int stars)
    {
        Id offered;
        QTimer::singleShot(0, [&offered, stars] {
            if (auto* d = qobject_cast<RecordRatingDialog*>(QApplication::activeModalWidget())) {
                offered = d->targetBox()->currentData().toString();
                d->starsBox()->setCurrentIndex(d->starsBox()->findData(stars));
                d->accept();
                if (d->result() != QDialog::Accepted) {
                    d->reject();
                }
            }
        });
        const bool saved = dialog.rateLesson();
        EXPECT_EQ(offered, dialog.lesson().meta.id);
        return saved;
    }

    Rating ratingOf(const Id& lesson)
    {
        RatingFilter f;
        f.learnerId = m_learner;
        f.lessonId = lesson;
        auto page = service().ratings(f);
        return page && !page->items.isEmpty() ? page->items.first() : Rating{};
    }
};

} // namespace

TEST_F(RateLessonTest, HeldLessonOffersRateThisLesson)
{
    const Lesson lesson = heldLesson(QStringLiteral("2026-11-20T00:00:00Z"));
    LessonDialog dialog(session(), lesson, mentors());
    EXPECT_FALSE(dialog.rateButton()->isHidden());
    EXPECT_TRUE(rateWith(dialog, 5));
    EXPECT_EQ(ratingOf(lesson.meta.id).stars, 5);
}

TEST_F(RateLessonTest, OlderLessonIsAddedToTheChoices)
{
    const Lesson lesson = heldLesson(QStringLiteral("2026-03-01T00:00:00Z")); // beyond the recent 180 days
    LessonDialog dialog(session(), lesson, mentors());
    EXPECT_TRUE(rateWith(dialog, 3));
    EXPECT_EQ(ratingOf(lesson.meta.id).stars, 3);
}

TEST_F(RateLessonTest, ScheduledLessonHasNoRateButton)
{
    auto s = session().db().prepare(QStringLiteral(
        "SELECT id FROM lessons WHERE deleted_at IS NULL AND status = 'scheduled' ORDER BY starts_at LIMIT 1"));
    ASSERT_TRUE(s && s->exec() && s->next());
    auto lesson = LessonService(session().db(), session().clock()).get(s->text(0));
    ASSERT_TRUE(lesson.has_value());
    LessonDialog dialog(session(), *lesson, mentors());
    EXPECT_TRUE(dialog.rateButton()->isHidden());
}
