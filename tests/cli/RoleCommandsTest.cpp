// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace mentordesk::test;

/// The CLI obeys the same permission checks as the desktop app: a `demo --with-login` studio and its
/// documented accounts (docs/security.md).
class RoleCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        const CliRun made =
            cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--learners"), QStringLiteral("12"),
                 QStringLiteral("--courses"), QStringLiteral("3"), QStringLiteral("--with-login")});
        ASSERT_EQ(made.code, 0) << made.err.toStdString();
    }

    CliRun as(const QString& user, const QStringList& args)
    {
        return cli(QStringList{QStringLiteral("--user"), user} + args, user + QStringLiteral("-demo\n"));
    }

    QSet<QString> learnerIds(const QString& user)
    {
        const CliRun listed = as(user, {QStringLiteral("--json"), QStringLiteral("learner"), QStringLiteral("list"),
                                        QStringLiteral("--status"), QStringLiteral("all")});
        EXPECT_EQ(listed.code, 0) << listed.err.toStdString();
        QSet<QString> ids;
        for (const QJsonValue& row : listed.json().object().value(QStringLiteral("items")).toArray()) {
            ids.insert(row.toObject().value(QStringLiteral("id")).toString());
        }
        return ids;
    }
};

TEST_F(RoleCommandsTest, MentorListsOwnLearnersAndIsRefusedAnothers)
{
    const QSet<QString> all = learnerIds(QStringLiteral("owner"));
    const QSet<QString> mine = learnerIds(QStringLiteral("mentor1"));
    ASSERT_FALSE(mine.isEmpty());
    ASSERT_LT(mine.size(), all.size());
    EXPECT_TRUE(all.contains(mine));
    const QString other = *(QSet<QString>(all).subtract(mine)).constBegin();
    const CliRun refused = as(QStringLiteral("mentor1"),
                              {QStringLiteral("learner"), QStringLiteral("show"), QStringLiteral("--id"), other});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("another mentor"))) << refused.err.toStdString();
    const CliRun own = as(QStringLiteral("mentor1"), {QStringLiteral("learner"), QStringLiteral("show"),
                                                      QStringLiteral("--id"), *mine.constBegin()});
    EXPECT_EQ(own.code, 0) << own.err.toStdString();
}

TEST_F(RoleCommandsTest, RefusalsAreJsonErrorsWithExitCodeOne)
{
    const CliRun run =
        as(QStringLiteral("mentor2"), {QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list")});
    EXPECT_EQ(run.code, 1);
    const QJsonObject error = run.json().object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("permission"));
    EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
}

TEST_F(RoleCommandsTest, FrontDeskSeesInvoicesButDoesNotRunBilling)
{
    EXPECT_EQ(as(QStringLiteral("desk"), {QStringLiteral("invoice"), QStringLiteral("list")}).code, 0);
    const CliRun run =
        as(QStringLiteral("desk"), {QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--period"),
                                    QStringLiteral("2026-01"), QStringLiteral("--dry-run")});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("billing.run"))) << run.err.toStdString();
    EXPECT_EQ(as(QStringLiteral("owner"), {QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--period"),
                                           QStringLiteral("2026-01"), QStringLiteral("--dry-run")})
                  .code,
              0);
}
