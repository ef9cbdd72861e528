// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Id.h"

#include <QDateTime>
#include <QSet>
#include <gtest/gtest.h>

using namespace mentordesk;

TEST(IdTest, RandomIdsAreWellFormedAndDistinct)
{
    QSet<Id> seen;
    for (int i = 0; i < 1000; ++i) {
        const Id id = newId();
        EXPECT_TRUE(isWellFormedId(id)) << id.toStdString();
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000);
    EXPECT_FALSE(isWellFormedId(QStringLiteral("not-an-id")));
    EXPECT_FALSE(isWellFormedId(QStringLiteral("{3f2c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f}")));
}

TEST(IdTest, SeededGeneratorIsDeterministicAndWellFormed)
{
    SeededIdGenerator a(7);
    SeededIdGenerator b(7);
    SeededIdGenerator c(8);
    for (int i = 0; i < 100; ++i) {
        const Id x = a.next();
        EXPECT_EQ(x, b.next());
        EXPECT_NE(x, c.next());
        EXPECT_TRUE(isWellFormedId(x)) << x.toStdString();
    }
}

TEST(IdTest, ScopedSeedMakesNewIdReproducibleAndNests)
{
    QList<Id> first;
    QList<Id> second;
    {
        ScopedIdSeed seed(99);
        first << newId() << newId();
        {
            ScopedIdSeed inner(5);
            EXPECT_EQ(newId(), SeededIdGenerator(5).next());
        }
        first << newId();
    }
    {
        ScopedIdSeed seed(99);
        second << newId() << newId() << newId();
    }
    EXPECT_EQ(first, second);
    EXPECT_NE(newId(), first.first()) << "outside the scope ids are random again";
}

TEST(IdTest, TimeOrderedIdMatchesTheRfc9562Example)
{
    // RFC 9562, appendix A.6: Unix time 0x017F22E279B0 ms, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
    EXPECT_EQ(timeOrderedId(0x017F22E279B0LL, 0xCC3U, 0x18C4DC0C0C07398FULL),
              QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    // Only the documented bits of the random parts are used; version and variant stay fixed.
    EXPECT_EQ(timeOrderedId(0x017F22E279B0LL, 0xFFFFFFFFFFFFFCC3ULL, 0xD8C4DC0C0C07398FULL),
              QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
}

TEST(IdTest, NewIdsAreVersion7AndSortByTheirMillisecond)
{
    const Id id = newId();
    ASSERT_TRUE(isWellFormedId(id)) << id.toStdString();
    EXPECT_EQ(id.at(14), u'7') << "version nibble: " << id.toStdString(); // Qt 6.4's QUuid predates version 7
    EXPECT_TRUE(QStringLiteral("89ab").contains(id.at(19))) << "RFC variant: " << id.toStdString();
    const qint64 ms = QString(newId()).remove(u'-').left(12).toLongLong(nullptr, 16);
    EXPECT_NEAR(static_cast<double>(ms), static_cast<double>(QDateTime::currentMSecsSinceEpoch()), 60000.0);
    // A later millisecond sorts later whatever the random parts are (the text order is the index order).
    EXPECT_LT(timeOrderedId(1'790'000'000'000LL, 0xFFFU, ~0ULL), timeOrderedId(1'790'000'000'001LL, 0U, 0U));
}
