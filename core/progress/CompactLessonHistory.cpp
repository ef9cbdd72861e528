// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/CompactLessonHistory.h"

#include "lessons/StudioTimeZone.h"
#include "progress/ProgressRepository.h"

#include <algorithm>

namespace mentordesk {

namespace {
constexpr int kMaxLessonMinutes = 1440;
}

Result<QHash<Id, QList<LessonEvent>>> CompactLessonHistory::load(ProgressRepository& repo, const ProgressScope& scope,
                                                                 const StudioTimeZone& zone, const LocalTimeSql& local,
                                                                 QDate asOf, int paceWindowWeeks,
                                                                 const QList<EnrollmentSummary>& enrollments)
{
    // The pace window is asOf − 7·W < date ≤ asOf (docs/progress-model.md).
    const QDate windowStart = asOf.addDays(1 - 7LL * std::max(1, paceWindowWeeks));
    const QDateTime windowUtc = zone.startOfDayUtc(windowStart);
    const QDateTime untilUtc = zone.startOfDayUtc(asOf.addDays(1));
    auto totals = repo.heldTotals(scope);
    auto later = repo.heldSince(scope, untilUtc);
    auto recent = repo.lessons(scope, local, untilUtc, windowUtc);
    if (!totals || !later || !recent) {
        return fail(!totals ? totals.error() : !later ? later.error() : recent.error());
    }
    QHash<Id, QList<LessonEvent>> out;
    for (const EnrollmentSummary& e : enrollments) {
        const QList<LessonEvent> inWindow = recent->value(e.id);
        qint64 heldInWindow = 0;
        bool anyHeld = false;
        for (const LessonEvent& l : inWindow) {
            if (l.outcome == LessonOutcome::Held) {
                heldInWindow += l.minutes;
                anyHeld = true;
            }
        }
        QList<LessonEvent> events;
        if (anyHeld) {
            qint64 minutes = totals->value(e.id) - heldInWindow - later->value(e.id);
            while (minutes > 0) {
                const int chunk = static_cast<int>(std::min<qint64>(minutes, kMaxLessonMinutes));
                events.append({windowStart.addDays(-1), LessonOutcome::Held, chunk});
                minutes -= chunk;
            }
        } else {
            // Why: the last held day and the trailing run of misses may lie anywhere before the window.
            auto older = repo.lessons({ProgressScope::Kind::Enrollment, e.id}, local, windowUtc);
            if (!older) {
                return fail(older.error());
            }
            events.append(older->value(e.id));
        }
        events.append(inWindow);
        out.insert(e.id, events);
    }
    return out;
}

} // namespace mentordesk
