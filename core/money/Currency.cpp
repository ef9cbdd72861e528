// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/Currency.h"

#include <QSet>

namespace mentordesk {

Currency::Currency(QString code, int minorDigits)
    : m_code(std::move(code))
    , m_minorDigits(minorDigits)
{}

qint64 Currency::minorPerMajor() const
{
    qint64 f = 1;
    for (int i = 0; i < m_minorDigits; ++i) {
        f *= 10;
    }
    return f;
}

Result<Currency> Currency::fromCode(const QString& code, const QString& field)
{
    // Why: a short explicit table keeps core free of ICU; it lists every ISO 4217 code in
    // circulation whose minor unit is not 2. Unknown codes are refused rather than guessed.
    static const QSet<QString> zero = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                       QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                       QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                       QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                       QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                       QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QSet<QString> three = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                        QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                        QStringLiteral("TND")};
    static const QSet<QString> two = {
        QStringLiteral("AED"), QStringLiteral("ARS"), QStringLiteral("AUD"), QStringLiteral("BGN"),
        QStringLiteral("BRL"), QStringLiteral("CAD"), QStringLiteral("CHF"), QStringLiteral("CNY"),
        QStringLiteral("COP"), QStringLiteral("CZK"), QStringLiteral("DKK"), QStringLiteral("EGP"),
        QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("HKD"), QStringLiteral("HUF"),
        QStringLiteral("IDR"), QStringLiteral("ILS"), QStringLiteral("INR"), QStringLiteral("KES"),
        QStringLiteral("MAD"), QStringLiteral("MXN"), QStringLiteral("MYR"), QStringLiteral("NGN"),
        QStringLiteral("NOK"), QStringLiteral("NZD"), QStringLiteral("PEN"), QStringLiteral("PHP"),
        QStringLiteral("PKR"), QStringLiteral("PLN"), QStringLiteral("QAR"), QStringLiteral("RON"),
        QStringLiteral("RSD"), QStringLiteral("RUB"), QStringLiteral("SAR"), QStringLiteral("SEK"),
        QStringLiteral("SGD"), QStringLiteral("THB"), QStringLiteral("TRY"), QStringLiteral("TWD"),
        QStringLiteral("UAH"), QStringLiteral("USD"), QStringLiteral("ZAR")};

    const QString upper = code.trimmed().toUpper();
    if (zero.contains(upper)) {
        return Currency(upper, 0);
    }
    if (three.contains(upper)) {
        return Currency(upper, 3);
    }
    if (two.contains(upper)) {
        return Currency(upper, 2);
    }
    return fail(Error::invalid(
        field, tr("“%1” is not a supported ISO 4217 currency code (for example EUR, USD, CNY, JPY).").arg(code)));
}

} // namespace mentordesk
