// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/RatingTarget.h"

#include <QCoreApplication>

namespace mentordesk {

QString ratingTargetToString(RatingTarget target)
{
    switch (target) {
    case RatingTarget::Lesson:
        return QStringLiteral("lesson");
    case RatingTarget::Mentor:
        return QStringLiteral("mentor");
    case RatingTarget::Course:
        return QStringLiteral("course");
    }
    return QStringLiteral("lesson");
}

std::optional<RatingTarget> ratingTargetFromString(const QString& text)
{
    const QString key = text.trimmed().toLower();
    for (RatingTarget t : {RatingTarget::Lesson, RatingTarget::Mentor, RatingTarget::Course}) {
        if (key == ratingTargetToString(t)) {
            return t;
        }
    }
    return std::nullopt;
}

QString ratingTargetDisplayName(RatingTarget target)
{
    switch (target) {
    case RatingTarget::Lesson:
        return QCoreApplication::translate("RatingTarget", "Lesson");
    case RatingTarget::Mentor:
        return QCoreApplication::translate("RatingTarget", "Mentor");
    case RatingTarget::Course:
        return QCoreApplication::translate("RatingTarget", "Course");
    }
    return {};
}

} // namespace mentordesk
