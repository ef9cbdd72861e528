// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "feedback/Assessment.h"
#include "feedback/FeedbackPreferences.h"
#include "feedback/Rating.h"

#include <QCoreApplication>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for feedback: learners' ratings and mentors' mastery assessments. Each call validates its
/// input (field keys "learner", "lesson", "mentor", "course", "topic", "enrollment", "stars", "comment",
/// "mastery", "assessed_at", "rated_at", "note") and runs in one transaction.
class FeedbackService final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackService)

public:
    static constexpr int kMaxCommentLength = 2000;

    FeedbackService(Database& db, const Clock& clock);

    /// Stores a rating (1–5 stars), dated `input.ratedAt` (default now; Invalid "rated_at" when in the
    /// future). The learner and the target must exist; a lesson can only be rated by a
    /// learner who attended it (the lesson was held and the learner was not marked absent). A learner's
    /// second rating of the same target replaces the first (same id, version + 1).
    [[nodiscard]] Result<Rating> rate(const RatingInput& input);
    /// Ratings matching `filter`, newest first.
    [[nodiscard]] Result<Page<Rating>> ratings(const RatingFilter& filter, PageRequest page = {});

    /// Stores a mastery assessment (0–100 %). `assessedAt` defaults to now and cannot lie in the future;
    /// an enrollment, when given, must belong to the learner.
    [[nodiscard]] Result<Assessment> assess(const AssessmentInput& input);
    /// The instant to record for feedback given on the studio-local `day`: none (an invalid QDateTime, so
    /// rate()/assess() record now) for today or no day, local noon for another day. A date alone means
    /// "that day"; the GUI's date fields and the CLI's `--at` both go through here. Errors name `fieldKey`
    /// and `fieldLabel` (e.g. a time that does not exist in the studio's zone).
    [[nodiscard]] Result<QDateTime> instantOfDay(const QDate& day, const QString& fieldKey, const QString& fieldLabel);
    /// A learner's assessments (of one topic when `topicId` is set), oldest first.
    [[nodiscard]] Result<QList<Assessment>> assessments(const Id& learnerId, const Id& topicId = {});

    /// The stored feedback preferences (blind mode off when never set).
    [[nodiscard]] Result<FeedbackPreferences> preferences();
    /// Stores the preferences in one transaction.
    [[nodiscard]] Result<FeedbackPreferences> savePreferences(const FeedbackPreferences& preferences);
    /// The ratings matching `filter` as mentor `mentorId` may see them (Invalid "mentor" when missing or
    /// unknown): all of them when blind mode is off; in blind mode only those whose learner the mentor
    /// has assessed since (see FeedbackPreferences), with the count of the hidden ones.
    [[nodiscard]] Result<MentorRatingView> ratingsSeenBy(const Id& mentorId, const RatingFilter& filter,
                                                         PageRequest page = {});

private:
    /// Ratings of one learner or lesson follow its ownership; every rating is studio-wide.
    [[nodiscard]] Result<void> ratingsAllowed(const RatingFilter& filter);
    [[nodiscard]] Result<Id> requireTarget(RatingTarget target, const Id& targetId, const Id& learnerId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
