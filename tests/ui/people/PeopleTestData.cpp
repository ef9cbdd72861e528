// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleTestData.h"

#include "courses/TopicService.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "shell/StudioSession.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "studio/StudioService.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

QStringList addLearners(StudioSession& session, int count, const QString& prefix)
{
    QStringList ids;
    auto tx = Transaction::begin(session.db());
    EXPECT_TRUE(tx);
    auto payer = PayerService(session.db(), session.clock())
                     .create({prefix + QStringLiteral(" family"), {}, {}, {}, QStringLiteral("en"), {}, {}});
    EXPECT_TRUE(payer);
    const QString mentor = anyMentor(session);
    LearnerService learners(session.db(), session.clock());
    for (int i = 0; i < count; ++i) {
        LearnerInput in;
        in.name = QStringLiteral("%1 %2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
        if (i % 2 == 0) {
            in.payerId = payer ? payer->meta.id : QString();
            in.mentorId = mentor;
        }
        in.weeklyMinutes = 30 + i % 5 * 30;
        auto made = learners.create(in);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        if (made) {
            ids.append(made->meta.id);
        }
    }
    EXPECT_TRUE(tx && tx->commit());
    return ids;
}

QStringList addPayers(StudioSession& session, int count, const QString& prefix)
{
    QStringList ids;
    auto tx = Transaction::begin(session.db());
    EXPECT_TRUE(tx);
    PayerService payers(session.db(), session.clock());
    for (int i = 0; i < count; ++i) {
        auto made = payers.create({QStringLiteral("%1 %2").arg(prefix).arg(i, 3, 10, QLatin1Char('0')),
                                   {},
                                   {},
                                   {},
                                   QStringLiteral("en"),
                                   {},
                                   {}});
        EXPECT_TRUE(made);
        if (made) {
            ids.append(made->meta.id);
        }
    }
    EXPECT_TRUE(tx && tx->commit());
    return ids;
}

QString learnerWithStatus(StudioSession& session, const QString& status)
{
    LearnerFilter filter;
    filter.statuses = {*learnerStatusFromKey(status)};
    auto page = LearnerService(session.db(), session.clock()).list(filter, {0, 1});
    return page && !page->items.isEmpty() ? page->items.first().meta.id : QString();
}

QString anyPayer(StudioSession& session)
{
    auto page = PayerService(session.db(), session.clock()).list({}, {0, 1});
    return page && !page->items.isEmpty() ? page->items.first().meta.id : QString();
}

QString anyMentor(StudioSession& session)
{
    auto page = MentorService(session.db(), session.clock()).list({}, {0, 1});
    return page && !page->items.isEmpty() ? page->items.first().meta.id : QString();
}

QString anyTopic(StudioSession& session)
{
    auto page = TopicService(session.db(), session.clock()).list({}, {0, 1});
    return page && !page->items.isEmpty() ? page->items.first().meta.id : QString();
}

std::unique_ptr<StudioSession> openEmptyStudio(const QString& path, const Clock& clock)
{
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db);
        if (!db) {
            return {};
        }
        StudioSettings settings;
        settings.name = QStringLiteral("Empty studio");
        auto made = StudioService(**db, clock).initialize(settings);
        EXPECT_TRUE(made) << made.error().message.toStdString();
    }
    auto session = StudioSession::open(path, clock);
    EXPECT_TRUE(session);
    return session ? std::move(*session) : nullptr;
}

int learnerCount(StudioSession& session)
{
    LearnerFilter all;
    all.statuses = {LearnerStatus::Active, LearnerStatus::Paused, LearnerStatus::Archived};
    auto page = LearnerService(session.db(), session.clock()).list(all, {0, 1});
    return page ? static_cast<int>(page->total) : -1;
}

int payerCount(StudioSession& session)
{
    PayerFilter all;
    all.includeArchived = true;
    auto page = PayerService(session.db(), session.clock()).list(all, {0, 1});
    return page ? static_cast<int>(page->total) : -1;
}

int mentorCount(StudioSession& session)
{
    MentorFilter all;
    all.includeArchived = true;
    auto page = MentorService(session.db(), session.clock()).list(all, {0, 1});
    return page ? static_cast<int>(page->total) : -1;
}

} // namespace mentordesk::test
