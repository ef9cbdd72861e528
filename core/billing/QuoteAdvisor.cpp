// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/QuoteAdvisor.h"

#include "billing/BillingMath.h"
#include "billing/FieldKey.h"
#include "billing/LessonChecks.h"
#include "billing/QuoteCoster.h"

#include <QSet>
#include <algorithm>

namespace mentordesk {

namespace {

Result<void> checkPlans(const QList<Plan>& plans)
{
    if (plans.isEmpty()) {
        return fail(Error::invalid(QStringLiteral("plans"), QuoteAdvisor::tr("Give at least one plan to quote.")));
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QString prefix = FieldKey::indexed(QStringLiteral("plans"), i);
        if (auto ok = plans[i].validate(); !ok) {
            return fail(FieldKey::prefixed(ok.error(), prefix));
        }
        if (ids.contains(plans[i].id)) {
            return fail(Error::invalid(prefix + QStringLiteral(".id"),
                                       QuoteAdvisor::tr("Plan %1 is listed twice.").arg(plans[i].id)));
        }
        ids.insert(plans[i].id);
    }
    return {};
}

Result<void> checkRequest(const QuoteRequest& r)
{
    if (auto ok = LessonChecks::progressModel(r.efficiencyPermille, r.contentMinutes); !ok) {
        return ok;
    }
    if (r.targetPermille < 1 || r.targetPermille > 1000) {
        return fail(Error::invalid(QStringLiteral("target_permille"),
                                   QuoteAdvisor::tr("The target progress must be between 0.1 % and 100 %.")));
    }
    if (r.heldMinutesSoFar < 0 || r.heldMinutesSoFar > 10000LL * 60) {
        return fail(Error::invalid(QStringLiteral("held_minutes"),
                                   QuoteAdvisor::tr("Hours already studied must be between 0 and 10,000.")));
    }
    if (r.weeklyMinutes < 1 || r.weeklyMinutes > 10080) {
        return fail(Error::invalid(QStringLiteral("weekly_minutes"),
                                   QuoteAdvisor::tr("Weekly time must be between 1 minute and 168 hours.")));
    }
    if (r.lessonMinutes < 0 || r.lessonMinutes > 1440 ||
        (r.lessonMinutes > 0 && r.weeklyMinutes % r.lessonMinutes != 0)) {
        return fail(Error::invalid(QStringLiteral("lesson_minutes"),
                                   QuoteAdvisor::tr("A lesson must last at most 24 hours and divide the weekly time "
                                                    "evenly (0 = one lesson a week).")));
    }
    if (r.lessonMinutes == 0 && r.weeklyMinutes > 1440) {
        return fail(Error::invalid(QStringLiteral("lesson_minutes"),
                                   QuoteAdvisor::tr("More than 24 hours a week needs several lessons; give the "
                                                    "length of one lesson.")));
    }
    if (!r.startDate.isValid()) {
        return fail(
            Error::invalid(QStringLiteral("start_date"), QuoteAdvisor::tr("Give the date of the first lesson.")));
    }
    return {};
}

/// The plans as they would apply to this learner: in effect from the first lesson; a subscription starts
/// then, without pauses (the coster ends it on the last lesson).
QList<Plan> prepared(const QuoteRequest& r)
{
    QList<Plan> plans = r.plans;
    for (Plan& plan : plans) {
        plan.effectiveFrom = r.startDate;
        if (auto* sub = std::get_if<SubscriptionPlan>(&plan.terms)) {
            sub->endsOn = QDate();
            sub->pauses.clear();
        }
    }
    return plans;
}

Result<QuoteSchedule> schedule(const QuoteRequest& r)
{
    QuoteSchedule s;
    QuoteAssumptions& a = s.assumptions;
    a.contentMinutes = r.contentMinutes;
    a.efficiencyPermille = r.efficiencyPermille;
    a.targetPermille = r.targetPermille;
    a.heldMinutesSoFar = r.heldMinutesSoFar;
    a.weeklyMinutes = r.weeklyMinutes;
    a.lessonMinutes = r.lessonMinutes > 0 ? r.lessonMinutes : static_cast<int>(r.weeklyMinutes);
    a.lessonsPerWeek = static_cast<int>(r.weeklyMinutes / a.lessonMinutes);
    a.minutesNeeded = std::max<qint64>(
        0, QuoteAdvisor::minutesToReach(r.targetPermille, r.contentMinutes, r.efficiencyPermille) - r.heldMinutesSoFar);
    a.startDate = r.startDate;
    a.endDate = r.startDate;
    a.weeks = static_cast<int>(BillingMath::ceilDiv(a.minutesNeeded, r.weeklyMinutes));
    const qint64 lessons = BillingMath::ceilDiv(a.minutesNeeded, a.lessonMinutes);
    if (lessons > QuoteAdvisor::kMaxLessons) {
        return fail(Error::invalid(QStringLiteral("lesson_minutes"),
                                   QuoteAdvisor::tr("The goal needs %1 lessons; the advisor plans at most %2. Choose "
                                                    "longer lessons or a nearer target.")
                                       .arg(lessons)
                                       .arg(QuoteAdvisor::kMaxLessons)));
    }
    a.lessons = static_cast<int>(lessons);
    qint64 studied = r.heldMinutesSoFar;
    for (int k = 0; k < a.lessons; ++k) {
        const int week = k / a.lessonsPerWeek;
        const int slot = k % a.lessonsPerWeek;
        BillableLesson lesson;
        lesson.lessonId = QStringLiteral("quote-lesson-%1").arg(k + 1, 4, 10, QLatin1Char('0')); // sorts in time order
        lesson.localDate = r.startDate.addDays(qint64{7} * week + qint64{7} * slot / a.lessonsPerWeek);
        lesson.startsAt = QDateTime(lesson.localDate, QTime(12, 0), Qt::UTC);
        lesson.plannedMinutes =
            static_cast<int>(std::min<qint64>(a.lessonMinutes, a.minutesNeeded - (studied - r.heldMinutesSoFar)));
        lesson.actualMinutes = lesson.plannedMinutes;
        lesson.progressBefore = ProgressShare::fromMinutes(studied, r.efficiencyPermille, r.contentMinutes);
        studied += lesson.plannedMinutes;
        a.endDate = lesson.localDate;
        s.lessons.append(lesson);
    }
    return s;
}

} // namespace

qint64 QuoteAdvisor::minutesToReach(int targetPermille, qint64 contentMinutes, int efficiencyPermille)
{
    return static_cast<qint64>(
        BillingMath::ceilDiv(static_cast<WideInt>(targetPermille) * contentMinutes, efficiencyPermille));
}

Result<QuoteResult> QuoteAdvisor::quote(const QuoteRequest& request)
{
    if (auto ok = checkRequest(request); !ok) {
        return fail(ok.error());
    }
    const QList<Plan> plans = prepared(request);
    if (auto ok = checkPlans(plans); !ok) {
        return fail(ok.error());
    }
    auto s = schedule(request);
    if (!s) {
        return fail(s.error());
    }
    QuoteResult out;
    out.assumptions = s->assumptions;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        auto option = QuoteCoster::cost(plans[i], *s);
        if (!option) {
            return fail(FieldKey::prefixed(option.error(), FieldKey::indexed(QStringLiteral("plans"), i)));
        }
        out.options.append(*option);
    }
    std::stable_sort(out.options.begin(), out.options.end(),
                     [](const QuoteOption& a, const QuoteOption& b) { return a.totalMinor < b.totalMinor; });
    return out;
}

} // namespace mentordesk
