// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/WeeklyAvailability.h"

#include <QRegularExpression>
#include <algorithm>
#include <tuple>

namespace mentordesk {

namespace {

const QString kField = QStringLiteral("availability");

const QStringList& weekdayKeys()
{
    static const QStringList keys = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                     QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                     QStringLiteral("sun")};
    return keys;
}

const QStringList& weekdayNames()
{
    static const QStringList names = {
        QStringLiteral("monday"), QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
    return names;
}

/// Minutes after midnight for "H:MM"/"HH:MM" (0:00–24:00), or -1.
int parseTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return -1;
    }
    const int hours = m.captured(1).toInt();
    const int minutes = m.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
        return -1;
    }
    return hours * 60 + minutes;
}

} // namespace

QList<AvailabilitySlot> WeeklyAvailability::sorted(QList<AvailabilitySlot> weekSlots)
{
    std::sort(weekSlots.begin(), weekSlots.end(), [](const AvailabilitySlot& a, const AvailabilitySlot& b) {
        return std::tie(a.weekday, a.startMinute, a.endMinute) < std::tie(b.weekday, b.startMinute, b.endMinute);
    });
    return weekSlots;
}

Result<QList<AvailabilitySlot>> WeeklyAvailability::validate(const QList<AvailabilitySlot>& weekSlots)
{
    for (const AvailabilitySlot& s : weekSlots) {
        if (s.weekday < 1 || s.weekday > 7) {
            return fail(Error::invalid(
                kField,
                tr("The weekday of an availability slot must be 1 (Monday) to 7 (Sunday), not %1.").arg(s.weekday)));
        }
        if (s.startMinute < 0 || s.startMinute > 1439 || s.endMinute < 1 || s.endMinute > 1440) {
            return fail(Error::invalid(kField, tr("An availability slot must lie within one day (00:00 to 24:00); "
                                                  "%1 to %2 minutes after midnight does not.")
                                                   .arg(s.startMinute)
                                                   .arg(s.endMinute)));
        }
        if (s.endMinute <= s.startMinute) {
            return fail(Error::invalid(kField, tr("The availability slot %1 ends before it starts.").arg(format(s))));
        }
    }
    const QList<AvailabilitySlot> ordered = sorted(weekSlots);
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const AvailabilitySlot& previous = ordered[i - 1];
        const AvailabilitySlot& current = ordered[i];
        if (previous.weekday == current.weekday && current.startMinute < previous.endMinute) {
            return fail(Error::invalid(
                kField, tr("The availability slots %1 and %2 overlap.").arg(format(previous), format(current))));
        }
    }
    return ordered;
}

int WeeklyAvailability::totalMinutes(const QList<AvailabilitySlot>& weekSlots)
{
    int total = 0;
    for (const AvailabilitySlot& s : weekSlots) {
        total += s.minutes();
    }
    return total;
}

Result<AvailabilitySlot> WeeklyAvailability::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]+)\\s+(\\S+?)\\s*-\\s*(\\S+)$"));
    const auto bad = [&] {
        return fail(Error::invalid(kField, tr("“%1” is not an availability slot; write a weekday and a time range "
                                              "such as “mon 09:00-12:00”.")
                                               .arg(text)));
    };
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return bad();
    }
    const QString day = m.captured(1).toLower();
    qsizetype weekday = weekdayKeys().indexOf(day);
    if (weekday < 0) {
        weekday = weekdayNames().indexOf(day);
    }
    const int start = parseTime(m.captured(2));
    const int end = parseTime(m.captured(3));
    if (weekday < 0 || start < 0 || end < 0) {
        return bad();
    }
    AvailabilitySlot slot{static_cast<int>(weekday) + 1, start, end};
    if (start >= 1440 || end <= start) {
        return fail(Error::invalid(
            kField, tr("The availability slot “%1” must end after it starts, within one day.").arg(text.trimmed())));
    }
    return slot;
}

QString WeeklyAvailability::weekdayKey(int weekday)
{
    return weekday >= 1 && weekday <= 7 ? weekdayKeys().at(weekday - 1) : QString();
}

QString WeeklyAvailability::timeText(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString WeeklyAvailability::format(const AvailabilitySlot& slot)
{
    return weekdayKey(slot.weekday) + u' ' + timeText(slot.startMinute) + u'-' + timeText(slot.endMinute);
}

} // namespace mentordesk
