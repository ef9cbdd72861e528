// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>

using namespace mentordesk::test;

class StudioCommandsTest : public CliTest
{};

TEST_F(StudioCommandsTest, InitCreatesStudioAndShowPrintsIt)
{
    initStudio();
    const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("studio"), QStringLiteral("show")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("CLI Studio"));
    EXPECT_EQ(r.json().object().value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
}

TEST_F(StudioCommandsTest, InitTwiceIsRefused)
{
    initStudio();
    const CliRun r = cli({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Again")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("CLI Studio"))) << r.err.toStdString();
}

TEST_F(StudioCommandsTest, InitWithBadCurrencyFailsAndNamesIt)
{
    const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--name"),
                          QStringLiteral("X"), QStringLiteral("--currency"), QStringLiteral("BTC")});
    EXPECT_EQ(r.code, 1);
    const QJsonObject e = r.json().object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(e.value(QStringLiteral("code")).toString(), QStringLiteral("invalid"));
    EXPECT_EQ(e.value(QStringLiteral("field")).toString(), QStringLiteral("currency"));
}

TEST_F(StudioCommandsTest, MissingStudioIsStorageError)
{
    const CliRun r = cli({QStringLiteral("studio"), QStringLiteral("show")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("mentordesk-cli init"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_db)) << "a read command must not create a studio file";
}

TEST_F(StudioCommandsTest, UsageErrorsExitWithTwo)
{
    initStudio();
    EXPECT_EQ(cli({QStringLiteral("nonsense")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("studio"), QStringLiteral("fly")}).code, 2);
    EXPECT_EQ(
        cli({QStringLiteral("studio"), QStringLiteral("set"), QStringLiteral("--bogus"), QStringLiteral("1")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("init")}).code, 2) << "--name is required";
    EXPECT_EQ(cli({}).code, 2);
}

TEST_F(StudioCommandsTest, HelpWorksEverywhere)
{
    const CliRun top = cli({QStringLiteral("--help")});
    EXPECT_EQ(top.code, 0);
    EXPECT_TRUE(top.out.contains(QStringLiteral("payer add")));
    const CliRun cmd = cli({QStringLiteral("payer"), QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_EQ(cmd.code, 0);
    EXPECT_TRUE(cmd.out.contains(QStringLiteral("--invoice-language")));
    EXPECT_TRUE(cmd.out.contains(QStringLiteral("Examples:")));
}

TEST_F(StudioCommandsTest, RealBinaryReportsExitCodes)
{
    QProcess p;
    p.start(QStringLiteral(MENTORDESK_CLI_BINARY), {QStringLiteral("--db"), m_db, QStringLiteral("init"),
                                                    QStringLiteral("--name"), QStringLiteral("Binary Studio")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    p.start(QStringLiteral(MENTORDESK_CLI_BINARY),
            {QStringLiteral("--db"), m_db, QStringLiteral("payer"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral(" ")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_FALSE(p.readAllStandardError().isEmpty());
}
