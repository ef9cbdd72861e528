// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "common/Validation.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace mentordesk::cli {

CommandContext::CommandContext(const CommandSpec& spec, QTextStream& out, QTextStream& err, QTextStream& in, bool json,
                               const Clock& clock)
    : m_spec(spec)
    , m_out(out)
    , m_err(err)
    , m_in(in)
    , m_json(json)
    , m_clock(clock)
{}

CommandContext::~CommandContext() = default;

void CommandContext::setDatabase(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
}

void CommandContext::setValues(QHash<QString, QString> values, QStringList flags, QStringList positionals)
{
    m_multi.clear();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        m_multi[it.key()] = it.value().split(QChar(0x1f));
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        it.value() = it.value().split(QChar(0x1f)).constLast();
    }
    m_values = std::move(values);
    m_flags = std::move(flags);
    m_positionals = std::move(positionals);
}

bool CommandContext::has(const QString& option) const
{
    return m_values.contains(option) || m_flags.contains(option);
}

QString CommandContext::value(const QString& option, const QString& fallback) const
{
    return m_values.value(option, fallback);
}

QStringList CommandContext::values(const QString& option) const
{
    QStringList out;
    for (const QString& v : m_multi.value(option)) {
        for (const QString& part : v.split(u',', Qt::SkipEmptyParts)) {
            out.append(part.trimmed());
        }
    }
    return out;
}

Result<qint64> CommandContext::integer(const QString& option, qint64 min, qint64 max, qint64 fallback) const
{
    if (!m_values.contains(option)) {
        return fallback;
    }
    return Validation::parseInteger(m_values.value(option), min, max, {option, u"--" + option});
}

Result<QDate> CommandContext::date(const QString& option) const
{
    if (!m_values.contains(option)) {
        return QDate();
    }
    return Validation::parseDate(m_values.value(option), {option, u"--" + option});
}

namespace {
QString cellText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) {
            parts << cellText(e);
        }
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

int displayWidth(const QString& s)
{
    int w = 0;
    for (const QChar c : s) {
        // Why: CJK characters take two terminal columns; keep tables aligned for Chinese names.
        w += (c.unicode() >= 0x1100 &&
              (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf) ||
               (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) || (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff) ||
               (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)))
                 ? 2
                 : 1;
    }
    return w;
}
} // namespace

int CommandContext::emitObject(const QJsonObject& object)
{
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return kExitOk;
    }
    int width = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        width = qMax(width, static_cast<int>(it.key().size()));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        m_out << it.key() << u':' << QString(width - it.key().size() + 1, u' ') << cellText(it.value()) << u'\n';
    }
    return kExitOk;
}

int CommandContext::emitList(const QJsonArray& rows, const QStringList& columns, qint64 total)
{
    if (m_json) {
        if (total >= 0) {
            QJsonObject wrapper{{QStringLiteral("total"), total}, {QStringLiteral("items"), rows}};
            m_out << QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Indented));
        } else {
            m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        }
        return kExitOk;
    }
    QList<int> widths;
    for (const QString& c : columns) {
        widths << displayWidth(c);
    }
    QList<QStringList> cells;
    for (const QJsonValue& row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QString text = cellText(row.toObject().value(columns[i])).replace(u'\n', u' ');
            if (text.size() > 60) {
                text = text.left(59) + QChar(0x2026);
            }
            widths[i] = qMax(widths[i], displayWidth(text));
            line << text;
        }
        cells << line;
    }
    const auto printLine = [&](const QStringList& line) {
        QString s;
        for (qsizetype i = 0; i < line.size(); ++i) {
            s += line[i];
            if (i + 1 < line.size()) {
                s += QString(widths[i] - displayWidth(line[i]) + 2, u' ');
            }
        }
        m_out << s << u'\n';
    };
    printLine(columns);
    for (const QStringList& line : std::as_const(cells)) {
        printLine(line);
    }
    if (total >= 0 && total > rows.size()) {
        m_out << tr("(%1 of %2 shown; use --offset and --limit for more)").arg(rows.size()).arg(total) << u'\n';
    }
    return kExitOk;
}

int CommandContext::emitDone(const QString& message, const QJsonObject& object)
{
    if (m_json) {
        return emitObject(object.isEmpty() ? QJsonObject{{QStringLiteral("ok"), true}} : object);
    }
    m_out << message << u'\n';
    return kExitOk;
}

int CommandContext::failWith(const Error& error)
{
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)}, {QStringLiteral("message"), error.message}};
        if (!error.field.isEmpty()) {
            e.insert(QStringLiteral("field"), error.field);
        }
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Indented));
    } else {
        m_err << tr("error: %1").arg(error.message) << u'\n';
    }
    return error.code == ErrorCode::Storage ? kExitStorage : kExitInvalid;
}

int CommandContext::usageError(const QString& message)
{
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), QStringLiteral("usage")}, {QStringLiteral("message"), message}};
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Indented));
    } else {
        m_err << tr("usage error: %1").arg(message) << u'\n';
    }
    return kExitUsage;
}

} // namespace mentordesk::cli
