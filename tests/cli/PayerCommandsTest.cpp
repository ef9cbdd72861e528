// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;

class PayerCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
    }
};

TEST_F(PayerCommandsTest, AddEditShowListArchiveRestore)
{
    const QString id =
        createId({QStringLiteral("payer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("王芳"),
                  QStringLiteral("--invoice-language"), QStringLiteral("zh_CN")});
    ASSERT_FALSE(id.isEmpty());
    CliRun r = cli({QStringLiteral("payer"), QStringLiteral("edit"), QStringLiteral("--id"), id,
                    QStringLiteral("--email"), QStringLiteral("wang@example.com")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--json"), QStringLiteral("payer"), QStringLiteral("show"), QStringLiteral("--id"), id});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("email")).toString(), QStringLiteral("wang@example.com"));
    EXPECT_EQ(r.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("王芳"));
    r = cli({QStringLiteral("payer"), QStringLiteral("list")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("王芳")));
    ASSERT_EQ(cli({QStringLiteral("payer"), QStringLiteral("archive"), QStringLiteral("--id"), id}).code, 0);
    r = cli({QStringLiteral("--json"), QStringLiteral("payer"), QStringLiteral("list")});
    EXPECT_EQ(r.json().object().value(QStringLiteral("total")).toInt(), 0);
    ASSERT_EQ(cli({QStringLiteral("payer"), QStringLiteral("restore"), QStringLiteral("--id"), id}).code, 0);
    r = cli({QStringLiteral("--json"), QStringLiteral("payer"), QStringLiteral("list")});
    EXPECT_EQ(r.json().object().value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(PayerCommandsTest, BadInputIsReportedWithExitOne)
{
    CliRun r = cli({QStringLiteral("payer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                    QStringLiteral("--email"), QStringLiteral("nope")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope")));
    r = cli({QStringLiteral("payer"), QStringLiteral("show"), QStringLiteral("--id"),
             QStringLiteral("00000000-0000-4000-8000-000000000000")});
    EXPECT_EQ(r.code, 1);
    r = cli({QStringLiteral("payer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("zero")});
    EXPECT_EQ(r.code, 1);
    r = cli({QStringLiteral("payer"), QStringLiteral("add")});
    EXPECT_EQ(r.code, 2);
}
