// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QString>

namespace mentordesk {

/// The studio's own settings (one row per database).
struct StudioSettings
{
    RecordMeta meta;
    QString name;
    QString address;
    QString taxId;
    QString email;
    QString phone;
    QString currency = QStringLiteral("EUR"); ///< ISO 4217
    QString locale = QStringLiteral("en_US"); ///< QLocale name used for dates, numbers and money
    QString timeZone = QStringLiteral("UTC"); ///< IANA id, e.g. "Europe/Berlin"
    QString language = QStringLiteral("en");  ///< UI language: "en" or "zh_CN"
    int paymentTermsDays = 14;
    int weekStartsOn = 1; ///< 1 = Monday … 7 = Sunday
};

} // namespace mentordesk
