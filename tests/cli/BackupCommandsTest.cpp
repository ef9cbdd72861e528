// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

using namespace mentordesk::test;

class BackupCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        ASSERT_FALSE(createId({QStringLiteral("payer"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Kept Family")})
                         .isEmpty());
    }
};

TEST_F(BackupCommandsTest, CreateVerifyRestoreWithPassphraseFromStdin)
{
    const QString backup = m_dir.filePath(QStringLiteral("b.mentordesk-backup"));
    CliRun r = cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"), backup,
                    QStringLiteral("--encrypt"), QStringLiteral("--passphrase-stdin")},
                   QStringLiteral("s3cret\n"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("--file"), backup,
             QStringLiteral("--passphrase-stdin")},
            QStringLiteral("wrong\n"));
    EXPECT_EQ(r.code, 1);
    r = cli({QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("--file"), backup,
             QStringLiteral("--passphrase-stdin")},
            QStringLiteral("s3cret\n"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    const QString other = m_dir.filePath(QStringLiteral("restored.mentordesk"));
    m_db = other;
    r = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("--from"),
             backup, QStringLiteral("--passphrase-stdin")},
            QStringLiteral("s3cret\n"));
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    r = cli({QStringLiteral("payer"), QStringLiteral("list")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Kept Family")));
}

TEST_F(BackupCommandsTest, BadInputExitCodes)
{
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("create")}).code, 2) << "--out is required";
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("x")), QStringLiteral("--encrypt"), QStringLiteral("--passphrase-env"),
                   QStringLiteral("MENTORDESK_TEST_UNSET_VARIABLE")})
                  .code,
              1)
        << "encrypting without a passphrase is refused";
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("--file"),
                   m_dir.filePath(QStringLiteral("missing"))})
                  .code,
              3);
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("--from"), m_db}).code, 1)
        << "restoring a studio over itself must be refused or fail cleanly";
    EXPECT_EQ(cli({QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("--dir"), m_dir.path(),
                   QStringLiteral("--keep"), QStringLiteral("0")})
                  .code,
              1);
}

TEST_F(BackupCommandsTest, AutoKeepsTheNewest)
{
    const QString dir = m_dir.filePath(QStringLiteral("auto"));
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("auto"), QStringLiteral("--dir"), dir,
                       QStringLiteral("--keep"), QStringLiteral("5")})
                      .code,
                  0);
    }
    // The CLI clock is pinned, so the three runs share one name: the file is replaced, never duplicated.
    EXPECT_EQ(QDir(dir).entryList(QDir::Files).size(), 1);
    const CliRun check = cli({QStringLiteral("--json"), QStringLiteral("studio"), QStringLiteral("check")});
    ASSERT_EQ(check.code, 0);
    EXPECT_TRUE(check.json().object().contains(QStringLiteral("warnings")));
}
