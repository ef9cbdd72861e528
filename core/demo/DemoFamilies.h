// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "demo/DemoContext.h"

#include <QSet>

namespace mentordesk {

/// Creates the demo's payers (families) and learners, English and Chinese names mixed: children
/// paid for by a parent, adults paying for themselves.
class DemoFamilies final
{
public:
    struct LearnerSeed
    {
        Id id;
        Id payerId;
        QString name;
        bool minor = false;
        int level = 1;
        int weeklyMinutes = 60;
        QString area;        ///< the area of the learner's goals
        int ratingBias = 0;  ///< tenths of a star this learner rates above or below average
        int reliability = 0; ///< extra cancellation percentage (0 for most learners)
    };

    explicit DemoFamilies(DemoContext& ctx);

    /// Draws the next learner (and, when a new family starts, its payer). Nothing is written yet.
    [[nodiscard]] LearnerSeed next();
    /// Writes the payer (first time it is seen) and the learner with `mentorId`, `status` and goals.
    [[nodiscard]] Result<void> write(const LearnerSeed& seed, const Id& mentorId, const QString& status,
                                     const QList<Id>& goalTopics);

private:
    struct Family
    {
        Id payerId;
        QString familyName;
        bool chinese = false;
        int childrenLeft = 0;
        QString payerName;
        QString email;
    };
    [[nodiscard]] QString givenName(bool chinese);

    DemoContext& m_ctx;
    Family m_family;
    QHash<Id, Family> m_pending;
    QSet<Id> m_writtenPayers;
    int m_count = 0;
};

} // namespace mentordesk
