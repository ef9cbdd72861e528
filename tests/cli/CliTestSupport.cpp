// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include "CliRunner.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTextStream>

namespace mentordesk::test {

void CliTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("studio.mentordesk"));
}

CliRun CliTest::cli(const QStringList& args, const QString& stdinText)
{
    CliRun run;
    QString input = stdinText;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input);
    QProcessEnvironment env;
    env.insert(QStringLiteral("MENTORDESK_NOW"), QStringLiteral("2026-01-15T10:00:00Z"));
    run.code = cli::runCli(QStringList{QStringLiteral("--db"), m_db} + args, out, err, in, env);
    out.flush();
    err.flush();
    return run;
}

void CliTest::initStudio()
{
    const CliRun r = cli({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("CLI Studio"),
                          QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--time-zone"),
                          QStringLiteral("Europe/Berlin")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
}

QString CliTest::createId(const QStringList& args)
{
    const CliRun r = cli(QStringList{QStringLiteral("--json")} + args);
    EXPECT_EQ(r.code, 0) << args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString();
    return r.json().object().value(QStringLiteral("id")).toString();
}

} // namespace mentordesk::test
