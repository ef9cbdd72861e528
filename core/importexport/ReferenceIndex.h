// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importexport/ImportLookupRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace mentordesk {

/// Resolves what a CSV cell says about a referenced record — its id or its name — to an id. The
/// table's ids and names are read once, on first use, and kept for the import run, so resolving a
/// row costs a hash lookup, never a query. Create one per import run (records added later by other
/// code are not seen).
class ReferenceIndex final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceIndex)

public:
    ReferenceIndex(Database& db, NamedTable table);

    /// Empty text → an empty Id. Otherwise the live record whose id is `text` (any letter case) or,
    /// failing that, whose name equals `text` ignoring letter case and repeated spaces. When several
    /// records share the name, the one that is not archived is taken if it is the only one. Invalid
    /// error naming `fieldKey` when no record matches, or when several do (the message lists their
    /// ids and asks for one). Storage when the table cannot be read.
    [[nodiscard]] Result<Id> resolve(const QString& text, const QString& fieldKey);
    /// Reads the table unless it was read already (resolve() does this itself).
    [[nodiscard]] Result<void> load();
    /// The name of a record once the table was read; empty when unknown.
    [[nodiscard]] QString nameOf(const Id& id) const;

    /// The form names are compared in.
    [[nodiscard]] static QString nameKey(const QString& name);

private:
    [[nodiscard]] QString unknownMessage(const QString& text) const;
    [[nodiscard]] QString ambiguousMessage(const QString& text, const QList<qsizetype>& matches) const;

    Database& m_db;
    NamedTable m_table;
    bool m_loaded = false;
    QList<NamedRecord> m_records;
    QHash<Id, qsizetype> m_byId;
    QHash<QString, QList<qsizetype>> m_byName;
};

} // namespace mentordesk
