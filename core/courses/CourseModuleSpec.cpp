// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseModuleSpec.h"

#include "money/Minutes.h"
#include "money/Money.h"

namespace mentordesk {

Result<CourseModuleInput> CourseModuleSpec::parse(const QString& spec, const Currency& currency,
                                                  const QString& keyPrefix)
{
    QStringList parts = spec.split(u':');
    if (parts.size() < 2) {
        return fail(Error::invalid(keyPrefix + QStringLiteral("minutes"),
                                   tr("Write a module as TITLE:MINUTES or TITLE:MINUTES:PRICE (got “%1”).").arg(spec)));
    }
    CourseModuleInput m;
    if (parts.size() >= 3 && Minutes::parse(parts[parts.size() - 2])) {
        auto price = Money::parse(parts.takeLast().trimmed(), currency, keyPrefix + QStringLiteral("price_minor"));
        if (!price) {
            return fail(price.error());
        }
        m.priceMinor = price->minorUnits();
    }
    auto minutes = Minutes::parse(parts.takeLast(), keyPrefix + QStringLiteral("minutes"));
    if (!minutes) {
        return fail(minutes.error());
    }
    m.minutes = *minutes;
    m.title = parts.join(u':').trimmed();
    return m;
}

} // namespace mentordesk
