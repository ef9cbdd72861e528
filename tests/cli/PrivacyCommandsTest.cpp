// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;

class PrivacyCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        payer = createId({QStringLiteral("payer"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Quentin Zabrowski"), QStringLiteral("--email"),
                          QStringLiteral("quentin@zab.example")});
        learner = createId({QStringLiteral("learner"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Zelda Zabrowski"), QStringLiteral("--payer"), payer,
                            QStringLiteral("--notes"), QStringLiteral("Dyslexic, reads slowly")});
        ASSERT_FALSE(payer.isEmpty());
        ASSERT_FALSE(learner.isEmpty());
    }

    QString payer, learner;
};

TEST_F(PrivacyCommandsTest, ExportWritesJsonAndHtml)
{
    const QString out = m_dir.filePath(QStringLiteral("export"));
    const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("privacy"), QStringLiteral("export"),
                          QStringLiteral("--learner"), learner, QStringLiteral("--out"), out});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("learner"));
    QFile json(o.value(QStringLiteral("json")).toString());
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_TRUE(json.readAll().contains("Dyslexic, reads slowly"));
    QFile html(QDir(out).filePath(QStringLiteral("personal-data-learner-") + learner + QStringLiteral(".html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    EXPECT_TRUE(html.readAll().contains("Zelda Zabrowski"));
}

TEST_F(PrivacyCommandsTest, ExportNeedsExactlyOnePerson)
{
    const QString out = m_dir.filePath(QStringLiteral("export"));
    EXPECT_EQ(cli({QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--out"), out}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--learner"), learner,
                   QStringLiteral("--payer"), payer, QStringLiteral("--out"), out})
                  .code,
              2);
    const CliRun unknown = cli({QStringLiteral("privacy"), QStringLiteral("export"), QStringLiteral("--payer"),
                                QStringLiteral("nope"), QStringLiteral("--out"), out});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_FALSE(QDir(out).exists() && !QDir(out).isEmpty());
}

TEST_F(PrivacyCommandsTest, EraseNeedsTheNameThenPseudonymisesAndAudits)
{
    CliRun r = cli({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--learner"), learner,
                    QStringLiteral("--confirm"), QStringLiteral("Zelda")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Zelda Zabrowski"))) << r.err.toStdString();
    r = cli({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--payer"), payer,
             QStringLiteral("--confirm"), QStringLiteral("Quentin Zabrowski")});
    EXPECT_EQ(r.code, 1); // still pays for Zelda
    EXPECT_TRUE(r.err.contains(QStringLiteral("payer"))) << r.err.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--learner"),
             learner, QStringLiteral("--confirm"), QStringLiteral("Zelda Zabrowski")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString pseudonym = r.json().object().value(QStringLiteral("pseudonym")).toString();
    EXPECT_TRUE(pseudonym.startsWith(QStringLiteral("Erased learner")));
    r = cli(
        {QStringLiteral("--json"), QStringLiteral("learner"), QStringLiteral("show"), QStringLiteral("--id"), learner});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("name")).toString(), pseudonym);
    EXPECT_EQ(r.json().object().value(QStringLiteral("notes")).toString(), QString());
    r = cli({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("--payer"), payer,
             QStringLiteral("--confirm"), QStringLiteral("Quentin Zabrowski")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
             QStringLiteral("person.")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().array().size(), 2);
    EXPECT_FALSE(r.out.contains(QStringLiteral("Zabrowski")));
    EXPECT_EQ(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
}
