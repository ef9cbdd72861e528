// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/StudioTimeZone.h"

#include "studio/StudioService.h"

#include <QRegularExpression>

namespace mentordesk {

StudioTimeZone::StudioTimeZone(QTimeZone zone)
    : m_zone(std::move(zone))
{}

Result<StudioTimeZone> StudioTimeZone::forStudio(Database& db, const Clock& clock)
{
    auto settings = StudioService(db, clock).settings();
    if (!settings) {
        return fail(settings.error());
    }
    return fromId(settings->timeZone, {QStringLiteral("time_zone"), tr("Studio time zone")});
}

Result<StudioTimeZone> StudioTimeZone::fromId(const QString& ianaId, const Field& field)
{
    const QTimeZone zone(ianaId.trimmed().toUtf8());
    if (!zone.isValid()) {
        return fail(Error::invalid(field.key, tr("%1 “%2” is not a known time zone (expected an IANA id such as "
                                                 "Europe/Berlin).")
                                                  .arg(field.label, ianaId)));
    }
    return StudioTimeZone(zone);
}

QString StudioTimeZone::id() const
{
    return QString::fromUtf8(m_zone.id());
}

Result<QDateTime> StudioTimeZone::toUtc(const LocalDateTime& local, const Field& field) const
{
    if (!local.isValid()) {
        return fail(Error::invalid(field.key, tr("%1 is not a valid date and time.").arg(field.label)));
    }
    // Why: QDateTime's handling of skipped and repeated local times differs between Qt versions, so try
    // every offset the zone uses around that day and keep the candidates that read back as the same wall clock.
    const QDateTime naive(local.date, local.time, Qt::UTC);
    QList<int> offsets;
    for (const qint64 shift : {-86400LL, 0LL, 86400LL}) {
        const int offset = m_zone.offsetFromUtc(naive.addSecs(shift));
        if (!offsets.contains(offset)) {
            offsets.append(offset);
        }
    }
    QDateTime best;
    for (const int offset : std::as_const(offsets)) {
        const QDateTime candidate = naive.addSecs(-offset);
        const QDateTime back = candidate.toTimeZone(m_zone);
        if (back.date() == local.date && back.time() == local.time && (!best.isValid() || candidate < best)) {
            best = candidate;
        }
    }
    if (!best.isValid()) {
        return fail(Error::invalid(
            field.key, tr("%1 %2 does not exist in the time zone %3 (the clocks skip that "
                          "hour for daylight saving time). Choose another time.")
                           .arg(local.date.toString(Qt::ISODate), local.time.toString(QStringLiteral("HH:mm")), id())));
    }
    return best;
}

LocalDateTime StudioTimeZone::toLocal(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    return {local.date(), local.time()};
}

QString StudioTimeZone::format(const QDateTime& utc) const
{
    if (!utc.isValid()) {
        return {};
    }
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDateTime StudioTimeZone::startOfDayUtc(const QDate& date) const
{
    return date.startOfDay(m_zone).toUTC();
}

Result<LocalDateTime> StudioTimeZone::parse(const QString& text, const Field& field)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2})$"));
    const auto match = re.match(text.trimmed());
    const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const QTime time = match.hasMatch() ? QTime::fromString(match.captured(2), QStringLiteral("H:mm")) : QTime();
    if (!date.isValid() || !time.isValid()) {
        return fail(Error::invalid(field.key, tr("%1 must be a local date and time written YYYY-MM-DD HH:MM (got "
                                                 "“%2”).")
                                                  .arg(field.label, text)));
    }
    return LocalDateTime{date, time};
}

Result<QTime> StudioTimeZone::parseTime(const QString& text, const Field& field)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,2}:\\d{2}$"));
    const QString t = text.trimmed();
    const QTime time = re.match(t).hasMatch() ? QTime::fromString(t, QStringLiteral("H:mm")) : QTime();
    if (!time.isValid()) {
        return fail(
            Error::invalid(field.key, tr("%1 must be a time written HH:MM (got “%2”).").arg(field.label, text)));
    }
    return time;
}

} // namespace mentordesk
