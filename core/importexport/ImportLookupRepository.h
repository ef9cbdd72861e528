// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace mentordesk {

class Database;

/// The kinds of records an import may refer to by name.
enum class NamedTable
{
    Payers,   ///< name; archived = archived_at set
    Mentors,  ///< name; archived = archived_at set
    Learners, ///< name; archived = status "archived"
    Courses,  ///< title; archived = archived_at set
    Topics,   ///< name; never archived
};

/// A record's id and the name users call it by.
struct NamedRecord
{
    Id id;
    QString name;
    bool archived = false;
};

/// Read-only SQL for imports: the id and name of every live record of a table, read once per import
/// run so each row resolves its references from memory (ReferenceIndex).
class ImportLookupRepository final
{
public:
    explicit ImportLookupRepository(Database& db);

    /// Every live (not tombstoned) record of `table`, archived ones included, in id order.
    [[nodiscard]] Result<QList<NamedRecord>> namedRecords(NamedTable table);

private:
    Database& m_db;
};

} // namespace mentordesk
