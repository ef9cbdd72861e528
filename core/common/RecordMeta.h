// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDateTime>

namespace mentordesk {

/// The sync columns every user-data row carries.
struct RecordMeta
{
    Id id;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QString updatedBy;   ///< device id of the last writer
    qint64 version = 0;  ///< increases by one on every change; used for optimistic concurrency
    QDateTime deletedAt; ///< tombstone; invalid while the row is live
};

} // namespace mentordesk
