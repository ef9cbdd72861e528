// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mentordesk::test;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

/// A studio with one payer and a 10 % family discount: `plan discounts` lists it, `plan discount-remove`
/// removes it.
class PayerDiscountCommandsTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        initStudio();
        payer = createId({s("payer"), s("add"), s("--name"), s("Anna Schmidt")});
        discount = createId({s("plan"), s("discount"), s("--payer"), payer, s("--label"), s("Family discount"),
                             s("--percent"), s("10")});
    }

    QJsonArray listed()
    {
        const CliRun r = cli({s("--json"), s("plan"), s("discounts"), s("--payer"), payer});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return r.json().array();
    }

    QString payer, discount;
};

TEST_F(PayerDiscountCommandsTest, ListsAndRemovesAPayerDiscount)
{
    QJsonArray rows = listed();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value(s("id")).toString(), discount);
    EXPECT_EQ(rows.at(0).toObject().value(s("kind")).toString(), s("percent"));
    EXPECT_EQ(rows.at(0).toObject().value(s("value")).toInt(), 1000);
    const CliRun table = cli({s("plan"), s("discounts"), s("--payer"), payer});
    EXPECT_TRUE(table.out.contains(s("Family discount"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(s("10%"))) << table.out.toStdString();

    const CliRun r = cli({s("--json"), s("plan"), s("discount-remove"), s("--id"), discount});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(s("id")).toString(), discount);
    EXPECT_TRUE(listed().isEmpty());
}

TEST_F(PayerDiscountCommandsTest, RemovingAnUnknownOrRemovedIdFailsNamingId)
{
    CliRun r = cli({s("--json"), s("plan"), s("discount-remove"), s("--id"), s("no-such-discount")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(s("error")).toObject().value(s("field")).toString(), s("id"));
    EXPECT_EQ(listed().size(), 1) << "nothing removed";

    EXPECT_EQ(cli({s("plan"), s("discount-remove"), s("--id"), discount}).code, 0);
    r = cli({s("--json"), s("plan"), s("discount-remove"), s("--id"), discount});
    EXPECT_EQ(r.code, 1) << "already removed";
    EXPECT_EQ(r.json().object().value(s("error")).toObject().value(s("field")).toString(), s("id"));
    EXPECT_EQ(cli({s("plan"), s("discount-remove")}).code, 2) << "--id is required";
}

TEST_F(PayerDiscountCommandsTest, PlanDiscountsAreNotRemovedAsPayerDiscounts)
{
    const QString learner = createId({s("learner"), s("add"), s("--name"), s("Ben"), s("--payer"), payer});
    const QString mentor = createId({s("mentor"), s("add"), s("--name"), s("Alice Tan")});
    const QString enrollment = createId({s("enroll"), s("--learner"), learner, s("--mentor"), mentor, s("--title"),
                                         s("Python"), s("--target-hours"), s("30"), s("--start"), s("2025-12-01")});
    const QString plan = createId({s("plan"), s("set"), s("--enrollment"), enrollment, s("--kind"), s("hourly"),
                                   s("--from"), s("2025-12-01"), s("--rate"), s("100")});
    const QString planDiscount =
        createId({s("plan"), s("discount"), s("--plan"), plan, s("--label"), s("Intro"), s("--amount"), s("5")});
    const CliRun r = cli({s("--json"), s("plan"), s("discount-remove"), s("--id"), planDiscount});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.json().object().value(s("error")).toObject().value(s("field")).toString(), s("id"));
}
