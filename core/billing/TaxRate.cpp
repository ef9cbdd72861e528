// SPDX-License-Identifier: GPL-3.0-or-later
#include "billing/TaxRate.h"

namespace mentordesk {

Result<void> TaxRate::validate() const
{
    if (id.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("id"), tr("A tax rate needs an id.")));
    }
    if (label.trimmed().isEmpty()) {
        return fail(Error::invalid(QStringLiteral("label"), tr("A tax rate needs a name (for example VAT 19 %).")));
    }
    if (rateBp < 0 || rateBp > 10000) {
        return fail(Error::invalid(QStringLiteral("rate"), tr("A tax rate must be between 0 % and 100 %.")));
    }
    return {};
}

QString TaxRate::modeKey(TaxMode mode)
{
    return mode == TaxMode::Inclusive ? QStringLiteral("inclusive") : QStringLiteral("exclusive");
}

Result<TaxMode> TaxRate::parseMode(const QString& text, const QString& field)
{
    const QString t = text.trimmed().toLower();
    if (t == modeKey(TaxMode::Exclusive)) {
        return TaxMode::Exclusive;
    }
    if (t == modeKey(TaxMode::Inclusive)) {
        return TaxMode::Inclusive;
    }
    return fail(Error::invalid(field, tr("“%1” is not a tax mode; use exclusive or inclusive.").arg(text)));
}

} // namespace mentordesk
