// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

#include <QTimeZone>

namespace mentordesk {

namespace {
QDateTime truncatedUtc(QDateTime t)
{
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}
} // namespace

QDateTime SystemClock::nowUtc() const
{
    return truncatedUtc(QDateTime::currentDateTimeUtc());
}

FixedClock::FixedClock(QDateTime nowUtc)
    : m_now(truncatedUtc(std::move(nowUtc)))
{}

void FixedClock::set(QDateTime nowUtc)
{
    m_now = truncatedUtc(std::move(nowUtc));
}

} // namespace mentordesk
