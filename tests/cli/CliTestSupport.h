// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace mentordesk::test {

/// Output of one in-process CLI run.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// Base for CLI tests: a temporary studio file and a helper that runs mentordesk-cli in-process
/// with `--db` pointing at it and the clock pinned to 2026-01-15T10:00:00Z.
class CliTest : public ::testing::Test
{
protected:
    void SetUp() override;
    /// Runs the CLI with `args` (the --db option is added).
    CliRun cli(const QStringList& args, const QString& stdinText = {});
    /// Runs `init` with a default studio; fails the test on error.
    void initStudio();
    /// Runs a command with --json and returns the "id" of the created record.
    QString createId(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace mentordesk::test
