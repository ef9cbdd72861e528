// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QString>
#include <optional>

namespace mentordesk {

/// What a person does in the studio.
enum class MentorRole
{
    Owner,     ///< runs the studio; stored "owner"
    Mentor,    ///< teaches; stored "mentor"
    FrontDesk, ///< schedules and bills but does not teach; stored "front_desk"
};

/// The stored (and CLI/JSON) name of a role: "owner", "mentor" or "front_desk".
[[nodiscard]] inline QString mentorRoleKey(MentorRole role)
{
    switch (role) {
    case MentorRole::Owner:
        return QStringLiteral("owner");
    case MentorRole::FrontDesk:
        return QStringLiteral("front_desk");
    case MentorRole::Mentor:
        break;
    }
    return QStringLiteral("mentor");
}

/// The role stored as `key` ("owner", "mentor", "front_desk"; "front-desk" is accepted too), or nullopt.
[[nodiscard]] inline std::optional<MentorRole> mentorRoleFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"owner") {
        return MentorRole::Owner;
    }
    if (k == u"mentor") {
        return MentorRole::Mentor;
    }
    if (k == u"front_desk" || k == u"front-desk") {
        return MentorRole::FrontDesk;
    }
    return std::nullopt;
}

/// A person who teaches (or runs the desk). Rates are in the studio currency.
struct Mentor
{
    RecordMeta meta;
    QString name;
    QString email;
    QString phone;
    MentorRole role = MentorRole::Mentor;
    int yearsTeaching = 0;       ///< 0–80
    qint64 defaultRateMinor = 0; ///< hourly rate in minor units of the studio currency, >= 0
    QString bio;
    QString color;        ///< "#rrggbb" (lower case) or empty
    QDateTime archivedAt; ///< invalid while active

    [[nodiscard]] bool isArchived() const { return archivedAt.isValid(); }
};

/// What a user may set when creating or editing a mentor. Every member has a default, so designated
/// initialisers may name only what they set.
struct MentorInput
{
    QString name{};
    QString email{};
    QString phone{};
    MentorRole role = MentorRole::Mentor;
    int yearsTeaching = 0;
    qint64 defaultRateMinor = 0;
    QString bio{};
    QString color{};
};

/// List filter: case-insensitive text search over name, e-mail and phone; optionally one role.
struct MentorFilter
{
    QString text;
    bool includeArchived = false;
    bool archivedOnly = false;
    std::optional<MentorRole> role;
};

} // namespace mentordesk
