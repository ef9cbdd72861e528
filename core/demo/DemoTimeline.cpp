// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoTimeline.h"

#include "courses/EnrollmentRepository.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoFamilies.h"
#include "demo/DemoLessonWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {
constexpr int kLearnersPerTransaction = 25;
}

DemoTimeline::DemoTimeline(DemoContext& ctx)
    : m_ctx(ctx)
{
    // Afternoons and evenings on weekdays first, then Saturday, then mornings and Sunday: a small studio
    // looks like a real one, and the design-scale studio can still fill its mentors' whole week.
    for (int hour = 15; hour <= 20; ++hour) {
        for (int day = 1; day <= 5; ++day) {
            m_slots.append({day, hour * 60});
        }
    }
    for (int hour = 9; hour <= 17; ++hour) {
        m_slots.append({6, hour * 60});
    }
    for (int hour = 8; hour <= 14; ++hour) {
        for (int day = 1; day <= 5; ++day) {
            m_slots.append({day, hour * 60});
        }
    }
    m_slots.append({6, 8 * 60});
    for (int hour = 10; hour <= 15; ++hour) {
        m_slots.append({7, hour * 60});
    }
    m_booked =
        QList<QList<QList<QPair<int, int>>>>(m_ctx.mentors.size(), QList<QList<QPair<int, int>>>(m_slots.size()));
    m_firstMonday = m_ctx.firstDay.addDays(1 - m_ctx.firstDay.dayOfWeek());
    m_weeks = static_cast<int>(m_firstMonday.daysTo(m_ctx.options.today) / 7);
}

bool DemoTimeline::isFree(int mentor, int slot, int startWeek, int endWeek) const
{
    for (const auto& range : m_booked[mentor][slot]) {
        if (startWeek < range.second && range.first < endWeek) {
            return false;
        }
    }
    return true;
}

DemoTimeline::Booking DemoTimeline::book(const QString& area, int startWeek, int endWeek)
{
    QList<int> candidates;
    for (qsizetype m = 0; m < m_ctx.mentors.size(); ++m) {
        if (m_ctx.mentors[m].areas.contains(area)) {
            candidates.append(static_cast<int>(m));
        }
    }
    for (qsizetype m = 0; m < m_ctx.mentors.size(); ++m) {
        if (!candidates.contains(static_cast<int>(m))) {
            candidates.append(static_cast<int>(m)); // any mentor rather than nobody
        }
    }
    const int offset = m_ctx.random.between(0, 3);
    // Why: a handful of later starts (waiting list) instead of every week keeps booking linear in practice.
    for (int delay : {0, 2, 6, 14, 30}) {
        const int start = startWeek + delay;
        if (start + 4 > endWeek) {
            break;
        }
        for (int s = 0; s < m_slots.size(); ++s) {
            // Why: rotate within the first few preferred slots so learners spread over the afternoon.
            const int slot = s < 4 ? (s + offset) % 4 : s;
            for (int mentor : std::as_const(candidates)) {
                if (isFree(mentor, slot, start, endWeek)) {
                    m_booked[mentor][slot].append({start, endWeek});
                    return {mentor, slot, start};
                }
            }
        }
    }
    return {};
}

QList<int> DemoTimeline::coursePath(const QString& area, int level) const
{
    QList<int> path;
    for (int minLevel = qMax(1, level - 1); path.isEmpty() && minLevel >= 1; --minLevel) {
        for (qsizetype i = 0; i < m_ctx.courses.size(); ++i) {
            if (m_ctx.courses[i].area == area && m_ctx.courses[i].level >= minLevel) {
                path.append(static_cast<int>(i));
            }
        }
    }
    std::stable_sort(path.begin(), path.end(),
                     [this](int a, int b) { return m_ctx.courses[a].level < m_ctx.courses[b].level; });
    // Why: at design scale several variants share a level; keep one course per level step so a path reads naturally.
    QList<int> unique;
    int lastLevel = 0;
    for (int i : std::as_const(path)) {
        if (m_ctx.courses[i].level != lastLevel || m_ctx.random.between(0, 3) == 0) {
            unique.append(i);
            lastLevel = m_ctx.courses[i].level;
        }
    }
    return unique;
}

Result<void> DemoTimeline::run(const std::function<bool(int)>& progress)
{
    DemoFamilies families(m_ctx);
    DemoLessonWriter lessons(m_ctx, m_firstMonday);
    DemoRandom& r = m_ctx.random;
    const int total = m_ctx.options.learners;
    const int end = m_weeks + m_futureWeeks;
    for (int first = 0; first < total; first += kLearnersPerTransaction) {
        auto tx = Transaction::begin(m_ctx.db);
        if (!tx) {
            return fail(tx.error());
        }
        for (int i = first; i < qMin(total, first + kLearnersPerTransaction); ++i) {
            const DemoFamilies::LearnerSeed seed = families.next();
            // 55 % still come every week; the others came for a while and left (or paused).
            const bool current = r.chance(55);
            const int startWeek = r.between(0, qMax(0, m_weeks - 8));
            const int remaining = qMax(8, m_weeks - startWeek);
            const int endWeek = current ? end : qMin(end, startWeek + r.between(qMax(8, remaining / 3), remaining));
            const Booking booking = book(seed.area, startWeek, endWeek);
            const QList<int> path = coursePath(seed.area, seed.level);
            QList<Id> goals;
            if (!path.isEmpty()) {
                goals.append(m_ctx.courses[path.constLast()].topics.constFirst());
            }
            if (booking.mentor < 0) {
                // The studio is full: this learner waits for a slot.
                if (auto ok = families.write(seed, m_ctx.mentors.first().id, QStringLiteral("paused"), goals); !ok) {
                    return ok;
                }
                continue;
            }
            const bool ended = endWeek < m_weeks;
            const QString status = !ended                  ? QStringLiteral("active")
                                   : m_weeks - endWeek < 8 ? QStringLiteral("paused")
                                                           : QStringLiteral("archived");
            if (auto ok = families.write(seed, m_ctx.mentors[booking.mentor].id, status, goals); !ok) {
                return ok;
            }
            const Slot slot = m_slots[booking.slot];
            DemoLessonWriter::Plan plan{
                seed.id, booking.mentor, slot.weekday,    slot.minute,      booking.startWeek,
                endWeek, path,           seed.ratingBias, seed.reliability, seed.minor && seed.level == 1};
            if (auto ok = lessons.write(plan); !ok) {
                return ok;
            }
        }
        if (auto ok = tx->commit(); !ok) {
            return ok;
        }
        if (progress && !progress(qMin(total, first + kLearnersPerTransaction) * 100 / qMax(1, total))) {
            return fail(Error::refused(DemoGenerator::tr("Generating the demo studio was cancelled.")));
        }
    }
    return {};
}

} // namespace mentordesk
