// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "courses/Enrollment.h"
#include "security/Action.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace mentordesk {

class StudioSession;

/// One entry of a feedback dialog's choice list.
struct FeedbackChoice
{
    Id id;
    QString label;
};

/// What the feedback dialogs and the Feedback list need to know about one learner, read once: their
/// enrollments, courses, mentors, recent held lessons, and the names of mentors, courses and topics.
/// Reads through the core services, so a signed-in account sees only what its role allows.
class FeedbackLookup final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackLookup)

public:
    /// How many recent held lessons are offered for rating, and how far back they are looked for.
    static constexpr int kRecentLessons = 30;
    static constexpr int kRecentDays = 180;

    FeedbackLookup(StudioSession& session, const Id& learnerId);

    [[nodiscard]] const Id& learnerId() const { return m_learnerId; }
    [[nodiscard]] const QString& learnerName() const { return m_learnerName; }
    /// The learner's enrollments, newest start first.
    [[nodiscard]] const QList<Enrollment>& enrollments() const { return m_enrollments; }
    /// The courses of the learner's enrollments (each once).
    [[nodiscard]] QList<FeedbackChoice> courses() const;
    /// The learner's main mentor and the mentors of their enrollments (each once).
    [[nodiscard]] QList<FeedbackChoice> mentors() const;
    /// Held lessons the learner attended in the last kRecentDays days, newest first ("date · course · mentor");
    /// read on first use.
    [[nodiscard]] const QList<FeedbackChoice>& lessons() const;
    /// The topics to assess in `enrollmentId`: its course's topics; every topic for free-form mentoring or
    /// no enrollment.
    [[nodiscard]] QList<FeedbackChoice> topicsOf(const Id& enrollmentId) const;
    /// The active mentors who teach (assessors).
    [[nodiscard]] const QList<FeedbackChoice>& teachers() const { return m_teachers; }

    [[nodiscard]] QString mentorName(const Id& id) const { return m_mentorNames.value(id, id); }
    [[nodiscard]] QString courseTitle(const Id& id) const { return m_courseTitles.value(id, id); }
    [[nodiscard]] QString topicName(const Id& id) const { return m_topicNames.value(id, id); }
    /// "date · course · mentor" of a lesson (read on demand when not a recent one).
    [[nodiscard]] QString lessonLabel(const Id& id) const;

    /// Whether the signed-in account's role may do `action` at all (on its own records at least).
    [[nodiscard]] static bool mayDo(const StudioSession& session, Action action);
    /// Today in the studio time zone.
    [[nodiscard]] static QDate today(const StudioSession& session);
    /// The instant to store for a feedback dated `date`: invalid (= now) for today, else local noon in UTC.
    [[nodiscard]] static Result<QDateTime> instantOf(StudioSession& session, const QDate& date,
                                                     const QString& fieldKey);

private:
    void readNames();
    void readLessons() const;

    StudioSession& m_session;
    Id m_learnerId;
    QString m_learnerName;
    Id m_mainMentor;
    QList<Enrollment> m_enrollments;
    mutable std::optional<QList<FeedbackChoice>> m_lessons;
    QList<FeedbackChoice> m_teachers;
    QList<FeedbackChoice> m_allTopics;
    QHash<Id, QString> m_mentorNames;
    QHash<Id, QString> m_courseTitles;
    QHash<Id, QString> m_topicNames;
    QHash<Id, QList<Id>> m_courseTopics;
};

} // namespace mentordesk
