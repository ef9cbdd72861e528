// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace mentordesk::cli {

class CommandContext;

/// The CLI's login: when the studio asks for one, `--user NAME` and a password from
/// $MENTORDESK_PASSWORD or the first line of stdin; sets the context's actor.
class CliLogin final
{
    Q_DECLARE_TR_FUNCTIONS(CliLogin)

public:
    [[nodiscard]] static Result<void> authenticate(CommandContext& ctx, const QString& user,
                                                   const QProcessEnvironment& env);
};

} // namespace mentordesk::cli
