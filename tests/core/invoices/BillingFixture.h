// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "billing/plans/Plan.h"
#include "common/Clock.h"
#include "common/Id.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace mentordesk {
class Database;
}

namespace mentordesk::test {

/// Rows billing tests need, inserted with plain SQL (payers, mentors, learners, courses, enrollments,
/// lessons with attendees), plus shortcuts for plans and tax rates through the real services.
class BillingFixture final
{
public:
    BillingFixture(Database& db, const Clock& clock);

    Id payer(const QString& name, const QString& language = QStringLiteral("en"));
    Id mentor(const QString& name);
    Id learner(const QString& name, const Id& payerId);
    Id course(const QString& title, int contentMinutes);
    Id module(const Id& courseId, int position, int minutes, std::optional<qint64> priceMinor = std::nullopt);
    Id enrollment(const Id& learnerId, const Id& mentorId, const Id& courseId = {}, int efficiencyPermille = 800,
                  int targetMinutes = 1200);
    /// A lesson of one or more enrollments starting at 10:00 UTC on `day`.
    Id lesson(const QList<Id>& enrollments, const QDate& day, int plannedMinutes,
              const QString& status = QStringLiteral("held"), std::optional<int> actualMinutes = std::nullopt,
              const QDateTime& cancelledAt = {}, bool makeUp = false, bool billable = true);
    Id lesson(const Id& enrollmentId, const QDate& day, int plannedMinutes,
              const QString& status = QStringLiteral("held"))
    {
        return lesson(QList<Id>{enrollmentId}, day, plannedMinutes, status);
    }
    /// Adds a tax rate through the service and returns its id.
    Id taxRate(const QString& label, qint64 rateBp);
    /// Sets a plan through PlanService (fails the test on error) and returns its id.
    Id plan(const Id& enrollmentId, const QDate& from, Plan::Terms terms, const Id& taxRateId = {});
    /// Number of live rows of `table`.
    qint64 count(const QString& table);
    void exec(const QString& sql, const QVariantList& values = {});

private:
    Id insert(const QString& table, const QStringList& columns, const QVariantList& values);

    Database& m_db;
    const Clock& m_clock;
    QHash<Id, Id> m_mentorOf;  ///< enrollment → mentor
    QHash<Id, Id> m_learnerOf; ///< enrollment → learner
};

} // namespace mentordesk::test
