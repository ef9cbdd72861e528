// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/IdleLock.h"

#include "common/Clock.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace mentordesk;

TEST(IdleLockTest, FiresOnceAfterTheIdleMinutesAndInputRestartsTheCount)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    IdleLock idle(clock);
    QSignalSpy fired(&idle, &IdleLock::idle);
    idle.setIdleMinutes(10);
    idle.setArmed(true);

    clock.advanceSeconds(9 * 60 + 59);
    idle.check();
    EXPECT_EQ(fired.count(), 0);
    idle.touch(); // someone typed
    clock.advanceSeconds(9 * 60);
    idle.check();
    EXPECT_EQ(fired.count(), 0) << "the count restarts with input";
    clock.advanceSeconds(60);
    idle.check();
    EXPECT_EQ(fired.count(), 1);
    clock.advanceSeconds(3600);
    idle.check();
    EXPECT_EQ(fired.count(), 1) << "locked once; re-armed only after the next sign-in";
    EXPECT_FALSE(idle.isArmed());
}

TEST(IdleLockTest, NeverFiresWhenOffOrDisarmed)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    IdleLock idle(clock);
    QSignalSpy fired(&idle, &IdleLock::idle);
    idle.setIdleMinutes(0);
    idle.setArmed(true);
    clock.advanceSeconds(24 * 3600);
    idle.check();
    idle.setIdleMinutes(5);
    idle.setArmed(false);
    clock.advanceSeconds(24 * 3600);
    idle.check();
    EXPECT_EQ(fired.count(), 0);
    idle.setIdleMinutes(-3);
    EXPECT_EQ(idle.idleMinutes(), 0);
}
