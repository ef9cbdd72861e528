// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstFrame.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace mentordesk {

namespace {
constexpr int kFallbackMs = 2000;
}

FirstFrame::FirstFrame(QWidget* window, std::function<void()> work)
    : QObject(window)
    , m_window(window)
    , m_work(std::move(work))
{
    QCoreApplication::instance()->installEventFilter(this);
    QTimer::singleShot(kFallbackMs, this, &FirstFrame::runOnce);
}

void FirstFrame::after(QWidget* window, std::function<void()> work)
{
    new FirstFrame(window, std::move(work)); // owned by the window; deletes itself when done
}

bool FirstFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        // Why queued: the paint event arrives before the widgets draw; run once the frame is out.
        QTimer::singleShot(0, this, &FirstFrame::runOnce);
        QCoreApplication::instance()->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrame::runOnce()
{
    if (m_done) {
        return;
    }
    m_done = true;
    QCoreApplication::instance()->removeEventFilter(this);
    m_work();
    deleteLater();
}

} // namespace mentordesk
