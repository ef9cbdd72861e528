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
        m_columnOfCell.append(-1);
        if (column < 0) {
            if (!name.isEmpty()) {
                m_ignored.append(header[i].trimmed());
            }
            continue;
        }
        assign(header, columns, i, column, cellOfColumn);
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

HeaderMapping::HeaderMapping(const QStringList& header, const QList<ColumnSpec>& columns, const QStringList& chosenKeys)
{
    m_columnOfCell = QList<int>(header.size(), -1);
    if (chosenKeys.size() != header.size()) {
        m_errors.append(Error::invalid(QStringLiteral("mapping"),
                                       tr("The column mapping has %1 entries but the file's header has %2 columns.")
                                           .arg(chosenKeys.size())
                                           .arg(header.size())));
        return;
    }
    QHash<QString, int> byKey;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        byKey.insert(columns[c].key, static_cast<int>(c));
    }
    QList<qsizetype> cellOfColumn(columns.size(), -1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString key = chosenKeys[i].trimmed();
        if (key.isEmpty()) {
            if (!header[i].trimmed().isEmpty()) {
                m_ignored.append(header[i].trimmed());
            }
            continue;
        }
        const int column = byKey.value(key, -1);
        if (column < 0) {
            QStringList keys;
            for (const ColumnSpec& c : columns) {
                keys.append(c.key);
            }
            m_errors.append(Error::invalid(QStringLiteral("mapping"),
                                           tr("The column “%1” is mapped to “%2”, which is not a field here; "
                                              "choose one of: %3.")
                                               .arg(header[i].trimmed(), key, keys.join(QStringLiteral(", ")))));
            continue;
        }
        assign(header, columns, i, column, cellOfColumn);
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns[c].required && cellOfColumn[c] < 0) {
            m_errors.append(Error::invalid(
                columns[c].key,
                tr("The required field %1 is not mapped to any column of the file.").arg(columns[c].key)));
        }
    }
}

void HeaderMapping::assign(const QStringList& header, const QList<ColumnSpec>& columns, qsizetype cell, int column,
                           QList<qsizetype>& cellOfColumn)
{
    if (cellOfColumn[column] >= 0) {
        m_errors.append(
            Error::invalid(columns[column].key, tr("The columns “%1” and “%2” both mean %3; keep only one of them.")
                                                    .arg(header[cellOfColumn[column]].trimmed(), header[cell].trimmed(),
                                                         columns[column].key)));
        return;
    }
    m_columnOfCell[cell] = column;
    cellOfColumn[column] = cell;
}

} // namespace mentordesk
