// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/PreparedStatement.h"

#include <QTimeZone>
#include <cstdio>
#include <sqlite3.h>

namespace mentordesk {

Statement::Statement(std::shared_ptr<PreparedStatement> prepared)
    : m_prepared(std::move(prepared))
{
    rewind();
}

Statement::~Statement()
{
    if (m_prepared) {
        sqlite3_reset(handle()); // ends the read, so no transaction stays open by accident
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_prepared(std::move(other.m_prepared))
    , m_position(other.m_position)
    , m_changes(other.m_changes)
    , m_ran(other.m_ran)
    , m_pending(other.m_pending)
    , m_done(other.m_done)
{}

sqlite3_stmt* Statement::handle() const
{
    return m_prepared->handle();
}

void Statement::rewind()
{
    sqlite3_reset(handle());
    m_ran = false;
    m_pending = false;
    m_done = false;
}

Statement& Statement::bind(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        return text.isNull() ? bindOptional(text) : bind(text);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.isNull() ? bindOptional(QString()) : bind(value.toLongLong());
    default:
        break;
    }
    if (m_ran) {
        rewind();
    }
    const int at = ++m_position;
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(handle(), at);
    } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        sqlite3_bind_double(handle(), at, value.toDouble());
    } else if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(handle(), at, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                            SQLITE_TRANSIENT);
    } else if (value.typeId() == QMetaType::QDate) {
        const QByteArray text = value.toDate().toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text64(handle(), at, text.constData(), static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    } else {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text64(handle(), at, text.constData(), static_cast<sqlite3_uint64>(text.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    }
    return *this;
}

Statement& Statement::bind(const QString& value)
{
    if (m_ran) {
        rewind();
    }
    const QByteArray text = value.toUtf8();
    sqlite3_bind_text64(handle(), ++m_position, text.constData(), static_cast<sqlite3_uint64>(text.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(qint64 value)
{
    if (m_ran) {
        rewind();
    }
    sqlite3_bind_int64(handle(), ++m_position, value);
    return *this;
}

Statement& Statement::bindOptional(const QString& value)
{
    if (!value.isEmpty()) {
        return bind(value);
    }
    if (m_ran) {
        rewind();
    }
    sqlite3_bind_null(handle(), ++m_position);
    return *this;
}

Result<void> Statement::exec()
{
    if (m_ran) {
        rewind();
    }
    const int bound = m_position;
    m_position = 0;
    m_ran = true;
    const int expected = sqlite3_bind_parameter_count(handle());
    if (bound != expected) {
        m_done = true;
        return fail(Error::storage(Database::tr("The studio database reported an error: %1")
                                       .arg(QStringLiteral("%1 values bound for %2 parameters in “%3”")
                                                .arg(bound)
                                                .arg(expected)
                                                .arg(QString::fromUtf8(sqlite3_sql(handle())).left(200)))));
    }
    const int rc = sqlite3_step(handle());
    if (rc == SQLITE_ROW) {
        m_pending = true;
        m_changes = 0;
        return {};
    }
    m_done = true;
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes(m_prepared->connection());
        return {};
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_prepared->connection()));
    sqlite3_reset(handle());
    return fail(Error::storage(Database::tr("The studio database reported an error: %1").arg(reason)));
}

bool Statement::next()
{
    if (m_pending) {
        m_pending = false;
        return true;
    }
    if (m_done || !m_ran) {
        return false;
    }
    const int rc = sqlite3_step(handle());
    if (rc == SQLITE_ROW) {
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        qWarning("mentordesk: a query stopped early: %s", sqlite3_errmsg(m_prepared->connection()));
    }
    return false;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(handle(), column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(handle(), column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(handle(), column));
    case SQLITE_BLOB: {
        const void* data = sqlite3_column_blob(handle(), column);
        return QVariant(QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(handle(), column)));
    }
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(text(column));
    }
}

QString Statement::text(int column) const
{
    switch (sqlite3_column_type(handle(), column)) {
    case SQLITE_TEXT: {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(handle(), column));
        return QString::fromUtf8(data, sqlite3_column_bytes(handle(), column));
    }
    case SQLITE_NULL:
        return {};
    default:
        return value(column).toString();
    }
}

qint64 Statement::integer(int column) const
{
    if (sqlite3_column_type(handle(), column) == SQLITE_INTEGER) {
        return sqlite3_column_int64(handle(), column);
    }
    return value(column).toLongLong();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(handle(), column) == SQLITE_NULL;
}

QString toSqlTime(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    // Why the cache: bulk writes stamp thousands of rows with the same instant (a billing run, an import).
    thread_local QDateTime lastIn;
    thread_local QString lastOut;
    if (utc == lastIn && !lastOut.isEmpty()) {
        return lastOut;
    }
    // Why: hand-formatted; QDateTime::toString(format) re-parses the format on every row of a bulk import.
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate d = t.date();
    const QTime tm = t.time();
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(), tm.hour(),
                  tm.minute(), tm.second());
    lastIn = utc;
    lastOut = QString::fromLatin1(buf, 20);
    return lastOut;
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
