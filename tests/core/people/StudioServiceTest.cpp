// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio/StudioService.h"

#include "TestStudio.h"
#include "people/PayerService.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class StudioServiceTest : public test::StudioTest
{};

TEST_F(StudioServiceTest, SecondInitializeIsRefused)
{
    StudioSettings s;
    s.name = QStringLiteral("Other");
    auto again = StudioService(db(), clock()).initialize(s);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_F(StudioServiceTest, ValidatesEveryField)
{
    StudioService service(db(), clock());
    const StudioSettings good = *service.settings();
    const auto expectField = [&](StudioSettings s, const char* field) {
        auto r = service.update(s);
        ASSERT_FALSE(r) << field;
        EXPECT_EQ(r.error().field, QString::fromLatin1(field));
    };
    StudioSettings s = good;
    s.name = QString();
    expectField(s, "name");
    s = good;
    s.currency = QStringLiteral("XYZ");
    expectField(s, "currency");
    s = good;
    s.timeZone = QStringLiteral("Mars/Olympus");
    expectField(s, "time_zone");
    s = good;
    s.locale = QStringLiteral("");
    expectField(s, "locale");
    s = good;
    s.language = QStringLiteral("de");
    expectField(s, "language");
    s = good;
    s.paymentTermsDays = 400;
    expectField(s, "payment_terms_days");
    EXPECT_EQ(service.settings()->name, QStringLiteral("Test Studio"));
}

TEST_F(StudioServiceTest, UpdateBumpsVersion)
{
    StudioService service(db(), clock());
    StudioSettings s = *service.settings();
    s.timeZone = QStringLiteral("Asia/Shanghai");
    auto updated = service.update(s);
    ASSERT_TRUE(updated) << updated.error().message.toStdString();
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(service.settings()->timeZone, QStringLiteral("Asia/Shanghai"));
}

TEST_F(StudioServiceTest, CurrencyCanChangeOnlyWhileTheStudioIsEmpty)
{
    StudioService service(db(), clock());
    ASSERT_FALSE(*service.currencyLocked());
    StudioSettings s = *service.settings();
    s.currency = QStringLiteral("CNY");
    auto changed = service.update(s);
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(service.settings()->currency, QStringLiteral("CNY"));

    PayerInput payer;
    payer.name = QStringLiteral("Li family");
    ASSERT_TRUE(PayerService(db(), clock()).create(payer));
    ASSERT_TRUE(*service.currencyLocked());
    s = *service.settings();
    s.currency = QStringLiteral("EUR");
    s.name = QStringLiteral("Renamed");
    auto refused = service.update(s);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("currency"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("CNY")));
    EXPECT_EQ(service.settings()->currency, QStringLiteral("CNY"));
    EXPECT_EQ(service.settings()->name, QStringLiteral("Test Studio")) << "nothing written";
    // Other fields still change when the currency stays.
    s.currency = QStringLiteral("CNY");
    ASSERT_TRUE(service.update(s));
    EXPECT_EQ(service.settings()->name, QStringLiteral("Renamed"));
}
