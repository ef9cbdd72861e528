// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up benchmark's peer: a bare QMainWindow built with the same Qt, timed exactly like
// `mentordesk --startup-probe` (first paint of the window, from MENTORDESK_STARTUP_T0_NS).
// scripts/bench startup runs both alternately and reports the medians and their ratio.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

double cpuMs()
{
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
}

class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget* window, qint64 t0Ns)
        : m_window(window)
        , m_t0Ns(t0Ns)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                if (qEnvironmentVariableIsSet("MENTORDESK_STARTUP_TRACE")) {
                    std::printf("trace-ms painted %.1f %.1f\n", double(nowNs() - m_t0Ns) / 1e6, cpuMs());
                }
                std::printf("first-paint-ms %.1f\n", double(nowNs() - m_t0Ns) / 1e6);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    qint64 m_t0Ns;
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    const qint64 started = nowNs();
    const double startedCpu = cpuMs();
    QApplication app(argc, argv);
    bool ok = false;
    qint64 t0 = qEnvironmentVariable("MENTORDESK_STARTUP_T0_NS").toLongLong(&ok);
    if (!ok || t0 <= 0) {
        t0 = started;
    }
    const bool trace = qEnvironmentVariableIsSet("MENTORDESK_STARTUP_TRACE");
    if (trace) {
        // The same marks as mentordesk's StartupTrace: main reached, QApplication built.
        std::printf("trace-ms main %.1f %.1f\ntrace-ms runDesktop %.1f %.1f\n", double(started - t0) / 1e6, startedCpu,
                    double(nowNs() - t0) / 1e6, cpuMs());
    }
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1366, 768);
    FirstPaint probe(&window, t0);
    app.installEventFilter(&probe);
    window.show();
    if (trace) {
        std::printf("trace-ms shown %.1f %.1f\n", double(nowNs() - t0) / 1e6, cpuMs());
    }
    return QApplication::exec();
}
