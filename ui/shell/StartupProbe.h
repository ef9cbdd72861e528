// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace mentordesk {

/// Start-up benchmark probe (`mentordesk --startup-probe`): waits for the first paint of `window`'s
/// content and prints "first-paint-ms N" on stdout; then waits until `busy` says the page shown has
/// finished its off-thread reads, prints "content-ready-ms M" and quits. Both count from the instant in the
/// MENTORDESK_STARTUP_T0_NS environment variable (nanoseconds since the Unix epoch, set by the harness
/// just before it starts the process), or from the probe's construction when that variable is absent.
/// With MENTORDESK_STARTUP_FIRST_PAINT_ONLY set it quits after the first paint (for profiling).
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget* window, std::function<bool()> busy, QObject* parent);

private:
    QWidget* m_window;
    qint64 m_t0Ns;
    std::function<bool()> m_busy;

    void waitForContent();
};

} // namespace mentordesk
