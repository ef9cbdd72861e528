// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/ConflictChecker.h"

#include "lessons/LessonRepository.h"

#include <QSet>

namespace mentordesk {

ConflictChecker::ConflictChecker(Database& db, StudioTimeZone zone)
    : m_db(db)
    , m_zone(std::move(zone))
{}

Result<QList<Conflict>> ConflictChecker::check(const Id& mentorId, const QDateTime& startsAt, const QDateTime& endsAt,
                                               const QStringList& learnerIds, const Id& excludeLessonId)
{
    LessonRepository repo(m_db);
    QList<Conflict> out;
    const auto span = [this](const LessonRepository::Overlap& o) {
        return tr("%1–%2").arg(m_zone.format(o.startsAt),
                               o.endsAt.toTimeZone(m_zone.zone()).toString(QStringLiteral("HH:mm")));
    };
    auto mentor = repo.mentorOverlaps(mentorId, startsAt, endsAt, excludeLessonId);
    if (!mentor) {
        return fail(mentor.error());
    }
    for (const auto& o : std::as_const(*mentor)) {
        Conflict c;
        c.lessonId = o.lessonId;
        c.kind = ConflictKind::MentorDoubleBooked;
        c.who = o.name;
        c.startsAt = o.startsAt;
        c.endsAt = o.endsAt;
        c.proposedStartsAt = startsAt;
        c.description =
            tr("%1: mentor %2 already teaches another lesson then (lesson %3).").arg(span(o), o.name, o.lessonId);
        out.append(c);
    }
    for (const Id& learnerId : learnerIds) {
        auto learner = repo.learnerOverlaps(learnerId, startsAt, endsAt, excludeLessonId);
        if (!learner) {
            return fail(learner.error());
        }
        for (const auto& o : std::as_const(*learner)) {
            Conflict c;
            c.lessonId = o.lessonId;
            c.kind = ConflictKind::LearnerDoubleBooked;
            c.learnerId = learnerId;
            c.who = o.name;
            c.startsAt = o.startsAt;
            c.endsAt = o.endsAt;
            c.proposedStartsAt = startsAt;
            c.description =
                tr("%1: learner %2 already attends another lesson then (lesson %3).").arg(span(o), o.name, o.lessonId);
            out.append(c);
        }
    }
    return out;
}

Error ConflictChecker::toError(const QList<Conflict>& conflicts, bool perOccurrence) const
{
    // Why distinct: one lesson can clash twice (same mentor and same learner) but is one lesson.
    QSet<QString> clashing;
    for (const Conflict& c : conflicts) {
        clashing.insert(perOccurrence ? c.lessonId + c.proposedStartsAt.toString(Qt::ISODate) : c.lessonId);
    }
    QStringList lines;
    lines << tr("The lesson clashes with %n other lesson(s):", "", static_cast<int>(clashing.size()));
    for (const Conflict& c : conflicts) {
        lines << (perOccurrence
                      ? tr("  - series lesson on %1: %2").arg(m_zone.format(c.proposedStartsAt), c.description)
                      : tr("  - %1").arg(c.description));
    }
    return Error::conflict(lines.join(u'\n'), QStringLiteral("start"));
}

} // namespace mentordesk
