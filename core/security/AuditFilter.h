// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace mentordesk {

/// Which audit entries to list; empty fields don't filter.
struct AuditFilter
{
    QString actor;        ///< Exact username.
    QString actionPrefix; ///< "invoice." matches "invoice.issue" and "invoice.credit".
    QString entity;
    QString entityId;
    QDateTime fromUtc; ///< Inclusive.
    QDateTime toUtc;   ///< Exclusive.
    int limit = 200;
    int offset = 0;
};

} // namespace mentordesk
