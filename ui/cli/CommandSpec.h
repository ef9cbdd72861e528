// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace mentordesk::cli {

class CommandContext;

/// One option of a command: `--name VALUE` (or a flag when `valueName` is empty).
struct OptionSpec
{
    QString name;
    QString valueName; ///< empty for a flag
    QString description;
    bool required = false;
};

/// A `<noun> <verb>` command: its options, help text and handler. The handler returns the exit code.
struct CommandSpec
{
    QString noun;
    QString verb; ///< may be two words, e.g. "series add"
    QString summary;
    QList<OptionSpec> options;
    QString positionalName;  ///< e.g. "FILE"; empty when the command takes no positional argument
    QString examples;        ///< shown by --help
    bool needsStudio = true; ///< open the studio database before running
    bool createsStudio = false;
    std::function<int(CommandContext&)> run;
    bool needsGui = false; ///< needs a QGuiApplication (PDF output); main() then starts one, offscreen
};

} // namespace mentordesk::cli
