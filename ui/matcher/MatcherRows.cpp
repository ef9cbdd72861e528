// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/MatcherRows.h"

#include "common/Formatter.h"
#include "matcher/ReasonText.h"
#include "matcher/RecommenderService.h"

namespace mentordesk {

namespace {

void addReasons(SuggestionRow& row, const Explanation& e)
{
    for (const MatchReason& r : e.reasons) {
        row.reasons << ReasonText::text(r);
    }
    for (const MatchReason& r : e.caveats) {
        row.caveats << ReasonText::text(r);
    }
}

} // namespace

QList<SuggestionRow> MatcherRows::courses(const CourseRecommendations& r)
{
    QList<SuggestionRow> rows;
    for (const CourseSuggestion& s : r.items) {
        SuggestionRow row;
        row.id = s.courseId;
        row.name = s.title;
        row.score = s.score;
        row.detail = ReasonText::hours(s.factors.neededMinutes);
        row.detailValue = s.factors.neededMinutes;
        addReasons(row, s.explanation);
        rows.append(row);
    }
    return rows;
}

QList<SuggestionRow> MatcherRows::mentors(const MentorRecommendations& r)
{
    QList<SuggestionRow> rows;
    for (const MentorSuggestion& s : r.items) {
        SuggestionRow row;
        row.id = s.mentorId;
        row.name = s.name;
        row.score = s.score;
        row.detail = ReasonText::hours(s.factors.freeMinutesPerWeek);
        row.detailValue = s.factors.freeMinutesPerWeek;
        addReasons(row, s.explanation);
        rows.append(row);
    }
    return rows;
}

QList<PathRow> MatcherRows::path(const LearningPath& path, const Formatter& format)
{
    QList<PathRow> rows;
    for (const PlannedCourse& c : path.plan.courses) {
        PathRow row;
        row.courseId = c.courseId;
        row.title = c.title;
        row.minutes = c.minutes;
        row.hours = ReasonText::hours(c.minutes);
        row.start = c.start;
        row.finish = c.finish;
        row.startText = format.date(c.start);
        row.finishText = format.date(c.finish);
        QStringList topics;
        for (const Id& t : c.topics) {
            topics << path.topicNames.value(t, t);
        }
        row.topics = topics.join(QStringLiteral(", "));
        row.prerequisitesMet = c.prerequisitesMet;
        rows.append(row);
    }
    return rows;
}

QString MatcherRows::pathSummary(const LearningPath& path, const Formatter& format)
{
    const PathPlan& p = path.plan;
    int achieved = 0;
    int open = 0;
    for (const GoalOutcome& g : p.goals) {
        if (!g.known) {
            ++open;
            achieved += g.achieved ? 1 : 0;
        }
    }
    if (p.courses.isEmpty()) {
        return open == 0 ? tr("The learner already knows every goal topic: nothing to plan.")
                         : tr("No course within the time budget teaches the goal topics (%1 available).")
                               .arg(ReasonText::hours(p.budgetMinutes));
    }
    return tr("%n course(s), %1 of a %2 budget; reaches %3 of %4 goals; done by %5", nullptr,
              static_cast<int>(p.courses.size()))
        .arg(ReasonText::hours(p.usedMinutes), ReasonText::hours(p.budgetMinutes))
        .arg(achieved)
        .arg(open)
        .arg(format.date(p.finish));
}

QString MatcherRows::modelText(const ModelUse& use, const Formatter& format)
{
    if (!use.used) {
        return tr("No rating model yet: suggestions use content, quality and popularity.");
    }
    const QString when = format.dateTime(use.trainedAt);
    if (use.freshness == ModelFreshness::Stale) {
        return tr("Rating model trained %1 on %n rating(s); ratings changed since, retraining in the background.",
                  nullptr, use.ratings)
            .arg(when);
    }
    return tr("Rating model trained %1 on %n rating(s).", nullptr, use.ratings).arg(when);
}

QString MatcherRows::explanationHtml(const SuggestionRow& row)
{
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left: -20px\">").arg(row.name.toHtmlEscaped());
    for (const QString& reason : row.reasons) {
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    }
    for (const QString& caveat : row.caveats) {
        html += QStringLiteral("<li><i>%1</i></li>").arg(tr("but %1").arg(caveat).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace mentordesk
