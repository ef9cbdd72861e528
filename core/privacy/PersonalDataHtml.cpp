// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PersonalDataHtml.h"

#include <QJsonArray>
#include <QJsonValue>

namespace mentordesk {

namespace {

QString cell(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return QStringLiteral("—");
    }
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    return v.toString().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

QString PersonalDataHtml::render(const PersonalDataExport& data, const QHash<QString, QString>& titles)
{
    const QString title = tr("Personal data of %1").arg(data.name).toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title +
                   QStringLiteral("</title><style>body{font-family:sans-serif;margin:2em;}"
                                  "table{border-collapse:collapse;margin-bottom:1.5em;font-size:90%;}"
                                  "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top;}"
                                  "th{background:#f3f3f3;}</style></head><body>\n<h1>") +
                   title + QStringLiteral("</h1>\n<p>");
    html += tr("Exported %1. Record id %2.")
                .arg(data.json.value(QStringLiteral("exported_at")).toString(), data.id)
                .toHtmlEscaped();
    html += QStringLiteral("</p>\n");
    const QJsonObject tables = data.json.value(QStringLiteral("tables")).toObject();
    const QJsonArray order = data.json.value(QStringLiteral("table_order")).toArray();
    for (const QJsonValue& name : order) {
        const QJsonArray rows = tables.value(name.toString()).toArray();
        html += QStringLiteral("<h2>") + titles.value(name.toString(), name.toString()).toHtmlEscaped() +
                QStringLiteral("</h2>\n");
        if (rows.isEmpty()) {
            html += QStringLiteral("<p>") + tr("Nothing recorded.").toHtmlEscaped() + QStringLiteral("</p>\n");
            continue;
        }
        QStringList columns;
        for (const QJsonValue& c :
             data.json.value(QStringLiteral("columns")).toObject().value(name.toString()).toArray()) {
            columns.append(c.toString());
        }
        if (columns.isEmpty()) {
            columns = rows.first().toObject().keys();
        }
        html += QStringLiteral("<table><tr>");
        for (const QString& c : columns) {
            html += QStringLiteral("<th>") + c.toHtmlEscaped() + QStringLiteral("</th>");
        }
        html += QStringLiteral("</tr>\n");
        for (const QJsonValue& r : rows) {
            const QJsonObject row = r.toObject();
            html += QStringLiteral("<tr>");
            for (const QString& c : columns) {
                html += QStringLiteral("<td>") + cell(row.value(c)) + QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace mentordesk
