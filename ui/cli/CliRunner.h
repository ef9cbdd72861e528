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

/// True when the command `arguments` name needs a QGuiApplication (it prints PDFs); main() creates one
/// with the offscreen platform then, and a plain QCoreApplication otherwise.
[[nodiscard]] bool commandNeedsGui(const QStringList& arguments);

} // namespace mentordesk::cli
