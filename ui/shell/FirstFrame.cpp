// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstFrame.h"

#include "shell/StartupTrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <utility>

namespace mentordesk {

namespace {
constexpr int kFallbackMs = 2000;
}

FirstFrame::FirstFrame(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
    QTimer::singleShot(kFallbackMs, this, &FirstFrame::runAll);
}

void FirstFrame::after(QWidget* window, std::function<void()> work)
{
    // One per window (its child), so every caller's work runs in the order asked, after the same frame.
    auto* frame = window->findChild<FirstFrame*>(QString(), Qt::FindDirectChildrenOnly);
    if (frame == nullptr) {
        frame = new FirstFrame(window);
    }
    frame->m_work.append(std::move(work));
    if (frame->m_done) {
        QTimer::singleShot(0, frame, &FirstFrame::runAll);
    }
}

bool FirstFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        StartupTrace::mark("paintEvent");
        // Why queued: the paint event arrives before the widgets draw; run once the frame is out.
        QTimer::singleShot(0, this, &FirstFrame::runAll);
        QCoreApplication::instance()->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrame::runAll()
{
    m_done = true;
    QCoreApplication::instance()->removeEventFilter(this);
    const QList<std::function<void()>> work = std::exchange(m_work, {});
    for (const auto& run : work) {
        run();
    }
}

} // namespace mentordesk
