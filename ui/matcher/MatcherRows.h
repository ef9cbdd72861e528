// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/LearningPathModel.h"
#include "models/SuggestionModel.h"

#include <QCoreApplication>

namespace mentordesk {

class Formatter;
struct CourseRecommendations;
struct LearningPath;
struct MentorRecommendations;
struct ModelUse;
struct Explanation;

/// Turns the recommender's answers into the rows the matcher views show (reasons rendered in the
/// UI language by ReasonText; dates and durations by the studio's Formatter).
class MatcherRows final
{
    Q_DECLARE_TR_FUNCTIONS(MatcherRows)

public:
    [[nodiscard]] static QList<SuggestionRow> courses(const CourseRecommendations& r);
    [[nodiscard]] static QList<SuggestionRow> mentors(const MentorRecommendations& r);
    [[nodiscard]] static QList<PathRow> path(const LearningPath& path, const Formatter& format);
    /// "3 courses, 42 h of a 78 h budget; reaches 2 of 2 goals; done by 12 May 2027".
    [[nodiscard]] static QString pathSummary(const LearningPath& path, const Formatter& format);
    /// How the collaborative filter took part, for a footer.
    [[nodiscard]] static QString modelText(const ModelUse& use, const Formatter& format);
    /// A bulleted explanation as rich text (reasons, then caveats), for the selected row.
    [[nodiscard]] static QString explanationHtml(const SuggestionRow& row);
};

} // namespace mentordesk
