// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/IdleLock.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace mentordesk {

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_lastInput(clock.nowUtc())
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleLock::setIdleMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    touch();
    setArmed(m_armed);
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    touch();
    if (m_armed && m_minutes > 0) {
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void IdleLock::touch()
{
    m_lastInput = m_clock.nowUtc();
}

void IdleLock::check()
{
    if (!m_armed || m_minutes <= 0) {
        return;
    }
    if (m_lastInput.secsTo(m_clock.nowUtc()) >= qint64(m_minutes) * 60) {
        m_armed = false; // Why: one idle() per lock; the window re-arms after the next sign-in.
        m_timer.stop();
        emit idle();
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // Why windows only: input reaches the window first and then every widget on its way; one look
    // per input event is enough (an application filter sees them all).
    if (!watched->isWindowType()) {
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mentordesk
