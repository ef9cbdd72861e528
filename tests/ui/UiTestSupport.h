// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "shell/StudioSession.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace mentordesk::test {

/// A small demo studio in a temporary file, opened as a StudioSession (clock pinned to
/// 2026-11-20 09:00 UTC, the demo's "today"). The demo is generated once per test binary and copied.
class UiStudioTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    StudioSession& session() { return *m_session; }
    [[nodiscard]] QString studioPath() const { return m_path; }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StudioSession> m_session;
};

/// Path of a pristine small demo studio generated once for the whole test run.
[[nodiscard]] QString pristineDemoStudio();

} // namespace mentordesk::test
