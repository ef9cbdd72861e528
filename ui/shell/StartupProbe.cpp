// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StartupProbe.h"

#include "shell/FirstFrame.h"
#include "shell/StartupTrace.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <cstdio>

namespace mentordesk {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

StartupProbe::StartupProbe(QWidget* window, std::function<bool()> busy, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_t0Ns(nowNs())
    , m_busy(std::move(busy))
{
    bool ok = false;
    const qint64 t0 = qEnvironmentVariable("MENTORDESK_STARTUP_T0_NS").toLongLong(&ok);
    if (ok && t0 > 0) {
        m_t0Ns = t0;
    }
    // Why FirstFrame: the same "after the first frame" the deferred start-up work waits for; the probe is
    // created before that work is asked for, so it prints before any of it runs.
    FirstFrame::after(window, [this] {
        StartupTrace::mark("painted");
        std::printf("first-paint-ms %.1f\n", double(nowNs() - m_t0Ns) / 1e6);
        std::fflush(stdout);
        if (qEnvironmentVariableIsSet("MENTORDESK_STARTUP_FIRST_PAINT_ONLY")) {
            QApplication::quit(); // profiling the start-up alone
            return;
        }
        waitForContent();
    });
}

void StartupProbe::waitForContent()
{
    if (m_busy && m_busy()) {
        QTimer::singleShot(5, this, &StartupProbe::waitForContent);
        return;
    }
    // Why: the page fills its widgets when its read is in; count the frame that shows them.
    m_window->repaint();
    std::printf("content-ready-ms %.1f\n", double(nowNs() - m_t0Ns) / 1e6);
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace mentordesk
