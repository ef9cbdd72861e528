// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonCommandSupport.h"

#include "storage/Statement.h"

#include <QJsonDocument>

namespace mentordesk::cli {

QJsonValue LessonCommandSupport::orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject LessonCommandSupport::lessonJson(const Lesson& l, const StudioTimeZone& zone, bool forJson)
{
    QJsonArray learners;
    QJsonArray attendees;
    for (const Attendee& a : l.attendees) {
        learners.append(!forJson && a.status ? tr("%1 (%2)").arg(a.learnerName, lessonStatusDisplayName(*a.status))
                                             : a.learnerName);
        attendees.append(
            QJsonObject{{QStringLiteral("learner_id"), a.learnerId},
                        {QStringLiteral("learner"), a.learnerName},
                        {QStringLiteral("enrollment_id"), a.enrollmentId},
                        {QStringLiteral("status"), a.status ? lessonStatusToString(*a.status) : QJsonValue()}});
    }
    QJsonObject o{{QStringLiteral("id"), l.meta.id},
                  {QStringLiteral("start"), zone.format(l.startsAt)},
                  {QStringLiteral("end"), zone.format(l.endsAt())},
                  {QStringLiteral("minutes"), l.plannedMinutes},
                  {QStringLiteral("actual_minutes"), l.actualMinutes ? QJsonValue(*l.actualMinutes) : QJsonValue()},
                  {QStringLiteral("status"), lessonStatusToString(l.status)},
                  {QStringLiteral("mentor_id"), l.mentorId},
                  {QStringLiteral("mentor"), l.mentorName},
                  {QStringLiteral("learners"), learners},
                  {QStringLiteral("series_id"), orNull(l.seriesId.value_or(QString()))},
                  {QStringLiteral("location"), l.location},
                  {QStringLiteral("notes"), l.notes},
                  {QStringLiteral("homework"), l.homework},
                  {QStringLiteral("billable"), l.billable},
                  {QStringLiteral("cancelled_at"), orNull(zone.format(l.cancelledAt))},
                  {QStringLiteral("version"), l.meta.version}};
    if (forJson) {
        o.insert(QStringLiteral("attendees"), attendees);
        o.insert(QStringLiteral("starts_at_utc"), toSqlTime(l.startsAt));
        o.insert(QStringLiteral("ends_at_utc"), toSqlTime(l.endsAt()));
        o.insert(QStringLiteral("time_zone"), zone.id());
    }
    return o;
}

QJsonArray LessonCommandSupport::conflictsJson(const QList<Conflict>& conflicts, const StudioTimeZone& zone)
{
    QJsonArray out;
    for (const Conflict& c : conflicts) {
        out.append(QJsonObject{{QStringLiteral("lesson_id"), c.lessonId},
                               {QStringLiteral("kind"), conflictKindName(c.kind)},
                               {QStringLiteral("who"), c.who},
                               {QStringLiteral("learner_id"), orNull(c.learnerId.value_or(QString()))},
                               {QStringLiteral("start"), zone.format(c.startsAt)},
                               {QStringLiteral("end"), zone.format(c.endsAt)},
                               {QStringLiteral("proposed_start"), zone.format(c.proposedStartsAt)},
                               {QStringLiteral("description"), c.description}});
    }
    return out;
}

int LessonCommandSupport::failScheduling(CommandContext& ctx, const Error& error, const QList<Conflict>& conflicts,
                                         const StudioTimeZone& zone)
{
    if (error.code != ErrorCode::Conflict || conflicts.isEmpty()) {
        return ctx.failWith(error);
    }
    if (ctx.json()) {
        const QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)},
                            {QStringLiteral("message"), error.message},
                            {QStringLiteral("field"), error.field}};
        const QJsonObject doc{{QStringLiteral("error"), e},
                              {QStringLiteral("conflicts"), conflictsJson(conflicts, zone)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        ctx.err() << tr("error: %1").arg(error.message) << u'\n' << tr("Pass --allow-conflict to schedule it anyway.")
                  << u'\n';
    }
    return kExitInvalid;
}

void LessonCommandSupport::warnConflicts(CommandContext& ctx, const QList<Conflict>& conflicts)
{
    if (ctx.json()) {
        return;
    }
    for (const Conflict& c : conflicts) {
        ctx.err() << tr("warning: scheduled despite a clash: %1").arg(c.description) << u'\n';
    }
}

int LessonCommandSupport::emitLesson(CommandContext& ctx, const Result<Lesson>& lesson, const QString& message,
                                     const QList<Conflict>& conflicts)
{
    auto studioZone = zone(ctx);
    if (!studioZone) {
        return ctx.failWith(studioZone.error());
    }
    if (!lesson) {
        return failScheduling(ctx, lesson.error(), conflicts, *studioZone);
    }
    warnConflicts(ctx, conflicts);
    QJsonObject o = lessonJson(*lesson, *studioZone, true);
    if (!conflicts.isEmpty()) {
        o.insert(QStringLiteral("conflicts"), conflictsJson(conflicts, *studioZone));
    }
    return ctx.emitDone(message.arg(lesson->meta.id, studioZone->format(lesson->startsAt)), o);
}

Result<LocalDateTime> LessonCommandSupport::startOption(const CommandContext& ctx, const QString& option)
{
    return StudioTimeZone::parse(ctx.value(option), {option, u"--" + option});
}

Result<StudioTimeZone> LessonCommandSupport::zone(CommandContext& ctx)
{
    return StudioTimeZone::forStudio(ctx.db(), ctx.clock());
}

OptionSpec LessonCommandSupport::allowConflictOption()
{
    return {QStringLiteral("allow-conflict"), QString(), tr("schedule even when the mentor or a learner is busy")};
}

} // namespace mentordesk::cli
