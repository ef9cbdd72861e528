// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImporterTestBase.h"
#include "people/MentorService.h"

#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

class MentorImporterTest : public ImporterTestBase
{
protected:
    std::optional<Mentor> mentorNamed(const QString& name)
    {
        MentorFilter all;
        all.includeArchived = true;
        auto page = MentorService(db(), clock()).list(all, {0, 1000});
        EXPECT_TRUE(page.has_value());
        for (const Mentor& m : page.value_or(Page<Mentor>()).items) {
            if (m.name == name) {
                return m;
            }
        }
        return std::nullopt;
    }
};

TEST_F(MentorImporterTest, ImportsEveryColumn)
{
    auto r = importFile(QStringLiteral("mentors"), QStringLiteral("mentors_good.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 3);
    const auto anna = mentorNamed(QStringLiteral("Anna Berg"));
    ASSERT_TRUE(anna);
    EXPECT_EQ(anna->email, QStringLiteral("anna@example.com"));
    EXPECT_EQ(anna->phone, QStringLiteral("+49 30 2222"));
    EXPECT_EQ(anna->role, MentorRole::Owner);
    EXPECT_EQ(anna->yearsTeaching, 12);
    EXPECT_EQ(anna->defaultRateMinor, 4550); // EUR: 45.50
    EXPECT_EQ(anna->bio, QStringLiteral("Piano and theory"));
    EXPECT_EQ(anna->color, QStringLiteral("#3a7bd5"));
    const auto bo = mentorNamed(QStringLiteral("Bo Chen"));
    ASSERT_TRUE(bo);
    EXPECT_EQ(bo->role, MentorRole::Mentor);
    EXPECT_EQ(bo->defaultRateMinor, 3800);
    const auto desk = mentorNamed(QStringLiteral("Desk Person"));
    ASSERT_TRUE(desk);
    EXPECT_EQ(desk->role, MentorRole::FrontDesk); // "front desk"
    EXPECT_EQ(desk->defaultRateMinor, 0);
    EXPECT_EQ(desk->yearsTeaching, 0);
}

TEST_F(MentorImporterTest, ImportsChineseHeadersAndDecimalCommaRates)
{
    auto r = importFile(QStringLiteral("mentors"), QStringLiteral("mentors_chinese.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    const auto zhang = mentorNamed(QStringLiteral("张伟"));
    ASSERT_TRUE(zhang);
    EXPECT_EQ(zhang->role, MentorRole::Mentor);
    EXPECT_EQ(zhang->yearsTeaching, 8);
    EXPECT_EQ(zhang->defaultRateMinor, 20000);
    EXPECT_EQ(zhang->bio, QStringLiteral("数学老师"));
}

TEST_F(MentorImporterTest, BadRowsAreReportedByLineAndColumn)
{
    auto r = importFile(QStringLiteral("mentors"), QStringLiteral("mentors_bad_rows.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    const QList<std::pair<int, QString>> expected = {
        {3, QStringLiteral("default_rate")},   {4, QStringLiteral("role")},         {5, QStringLiteral("color")},
        {6, QStringLiteral("years_teaching")}, {7, QStringLiteral("default_rate")},
    };
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[1].message.contains(QStringLiteral("boss")));
    EXPECT_EQ(count(QStringLiteral("mentors")), 0);

    auto skipped = importFile(QStringLiteral("mentors"), QStringLiteral("mentors_bad_rows.csv"), skipBadRows());
    MD_ASSERT_OK(skipped);
    EXPECT_EQ(skipped->rowsImported, 1);
    EXPECT_EQ(count(QStringLiteral("mentors")), 1);
    EXPECT_EQ(mentorNamed(QStringLiteral("Good"))->defaultRateMinor, 1000);
}

TEST_F(MentorImporterTest, DryRunWritesNothingAndShowsTheRateInTheCurrency)
{
    auto r = importFile(QStringLiteral("mentors"), QStringLiteral("mentors_good.csv"), dryRun());
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::DryRun);
    ASSERT_EQ(r->preview.size(), 3);
    EXPECT_EQ(r->preview[1][r->columns.indexOf(QStringLiteral("default_rate"))], QStringLiteral("38.00"));
    EXPECT_EQ(r->preview[2][r->columns.indexOf(QStringLiteral("role"))], QStringLiteral("front_desk"));
    EXPECT_EQ(count(QStringLiteral("mentors")), 0);
}
