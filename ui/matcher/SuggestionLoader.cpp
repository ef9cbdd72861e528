// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher/SuggestionLoader.h"

#include "common/Clock.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mentordesk {

SuggestionLoader::SuggestionLoader(StudioSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SuggestionLoader::finished);
}

SuggestionLoader::~SuggestionLoader()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

quint64 SuggestionLoader::request(const SuggestionRequest& request)
{
    const quint64 ticket = ++m_latest;
    if (m_running) {
        m_waiting = std::make_pair(request, ticket);
    } else {
        start(request, ticket);
    }
    return ticket;
}

void SuggestionLoader::start(const SuggestionRequest& request, quint64 ticket)
{
    m_running = true;
    const QString path = m_session.path();
    const QDateTime now = m_session.clock().nowUtc();
    m_watcher.setFuture(QtConcurrent::run([path, now, request, ticket]() {
        // A connection belongs to the thread that opened it: the worker opens its own.
        Database::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        options.backupBeforeUpgrade = false;
        const FixedClock clock(now);
        auto db = Database::open(path, options);
        if (!db) {
            SuggestionAnswer failed;
            failed.request = request;
            failed.ticket = ticket;
            failed.courses = Result<CourseRecommendations>(fail(db.error()));
            return failed;
        }
        SuggestionAnswer answer = compute(**db, clock, request);
        answer.ticket = ticket;
        return answer;
    }));
}

void SuggestionLoader::finished()
{
    m_running = false;
    const SuggestionAnswer answer = m_watcher.result();
    if (m_waiting) {
        const auto [next, ticket] = *m_waiting;
        m_waiting.reset();
        start(next, ticket);
    }
    if (answer.ticket == m_latest) {
        emit answered(answer);
    }
}

SuggestionAnswer SuggestionLoader::compute(Database& db, const Clock& clock, const SuggestionRequest& request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    SuggestionAnswer answer;
    answer.request = request;
    RecommenderSettings settings;
    settings.trainWhenStale = false; // Why: training runs in ModelRetrainer, not here
    RecommenderService service(db, clock, settings);
    const bool learner = !request.learnerId.isEmpty();
    if (!request.pathOnly) {
        answer.courses = learner ? service.recommendCourses(request.learnerId, request.courseCount, true)
                                 : service.recommendCourses(request.enquiry, request.courseCount, true);
        // Why: without goals there is nothing to show but the empty state.
        if (*answer.courses && !answer.courses->value().learner.goals.isEmpty()) {
            answer.mentors = learner ? service.recommendMentors(request.learnerId, 100)
                                     : service.recommendMentors(request.enquiry, 100);
        }
    }
    if (learner && request.withPath &&
        (request.pathOnly || (answer.courses && *answer.courses && !answer.courses->value().learner.goals.isEmpty()))) {
        answer.path = service.planPath(request.learnerId, request.weeks);
    }
    answer.elapsedMs = elapsed.elapsed();
    return answer;
}

} // namespace mentordesk
