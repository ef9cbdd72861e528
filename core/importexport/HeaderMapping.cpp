// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/HeaderMapping.h"

#include <QHash>

namespace mentordesk {

QString HeaderMapping::normalise(const QString& header)
{
    QString s = header.toCaseFolded();
    s.replace(u'_', u' ').replace(u'-', u' ');
    return s.simplified();
}

HeaderMapping::HeaderMapping(const QStringList& header, const QList<ColumnSpec>& columns)
{
    QHash<QString, int> byName;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        byName.insert(normalise(columns[c].key), static_cast<int>(c));
        for (const QString& alias : columns[c].aliases) {
            byName.insert(normalise(alias), static_cast<int>(c));
        }
    }
    QList<qsizetype> cellOfColumn(columns.size(), -1);
    m_columnOfCell.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = normalise(header[i]);
        const int column = byName.value(name, -1);
        m_columnOfCell.append(column);
        if (column < 0) {
            if (!name.isEmpty()) {
                m_ignored.append(header[i].trimmed());
            }
            continue;
        }
        if (cellOfColumn[column] >= 0) {
            m_errors.append(
                Error::invalid(columns[column].key, tr("The columns “%1” and “%2” both mean %3; keep only one of them.")
                                                        .arg(header[cellOfColumn[column]].trimmed(),
                                                             header[i].trimmed(), columns[column].key)));
            m_columnOfCell[i] = -1;
            continue;
        }
        cellOfColumn[column] = i;
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns[c].required && cellOfColumn[c] < 0) {
            QStringList accepted{columns[c].key};
            accepted.append(columns[c].aliases);
            m_errors.append(
                Error::invalid(columns[c].key, tr("The required column %1 is missing (accepted headers: %2).")
                                                   .arg(columns[c].key, accepted.join(QStringLiteral(", ")))));
        }
    }
}

} // namespace mentordesk
