// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Page.h"
#include "common/Result.h"
#include "people/AvailabilitySlot.h"
#include "people/Expertise.h"
#include "people/Mentor.h"

#include <QCoreApplication>
#include <QList>

namespace mentordesk {

class Clock;
class Database;

/// Use cases for mentors, their expertise and their weekly availability. Each call validates its
/// input and runs in one transaction; on failure nothing is written.
class MentorService final
{
    Q_DECLARE_TR_FUNCTIONS(MentorService)

public:
    MentorService(Database& db, const Clock& clock);

    /// Validates `input` and stores a new mentor.
    [[nodiscard]] Result<Mentor> create(const MentorInput& input);
    /// Replaces the editable fields. `expectedVersion` is the version the user edited (0 = don't check);
    /// Conflict when the row changed since.
    [[nodiscard]] Result<Mentor> edit(const Id& id, const MentorInput& input, qint64 expectedVersion = 0);
    /// Hides the mentor from lists (Refused when already archived).
    [[nodiscard]] Result<Mentor> archive(const Id& id);
    /// Undoes archive() (Refused when not archived).
    [[nodiscard]] Result<Mentor> restore(const Id& id);
    /// The mentor, or NotFound.
    [[nodiscard]] Result<Mentor> get(const Id& id);
    [[nodiscard]] Result<Page<Mentor>> list(const MentorFilter& filter, PageRequest page = {});

    /// Sets the mentor's level (1–5) for a topic, adding the expertise or changing its level.
    /// Invalid "level" / "topic_id" for a bad level or an unknown topic; NotFound for an unknown mentor.
    [[nodiscard]] Result<Expertise> setExpertise(const Id& mentorId, const Id& topicId, int level);
    /// Removes (tombstones) the mentor's expertise for a topic; NotFound when there is none.
    [[nodiscard]] Result<void> removeExpertise(const Id& mentorId, const Id& topicId);
    /// The mentor's expertise ordered by topic name, with topic names.
    [[nodiscard]] Result<QList<Expertise>> expertise(const Id& mentorId);

    /// Replaces the mentor's whole weekly availability (an empty list clears it). Refuses slots out of
    /// range and overlapping slots on one weekday (Invalid "availability"). Returns the sorted slots.
    [[nodiscard]] Result<QList<AvailabilitySlot>> setAvailability(const Id& mentorId,
                                                                  const QList<AvailabilitySlot>& weekSlots);
    /// The mentor's weekly slots sorted by weekday and start.
    [[nodiscard]] Result<QList<AvailabilitySlot>> availability(const Id& mentorId);
    /// Total minutes of the mentor's weekly slots.
    [[nodiscard]] Result<int> weeklyAvailableMinutes(const Id& mentorId);

    /// Checks and normalises input without storing anything (used by import previews).
    [[nodiscard]] static Result<MentorInput> validate(const MentorInput& input);

private:
    [[nodiscard]] Result<Mentor> setArchived(const Id& id, bool archived);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace mentordesk
