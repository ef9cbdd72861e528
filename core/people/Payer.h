// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QString>

namespace mentordesk {

/// Who pays: a parent, guardian, company or the learner. One payer can pay for several learners.
struct Payer
{
    RecordMeta meta;
    QString name;
    QString email;
    QString phone;
    QString address;
    QString invoiceLanguage = QStringLiteral("en"); ///< "en" or "zh_CN"
    QString taxId;
    QString notes;
    QDateTime archivedAt; ///< invalid while active

    [[nodiscard]] bool isArchived() const { return archivedAt.isValid(); }
};

/// What a user may set when creating or editing a payer.
struct PayerInput
{
    QString name;
    QString email;
    QString phone;
    QString address;
    QString invoiceLanguage = QStringLiteral("en");
    QString taxId;
    QString notes;
};

/// List filter: case-insensitive text search over name, e-mail and phone.
struct PayerFilter
{
    QString text;
    bool includeArchived = false;
    bool archivedOnly = false;
};

} // namespace mentordesk
