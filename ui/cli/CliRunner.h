// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace mentordesk::cli {

/// Runs `mentordesk-cli` with `arguments` (without the program name) and returns the exit code.
/// Streams are injected so tests run commands in-process. MENTORDESK_NOW (ISO-8601 UTC) in `env`
/// pins the clock, for reproducible scripts and tests.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err, QTextStream& in,
           const QProcessEnvironment& env);

} // namespace mentordesk::cli
