// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migration.h"

namespace mentordesk {

Migration schemaV1();
Migration schemaV2();
Migration schemaV3();
Migration schemaV4();
Migration schemaV5();

const QList<Migration>& schemaMigrations()
{
    // Append new steps at the end; never edit or remove one that has been released.
    static const QList<Migration> steps = {schemaV1(), schemaV2(), schemaV3(), schemaV4(), schemaV5()};
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

} // namespace mentordesk
