// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Id.h"

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
