// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// How the studio's prices relate to tax.
enum class TaxMode
{
    Exclusive, ///< prices are net; tax is added on top
    Inclusive, ///< prices already include tax; tax is extracted from them
};

/// One of the studio's tax rates ("VAT 19 %").
struct TaxRate
{
    Q_DECLARE_TR_FUNCTIONS(TaxRate)

public:
    QString id;
    QString label;
    qint64 rateBp = 0; ///< 0…10000 (0 % … 100 %)

    /// Field keys: "id", "label", "rate".
    [[nodiscard]] Result<void> validate() const;

    [[nodiscard]] static QString modeKey(TaxMode mode);
    [[nodiscard]] static Result<TaxMode> parseMode(const QString& text, const QString& field);
};

} // namespace mentordesk
