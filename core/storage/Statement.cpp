// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QTimeZone>
#include <cstdio>

namespace mentordesk {

Statement::Statement(std::shared_ptr<QSqlQuery> query)
    : m_query(std::move(query))
{}

Statement::~Statement()
{
    if (m_query) {
        m_query->finish();
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_query(std::move(other.m_query))
    , m_position(other.m_position)
{}

Statement& Statement::bind(const QVariant& value)
{
    m_query->bindValue(m_position++, value);
    return *this;
}

Statement& Statement::bindOptional(const QString& value)
{
    return bind(value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
}

Result<void> Statement::exec()
{
    m_position = 0;
    if (!m_query->exec()) {
        return fail(
            Error::storage(Database::tr("The studio database reported an error: %1").arg(m_query->lastError().text())));
    }
    return {};
}

QString toSqlTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    // Why: hand-formatted; QDateTime::toString(format) re-parses the format on every row of a bulk import.
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate d = t.date();
    const QTime tm = t.time();
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(), tm.hour(),
                  tm.minute(), tm.second());
    return QString::fromLatin1(buf, 20);
}

QDateTime fromSqlTime(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString toSqlDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromSqlDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace mentordesk
