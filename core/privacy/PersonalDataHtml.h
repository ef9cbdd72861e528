// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/PersonalDataExport.h"

#include <QCoreApplication>

namespace mentordesk {

/// Renders an export's JSON as a plain, printable HTML page (one section per table).
class PersonalDataHtml final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataHtml)

public:
    /// `titles`: table → translated heading (from PersonalDataRegistry).
    [[nodiscard]] static QString render(const PersonalDataExport& data, const QHash<QString, QString>& titles);
};

} // namespace mentordesk
