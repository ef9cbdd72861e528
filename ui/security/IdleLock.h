// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace mentordesk {

class Clock;

/// Auto-lock: watches the application's keyboard and mouse input and emits idle() once nobody has
/// touched it for the configured number of minutes (0 = never). Time comes from the injected clock,
/// so tests advance a FixedClock and call check() instead of waiting.
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    /// How often the timer calls check() in the running app.
    static constexpr int kCheckIntervalMs = 5000;

    IdleLock(const Clock& clock, QObject* parent = nullptr);
    ~IdleLock() override;

    /// Minutes without input before idle() (0 turns auto-lock off). Restarts the count.
    void setIdleMinutes(int minutes);
    [[nodiscard]] int idleMinutes() const { return m_minutes; }
    /// Starts or stops watching (stopped while the window is locked or no login is needed).
    void setArmed(bool armed);
    [[nodiscard]] bool isArmed() const { return m_armed; }
    /// Counts as user input (also called by the event filter).
    void touch();
    /// Emits idle() when armed and the limit has passed since the last input.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastInput;
    int m_minutes = 0;
    bool m_armed = false;
};

} // namespace mentordesk
