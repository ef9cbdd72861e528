// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/Enrollment.h"

namespace mentordesk {

QString enrollmentStatusName(EnrollmentStatus status)
{
    switch (status) {
    case EnrollmentStatus::Active:
        return QStringLiteral("active");
    case EnrollmentStatus::Paused:
        return QStringLiteral("paused");
    case EnrollmentStatus::Completed:
        return QStringLiteral("completed");
    case EnrollmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("active");
}

std::optional<EnrollmentStatus> enrollmentStatusFromName(const QString& name)
{
    for (const EnrollmentStatus s : {EnrollmentStatus::Active, EnrollmentStatus::Paused, EnrollmentStatus::Completed,
                                     EnrollmentStatus::Cancelled}) {
        if (name.trimmed().compare(enrollmentStatusName(s), Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace mentordesk
