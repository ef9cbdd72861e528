// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace mentordesk {

/// Source of "now". Services take a Clock& so tests can pin time; never call
/// QDateTime::currentDateTimeUtc() in core outside SystemClock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current instant in UTC, with second precision.
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

/// A clock that returns a settable instant (tests, deterministic demo generation).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc);
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc);
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace mentordesk
