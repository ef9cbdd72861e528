// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/EntityImporter.h"
#include "importexport/TextDecoder.h"

#include <QByteArray>
#include <QChar>
#include <QStringList>

namespace mentordesk {

/// What the import wizard has gathered so far; its pages fill it in order.
struct ImportPlan
{
    QString entity;                             ///< "payers", "learners"… (ImporterRegistry)
    QList<ColumnSpec> columns;                  ///< the importer's columns
    QString path;                               ///< the chosen file
    QByteArray bytes;                           ///< its content, read once
    TextEncoding encoding = TextEncoding::Auto; ///< chosen (Auto = detect)
    QChar delimiter;                            ///< chosen (null = detect)
    QString detectedEncoding;                   ///< as decoded with `encoding`
    QChar detectedDelimiter;                    ///< what detection found (or the chosen one)
    QStringList header;                         ///< the first record of the file
    QStringList firstRow;                       ///< the second record (samples for the mapping)
    QStringList mapping;                        ///< per header cell: the column key, or "" to skip it
    bool skipBadRows = false;
};

} // namespace mentordesk
