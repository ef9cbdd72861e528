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
    const QDateTime windowUtc = zone.startOfDayUtc(asOf.addDays(1 - 7LL * std::max(1, paceWindowWeeks)));
    const QDateTime untilUtc = zone.startOfDayUtc(asOf.addDays(1));
    auto before = repo.heldBefore(scope, windowUtc);
    if (!before) {
        return fail(before.error());
    }
    auto recent = repo.lessons(scope, local, untilUtc, windowUtc);
    if (!recent) {
        return fail(recent.error());
    }
    QHash<Id, QList<LessonEvent>> out;
    for (const EnrollmentSummary& e : enrollments) {
        QList<LessonEvent> events;
        const ProgressRepository::HeldBefore held = before->value(e.id);
        if (held.lastHeldUtc.isValid()) {
            const QDate day = zone.toLocal(held.lastHeldUtc).date;
            qint64 minutes = held.minutes;
            do {
                const int chunk = static_cast<int>(std::min<qint64>(minutes, kMaxLessonMinutes));
                events.append({day, LessonOutcome::Held, chunk});
                minutes -= chunk;
            } while (minutes > 0);
        }
        const QList<LessonEvent> inWindow = recent->value(e.id);
        const bool heldInWindow = std::any_of(inWindow.cbegin(), inWindow.cend(),
                                              [](const LessonEvent& l) { return l.outcome == LessonOutcome::Held; });
        if (!heldInWindow) {
            // Why: the trailing run of misses may start before the window; read it for this enrollment only.
            auto older = repo.lessons({ProgressScope::Kind::Enrollment, e.id}, local, windowUtc,
                                      held.lastHeldUtc.isValid() ? held.lastHeldUtc.addSecs(1) : QDateTime());
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
