// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace mentordesk {

/// An ISO 4217 currency: three upper-case letters and the number of minor-unit digits (0, 2 or 3).
class Currency final
{
    Q_DECLARE_TR_FUNCTIONS(Currency)

public:
    /// Looks up `code` (case-insensitive). Fails with a message naming `field` for unknown codes.
    [[nodiscard]] static Result<Currency> fromCode(const QString& code,
                                                   const QString& field = QStringLiteral("currency"));

    [[nodiscard]] const QString& code() const { return m_code; }
    /// Digits after the decimal point: 0 (JPY), 2 (EUR) or 3 (KWD).
    [[nodiscard]] int minorDigits() const { return m_minorDigits; }
    /// 10^minorDigits.
    [[nodiscard]] qint64 minorPerMajor() const;

    friend bool operator==(const Currency& a, const Currency& b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int minorDigits);
    QString m_code;
    int m_minorDigits = 2;
};

} // namespace mentordesk
