// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;

class SecurityCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        const CliRun owner = cli({QStringLiteral("account"), QStringLiteral("owner"), QStringLiteral("--username"),
                                  QStringLiteral("olivia"), QStringLiteral("--password-stdin")},
                                 QStringLiteral("owner-password\n"));
        ASSERT_EQ(owner.code, 0) << owner.err.toStdString();
    }

    CliRun as(const QString& user, const QString& password, const QStringList& args, const QString& more = {})
    {
        return cli(QStringList{QStringLiteral("--user"), user} + args, password + u'\n' + more);
    }
};

TEST_F(SecurityCommandsTest, LoginIsRequiredOnceAnOwnerExists)
{
    const CliRun anonymous = cli({QStringLiteral("payer"), QStringLiteral("list")});
    EXPECT_EQ(anonymous.code, 1);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << anonymous.err.toStdString();
    const CliRun wrong = as(QStringLiteral("olivia"), QStringLiteral("not-the-password"),
                            {QStringLiteral("payer"), QStringLiteral("list")});
    EXPECT_EQ(wrong.code, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Wrong username or password")));
    const CliRun ok = as(QStringLiteral("olivia"), QStringLiteral("owner-password"),
                         {QStringLiteral("payer"), QStringLiteral("list")});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
}

TEST_F(SecurityCommandsTest, OwnerManagesAccountsAndTheAuditLogVerifies)
{
    const CliRun added =
        as(QStringLiteral("olivia"), QStringLiteral("owner-password"),
           {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("desk"),
            QStringLiteral("--role"), QStringLiteral("front_desk"), QStringLiteral("--password-stdin")},
           QStringLiteral("desk-password\n"));
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const CliRun refused = as(QStringLiteral("desk"), QStringLiteral("desk-password"),
                              {QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(refused.code, 1);
    const CliRun badRole = as(QStringLiteral("olivia"), QStringLiteral("owner-password"),
                              {QStringLiteral("account"), QStringLiteral("role"), QStringLiteral("--username"),
                               QStringLiteral("desk"), QStringLiteral("--role"), QStringLiteral("boss")});
    EXPECT_EQ(badRole.code, 1);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("--role")));
    const CliRun list = as(QStringLiteral("olivia"), QStringLiteral("owner-password"),
                           {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().array().size(), 2); // owner created, desk created
    const CliRun verify = as(QStringLiteral("olivia"), QStringLiteral("owner-password"),
                             {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    ASSERT_EQ(verify.code, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.json().object().value(QStringLiteral("intact")).toBool());
}

TEST_F(SecurityCommandsTest, TurningLoginOffNeedsTheOwner)
{
    const CliRun off = as(QStringLiteral("olivia"), QStringLiteral("owner-password"),
                          {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--off")});
    ASSERT_EQ(off.code, 0) << off.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("payer"), QStringLiteral("list")}).code, 0);
    const CliRun both =
        cli({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--on"), QStringLiteral("--off")});
    EXPECT_EQ(both.code, 2);
}

TEST_F(SecurityCommandsTest, DemoWithLoginHasTheDocumentedAccounts)
{
    const QString demo = m_dir.filePath(QStringLiteral("shared.mentordesk"));
    CliRun made = cli({QStringLiteral("--db"), demo, QStringLiteral("--json"), QStringLiteral("demo"),
                       QStringLiteral("--learners"), QStringLiteral("5"), QStringLiteral("--courses"),
                       QStringLiteral("3"), QStringLiteral("--with-login")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QJsonArray logins = made.json().object().value(QStringLiteral("logins")).toArray();
    ASSERT_EQ(logins.size(), 4);
    EXPECT_EQ(logins[0].toObject().value(QStringLiteral("username")).toString(), QStringLiteral("owner"));
    EXPECT_EQ(logins[3].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("front_desk"));
    const CliRun asDesk = cli({QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("desk"),
                               QStringLiteral("account"), QStringLiteral("list")},
                              QStringLiteral("desk-demo\n"));
    EXPECT_EQ(asDesk.code, 1); // front desk may not manage accounts
    const CliRun asOwner = cli({QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("owner"),
                                QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list")},
                               QStringLiteral("owner-demo\n"));
    ASSERT_EQ(asOwner.code, 0) << asOwner.err.toStdString();
    EXPECT_EQ(asOwner.json().array().size(), 4);
}
