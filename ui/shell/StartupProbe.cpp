// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StartupProbe.h"

#include "shell/StartupTrace.h"

#include <QApplication>
#include <QEvent>
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
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_done = true;
        StartupTrace::mark("paintEvent");
        // Why: the paint event is delivered before the widget draws; count the frame once it is drawn.
        QTimer::singleShot(0, this, [this] {
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
    return QObject::eventFilter(watched, event);
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
