// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RecordMeta.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mentordesk {

/// Where a learner stands with the studio.
enum class LearnerStatus
{
    Active,   ///< takes lessons; stored "active"
    Paused,   ///< on a break, expected back; stored "paused"
    Archived, ///< left; kept for history, hidden from default lists; stored "archived"
};

/// The stored (and CLI/JSON) name of a status: "active", "paused" or "archived".
[[nodiscard]] inline QString learnerStatusKey(LearnerStatus status)
{
    switch (status) {
    case LearnerStatus::Paused:
        return QStringLiteral("paused");
    case LearnerStatus::Archived:
        return QStringLiteral("archived");
    case LearnerStatus::Active:
        break;
    }
    return QStringLiteral("active");
}

/// The status stored as `key`, or nullopt.
[[nodiscard]] inline std::optional<LearnerStatus> learnerStatusFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"active") {
        return LearnerStatus::Active;
    }
    if (k == u"paused") {
        return LearnerStatus::Paused;
    }
    if (k == u"archived") {
        return LearnerStatus::Archived;
    }
    return std::nullopt;
}

/// A person who learns with the studio.
struct Learner
{
    RecordMeta meta;
    Id mentorId; ///< primary mentor; empty when none
    Id payerId;  ///< who pays; empty when none
    QString name;
    QString email;
    QString phone;
    std::optional<int> birthYear; ///< 1900 … current year; nullopt when unknown
    int level = 1;                ///< skill S, 1 (beginner) … 5 (advanced)
    int weeklyMinutes = 60;       ///< weekly available time T, 0 … 10080 minutes
    LearnerStatus status = LearnerStatus::Active;
    QString notes;
    QStringList tags; ///< trimmed, unique (case-insensitive), no commas
    bool consentContact = false;
    bool consentPhotos = false;

    /// True when the learner turns (or turned) less than 18 in `currentYear` (age = currentYear − birthYear).
    /// False when the birth year is unknown.
    [[nodiscard]] bool isMinor(int currentYear) const { return birthYear && currentYear - *birthYear < 18; }
};

/// What a user may set when creating or editing a learner (the status changes through
/// pause/resume/archive/restore). Every member has a default, so designated initialisers may name only
/// what they set.
struct LearnerInput
{
    Id mentorId{};
    Id payerId{};
    QString name{};
    QString email{};
    QString phone{};
    std::optional<int> birthYear{};
    int level = 1;
    int weeklyMinutes = 60;
    QString notes{};
    QStringList tags{};
    bool consentContact = false;
    bool consentPhotos = false;
};

/// List filter. `text` searches name, e-mail, phone and tags (case-insensitive for ASCII).
/// An empty `statuses` means active and paused learners.
struct LearnerFilter
{
    QString text;
    QList<LearnerStatus> statuses;
    Id mentorId; ///< empty = any
    Id payerId;  ///< empty = any
    Id taughtBy; ///< only learners this mentor teaches (main mentor or a live enrollment); empty = any
};

/// A topic a learner wants to learn.
struct LearnerGoal
{
    Id topicId;
    QString topicName;
};

} // namespace mentordesk
