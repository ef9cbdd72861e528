// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../CommandContext.h"
#include "lessons/Conflict.h"
#include "lessons/Lesson.h"
#include "lessons/StudioTimeZone.h"

namespace mentordesk::cli {

class CommandRegistry;

/// Output and option helpers shared by the `lesson` and `lesson series` commands.
class LessonCommandSupport final
{
    Q_DECLARE_TR_FUNCTIONS(LessonCommandSupport)

public:
    /// A lesson as JSON: local `start`/`end` in the studio time zone; with `forJson` also the UTC instants
    /// and an `attendees` array, otherwise the attendees' own statuses are folded into `learners`.
    [[nodiscard]] static QJsonObject lessonJson(const Lesson& lesson, const StudioTimeZone& zone, bool forJson);
    [[nodiscard]] static QJsonArray conflictsJson(const QList<Conflict>& conflicts, const StudioTimeZone& zone);
    /// Reports a failure; a refused double booking also lists every clash (stderr, or "conflicts" in JSON).
    static int failScheduling(CommandContext& ctx, const Error& error, const QList<Conflict>& conflicts,
                              const StudioTimeZone& zone);
    /// Prints clashes that were allowed as warnings on stderr (text mode only).
    static void warnConflicts(CommandContext& ctx, const QList<Conflict>& conflicts);
    /// Prints one changed lesson: `message` (with %1 = id, %2 = local start) in text mode, the lesson in JSON.
    static int emitLesson(CommandContext& ctx, const Result<Lesson>& lesson, const QString& message,
                          const QList<Conflict>& conflicts = {});

    /// Parses `--start "YYYY-MM-DD HH:MM"` (or another option of that form).
    [[nodiscard]] static Result<LocalDateTime> startOption(const CommandContext& ctx,
                                                           const QString& option = QStringLiteral("start"));
    [[nodiscard]] static Result<StudioTimeZone> zone(CommandContext& ctx);
    [[nodiscard]] static OptionSpec allowConflictOption();
    /// JSON null for an empty string.
    [[nodiscard]] static QJsonValue orNull(const QString& text);
};

/// `lesson series …` (LessonSeriesCommands.cpp), registered by registerLessonCommands().
void registerLessonSeriesCommands(CommandRegistry& registry);
/// `lesson ics` (LessonIcsCommands.cpp), registered by registerLessonCommands().
void registerLessonIcsCommands(CommandRegistry& registry);

} // namespace mentordesk::cli
