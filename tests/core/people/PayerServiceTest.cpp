// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/PayerService.h"

#include "TestStudio.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class PayerServiceTest : public test::StudioTest
{
protected:
    PayerService service() { return PayerService(db(), clock()); }
    Payer add(const QString& name)
    {
        auto p = service().create({name, QString(), QString(), QString(), QStringLiteral("en"), QString(), QString()});
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return *p;
    }
};

TEST_F(PayerServiceTest, CreatesWithSyncMetadata)
{
    auto p = service().create({QStringLiteral("  Wang Fang "), QStringLiteral("wang@example.com"), QString(), QString(),
                               QStringLiteral("zh_CN"), QString(), QString()});
    ASSERT_TRUE(p) << p.error().message.toStdString();
    EXPECT_EQ(p->name, QStringLiteral("Wang Fang"));
    EXPECT_TRUE(isWellFormedId(p->meta.id));
    EXPECT_EQ(p->meta.version, 1);
    EXPECT_EQ(p->meta.createdAt, clock().nowUtc());
    auto loaded = service().get(p->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->invoiceLanguage, QStringLiteral("zh_CN"));
    EXPECT_EQ(loaded->meta.updatedBy, db().deviceId());
}

TEST_F(PayerServiceTest, RejectsBadInputNamingTheField)
{
    struct Case
    {
        PayerInput input;
        const char* field;
    };
    const QList<Case> cases = {
        {{QStringLiteral("   "), {}, {}, {}, QStringLiteral("en"), {}, {}}, "name"},
        {{QStringLiteral("A"), QStringLiteral("not-an-email"), {}, {}, QStringLiteral("en"), {}, {}}, "email"},
        {{QStringLiteral("A"), {}, {}, {}, QStringLiteral("fr"), {}, {}}, "invoice_language"},
        {{QString(201, u'x'), {}, {}, {}, QStringLiteral("en"), {}, {}}, "name"},
    };
    for (const Case& c : cases) {
        auto p = service().create(c.input);
        ASSERT_FALSE(p) << c.field;
        EXPECT_EQ(p.error().code, ErrorCode::Invalid);
        EXPECT_EQ(p.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(p.error().message.isEmpty());
    }
    auto page = service().list({}, {});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 0) << "a refused create must not write anything";
}

TEST_F(PayerServiceTest, EditDetectsConcurrentChange)
{
    Payer p = add(QStringLiteral("Smith family"));
    PayerInput in{
        QStringLiteral("Smith family"), QStringLiteral("s@example.com"), {}, {}, QStringLiteral("en"), {}, {}};
    auto first = service().edit(p.meta.id, in, p.meta.version);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->meta.version, 2);
    auto stale = service().edit(p.meta.id, in, p.meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
}

TEST_F(PayerServiceTest, ArchiveHidesAndRestoreShows)
{
    Payer a = add(QStringLiteral("Alpha"));
    add(QStringLiteral("Beta"));
    ASSERT_TRUE(service().archive(a.meta.id));
    EXPECT_EQ(service().list({}, {})->total, 1);
    PayerFilter archived;
    archived.archivedOnly = true;
    EXPECT_EQ(service().list(archived, {})->items.first().name, QStringLiteral("Alpha"));
    auto twice = service().archive(a.meta.id);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Refused);
    ASSERT_TRUE(service().restore(a.meta.id));
    EXPECT_EQ(service().list({}, {})->total, 2);
}

TEST_F(PayerServiceTest, ListSearchesAndPages)
{
    for (const char* n : {"Anna Li", "Ben 100%", "Chen_Wei", "李娜", "Dora"}) {
        add(QString::fromUtf8(n));
    }
    PayerFilter f;
    f.text = QStringLiteral("%");
    auto pct = service().list(f, {});
    ASSERT_TRUE(pct);
    ASSERT_EQ(pct->total, 1) << "LIKE wildcards in the search text are literal";
    EXPECT_EQ(pct->items.first().name, QStringLiteral("Ben 100%"));
    f.text = QStringLiteral("李");
    EXPECT_EQ(service().list(f, {})->total, 1);
    auto page = service().list({}, {2, 2});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 5);
    ASSERT_EQ(page->items.size(), 2);
    EXPECT_EQ(page->items[0].name, QStringLiteral("Chen_Wei"));
}

TEST_F(PayerServiceTest, UnknownIdIsNotFound)
{
    auto p = service().get(newId());
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, ErrorCode::NotFound);
    auto e = service().archive(newId());
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, ErrorCode::NotFound);
}
