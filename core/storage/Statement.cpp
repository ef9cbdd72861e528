// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QTimeZone>

namespace mentordesk {

Statement::Statement(std::shared_ptr<QSqlQuery> query)
    : m_query(std::move(query))
{
}

Statement::~Statement()
{
    if (m_query) {
        m_query->finish();
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_query(std::move(other.m_query))
    , m_position(other.m_position)
{
}

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
        return fail(Error::storage(Database::tr("The studio database reported an error: %1")
                                       .arg(m_query->lastError().text())));
    }
    return {};
}

QString toSqlTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
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
