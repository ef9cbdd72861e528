// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCsv.h"

#include "importexport/CsvWriter.h"

#include <QDate>
#include <QSaveFile>

namespace mentordesk {

QString ReportCsv::cellText(const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', 12);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return value.toString();
    }
}

Result<void> ReportCsv::write(const ReportTable& table, QIODevice& device)
{
    CsvWriter writer(device);
    if (auto ok = writer.writeRow(table.columns); !ok) {
        return ok;
    }
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant& v : row) {
            cells.append(cellText(v));
        }
        if (auto ok = writer.writeRow(cells); !ok) {
            return ok;
        }
    }
    return writer.finish();
}

Result<void> ReportCsv::writeFile(const ReportTable& table, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString())));
    }
    if (auto ok = write(table, file); !ok) {
        file.cancelWriting();
        return ok;
    }
    if (!file.commit()) {
        return fail(Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString())));
    }
    return {};
}

} // namespace mentordesk
