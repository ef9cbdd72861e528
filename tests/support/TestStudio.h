// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <gtest/gtest.h>
#include <memory>

namespace mentordesk::test {

/// A fresh in-memory studio (latest schema, studio row created) and a clock pinned to
/// 2026-01-15T10:00:00Z. Use as a base class for service tests.
class StudioTest : public ::testing::Test
{
protected:
    void SetUp() override;

    Database& db() { return *m_db; }
    FixedClock& clock() { return m_clock; }

    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)};
};

/// Absolute path of a file under tests/data.
[[nodiscard]] QString testDataPath(const QString& relative);

} // namespace mentordesk::test

/// Prints Result errors in assertion messages: ASSERT_TRUE(r) << r.error().message.
#define MD_ASSERT_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto& md_result_ = (expr);                                                                               \
        ASSERT_TRUE(md_result_.has_value()) << md_result_.error().message.toStdString();                               \
    } while (false)
