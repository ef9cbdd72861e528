// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Result.h"
#include "privacy/PersonKind.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace mentordesk {

class Database;

/// Who a person is, as far as erasure needs to know: the strings to look for elsewhere.
struct PersonFacts
{
    Id id;
    QString name;
    QString email;
    QString phone;
};

/// All SQL of personal-data export and erasure. Table and column names come from
/// PersonalDataRegistry (never from user input); every `?` in a condition is bound to the person's id.
class PersonalDataRepository final
{
public:
    explicit PersonalDataRepository(Database& db);

    /// The person's own row (tombstoned too); nullopt when there is none.
    [[nodiscard]] Result<std::optional<PersonFacts>> person(PersonKind kind, const Id& id);
    /// The table's column names in schema order.
    [[nodiscard]] Result<QStringList> columns(const QString& table);
    /// Rows of `table` matching `condition`, as JSON objects of `columns`.
    [[nodiscard]] Result<QJsonArray> rows(const QString& table, const QString& condition, const QStringList& columns,
                                          const Id& personId);
    /// Sets `values` (column → value) on the matching rows and bumps their version; returns the row count.
    [[nodiscard]] Result<int> assign(const QString& table, const QString& condition,
                                     const QList<std::pair<QString, QVariant>>& values, const Id& personId,
                                     const QDateTime& now);
    /// Rewrites the text `columns` of the matching rows through `rewrite`, updating (and versioning) only the
    /// rows that changed; returns how many changed.
    [[nodiscard]] Result<int> rewrite(const QString& table, const QString& condition, const QStringList& columns,
                                      const Id& personId, const std::function<QString(const QString&)>& rewrite,
                                      const QDateTime& now);
    /// Scheduled, live lessons of the learner that start after `now`.
    [[nodiscard]] Result<qint64> upcomingLessons(const Id& learnerId, const QDateTime& now);
    /// Live learners that are not archived and name `payerId` as their payer.
    [[nodiscard]] Result<qint64> activeLearnersPaidBy(const Id& payerId);

private:
    Database& m_db;
};

} // namespace mentordesk
