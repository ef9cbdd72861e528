// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/QuoteResult.h"
#include "common/Id.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk {

class Database;

/// What to quote: a learner's goal, from an enrollment, a course or plain content hours.
struct QuoteInput
{
    Id enrollmentId;           ///< takes course (or target minutes), efficiency and the minutes already held
    Id courseId;               ///< takes the course's content minutes
    qint64 contentMinutes = 0; ///< when neither is given
    std::optional<int> efficiencyPermille; ///< unset: the enrollment's, else 800
    int targetPermille = 1000;
    qint64 weeklyMinutes = 60;
    int lessonMinutes = 0;
    QDate startDate;
    bool includeOffered = true; ///< quote the plans the studio offers
    QList<Plan> plans;          ///< plans given for this quote
};

/// The plan advisor on stored data: fills a QuoteRequest from the enrollment or course and the studio's
/// offered plans, then asks QuoteAdvisor (cheapest first, assumptions included).
class QuoteService final
{
    Q_DECLARE_TR_FUNCTIONS(QuoteService)

public:
    explicit QuoteService(Database& db);
    /// Fails naming "enrollment_id", "course_id", "content_minutes", "plans" or a QuoteAdvisor field.
    [[nodiscard]] Result<QuoteResult> quote(const QuoteInput& input);

private:
    Database& m_db;
};

} // namespace mentordesk
