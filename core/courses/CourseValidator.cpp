// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseValidator.h"

#include "common/Validation.h"

namespace mentordesk {

Result<CourseInput> CourseValidator::course(const CourseInput& input)
{
    CourseInput out;
    auto title = Validation::requiredText(input.title, {QStringLiteral("title"), tr("Title")});
    if (!title) {
        return fail(title.error());
    }
    out.title = *title;
    auto description = Validation::optionalText(input.description, {QStringLiteral("description"), tr("Description")});
    if (!description) {
        return fail(description.error());
    }
    out.description = *description;
    if (auto level = Validation::inRange(input.level, 1, 5, {QStringLiteral("level"), tr("Level")}); !level) {
        return fail(level.error());
    }
    out.level = input.level;
    if (input.contentMinutes < 0 || input.contentMinutes > kMaxMinutes) {
        return fail(Error::invalid(QStringLiteral("content_minutes"),
                                   tr("Content time must be more than 0 and at most 10,000 hours (got %1 minutes).")
                                       .arg(input.contentMinutes)));
    }
    out.contentMinutes = input.contentMinutes;
    if (auto q = Validation::inRange(input.quality, 1, 10, {QStringLiteral("quality"), tr("Quality")}); !q) {
        return fail(q.error());
    }
    out.quality = input.quality;
    auto u = Validation::inRange(input.practicality, 1, 10, {QStringLiteral("practicality"), tr("Practicality")});
    if (!u) {
        return fail(u.error());
    }
    out.practicality = input.practicality;
    return out;
}

Result<CourseModuleInput> CourseValidator::module(const CourseModuleInput& input, const QString& prefix)
{
    CourseModuleInput out;
    auto title = Validation::requiredText(input.title, {prefix + QStringLiteral("title"), tr("Module title")});
    if (!title) {
        return fail(title.error());
    }
    out.title = *title;
    if (input.minutes <= 0 || input.minutes > kMaxMinutes) {
        return fail(
            Error::invalid(prefix + QStringLiteral("minutes"),
                           tr("The module “%1” must last more than 0 minutes and at most 10,000 hours (got %2).")
                               .arg(out.title)
                               .arg(input.minutes)));
    }
    out.minutes = input.minutes;
    if (input.priceMinor && (*input.priceMinor < 0 || *input.priceMinor > kMaxPriceMinor)) {
        return fail(Error::invalid(prefix + QStringLiteral("price_minor"),
                                   *input.priceMinor < 0
                                       ? tr("The price of the module “%1” must not be negative.").arg(out.title)
                                       : tr("The price of the module “%1” is too large.").arg(out.title)));
    }
    out.priceMinor = input.priceMinor;
    return out;
}

Result<int> CourseValidator::contentMinutes(int contentMinutes, const QList<CourseModuleInput>& modules)
{
    if (contentMinutes > 0) {
        return contentMinutes;
    }
    qint64 sum = 0;
    for (const CourseModuleInput& m : modules) {
        sum += m.minutes;
    }
    if (sum <= 0) {
        return fail(Error::invalid(QStringLiteral("content_minutes"),
                                   tr("Content time must be more than 0 minutes, or the course needs modules whose "
                                      "minutes can be added up.")));
    }
    if (sum > kMaxMinutes) {
        return fail(Error::invalid(QStringLiteral("content_minutes"),
                                   tr("The modules add up to %1 minutes, more than the 10,000 hours a course may "
                                      "have.")
                                       .arg(sum)));
    }
    return static_cast<int>(sum);
}

} // namespace mentordesk
