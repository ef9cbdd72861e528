// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportOutput.h"

#include "../CommandContext.h"
#include "money/Money.h"
#include "reports/ReportCsv.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

namespace mentordesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

const QString kMinorSuffix = QStringLiteral("_minor");

bool isMinutesColumn(const QString& column)
{
    return column == QStringLiteral("minutes") || column.endsWith(QStringLiteral("_minutes"));
}

/// The text table's column names and rows: machine values turned into money and durations.
void styleForText(const ReportTextStyle& style, QStringList& columns, QJsonArray& rows)
{
    QStringList shown = columns;
    for (QString& c : shown) {
        if (style.currency && c.endsWith(kMinorSuffix)) {
            c.chop(kMinorSuffix.size());
        } else if (style.minutesAsDuration && c == QStringLiteral("minutes")) {
            c = QStringLiteral("time");
        } else if (style.minutesAsDuration && isMinutesColumn(c)) {
            c.chop(QStringLiteral("_minutes").size());
        }
    }
    QJsonArray out;
    for (const QJsonValue& value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        QJsonObject styled;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QJsonValue cell = row.value(columns[i]);
            if (cell.isDouble() && style.currency && columns[i].endsWith(kMinorSuffix)) {
                cell = Money(cell.toInteger(), *style.currency).toPlainString();
            } else if (cell.isDouble() && style.minutesAsDuration && isMinutesColumn(columns[i])) {
                cell = ReportOutput::duration(cell.toInteger());
            }
            styled.insert(shown[i], cell);
        }
        out.append(styled);
    }
    columns = shown;
    rows = out;
}

} // namespace

QString ReportOutput::duration(qint64 minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const qint64 m = std::abs(minutes);
    if (m < 60) {
        return sign + Tr::tr("%1 min").arg(m);
    }
    if (m % 60 == 0) {
        return sign + Tr::tr("%1 h").arg(m / 60);
    }
    return sign + Tr::tr("%1 h %2 min").arg(m / 60).arg(m % 60);
}

QJsonValue ReportOutput::jsonValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

QString ReportOutput::percent(qint64 perMille)
{
    return QStringLiteral("%1 %").arg(static_cast<double>(perMille) / 10.0, 0, 'f', 1);
}

int ReportOutput::print(CommandContext& ctx, const ReportTable& table, const QString& reportCode, QDate from, QDate to,
                        const ReportTextStyle& style)
{
    if (ctx.has(QStringLiteral("csv")) || ctx.has(QStringLiteral("out"))) {
        const QString path = ctx.value(QStringLiteral("out"));
        if (!path.isEmpty()) {
            if (auto ok = ReportCsv::writeFile(table, path); !ok) {
                return ctx.failWith(ok.error());
            }
            return ctx.emitDone(
                Tr::tr("Wrote %n row(s) to %1.", "", static_cast<int>(table.rows.size())).arg(path),
                {{QStringLiteral("file"), path}, {QStringLiteral("rows"), static_cast<qint64>(table.rows.size())}});
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (auto ok = ReportCsv::write(table, buffer); !ok) {
            return ctx.failWith(ok.error());
        }
        ctx.out() << QString::fromUtf8(buffer.data());
        return kExitOk;
    }
    QJsonArray rows;
    for (const QVariantList& row : table.rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            o.insert(table.columns[i], jsonValue(row.value(i)));
        }
        rows.append(o);
    }
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("report"), reportCode},
                      {QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                      {QStringLiteral("rows"), rows}};
        if (from.isValid()) {
            o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
            o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
        }
        return ctx.emitObject(o);
    }
    if (from.isValid()) {
        ctx.out() << Tr::tr("From %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) << u'\n';
    }
    if (rows.isEmpty()) {
        ctx.out() << Tr::tr("(nothing to report)") << u'\n';
        return kExitOk;
    }
    QStringList columns = table.columns;
    styleForText(style, columns, rows);
    return ctx.emitList(rows, columns);
}

} // namespace mentordesk::cli
