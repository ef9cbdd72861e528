// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "matcher/RecommenderService.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace mentordesk {

class Clock;
class Database;
class StudioSession;

/// What to compute: suggestions for a learner or for an enquiry.
struct SuggestionRequest
{
    Id learnerId;          ///< empty: the enquiry
    Enquiry enquiry;       ///< used when learnerId is empty
    int weeks = 26;        ///< of the learning path (learners only)
    int courseCount = 10;  ///< 1–100
    bool pathOnly = false; ///< only the learning path (after a change of weeks)
    bool withPath = true;  ///< learners: plan a path too
};

/// The answers; a part that was not asked for stays unset.
struct SuggestionAnswer
{
    quint64 ticket = 0;
    SuggestionRequest request;
    std::optional<Result<CourseRecommendations>> courses;
    std::optional<Result<MentorRecommendations>> mentors;
    std::optional<Result<LearningPath>> path;
    qint64 elapsedMs = 0;
};

/// Computes suggestions on a worker thread with its own connection to the studio file (a
/// connection stays on its thread): at the design scale (2,000 learners, ten years of lessons) one
/// answer takes a few hundred milliseconds of reading. One request runs at a time; a request made
/// meanwhile replaces any waiting one, and only the answer to the latest request is delivered.
class SuggestionLoader final : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionLoader(StudioSession& session, QObject* parent = nullptr);
    ~SuggestionLoader() override;

    /// Starts (or queues) `request`; returns its ticket.
    quint64 request(const SuggestionRequest& request);
    [[nodiscard]] bool isBusy() const { return m_running; }
    /// The worker's body: answers `request` on `db` (RecommenderService, stored model only).
    [[nodiscard]] static SuggestionAnswer compute(Database& db, const Clock& clock, const SuggestionRequest& request);

signals:
    /// The answer to the latest request (on the GUI thread).
    void answered(const mentordesk::SuggestionAnswer& answer);

private:
    void start(const SuggestionRequest& request, quint64 ticket);
    void finished();

    StudioSession& m_session;
    QFutureWatcher<SuggestionAnswer> m_watcher;
    bool m_running = false;
    quint64 m_latest = 0;
    std::optional<std::pair<SuggestionRequest, quint64>> m_waiting;
};

} // namespace mentordesk
