// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "TestStudio.h"
#include "importexport/StudioExporter.h"
#include "security/AuditLog.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    auto s = db.prepare(sql);
    EXPECT_TRUE(s) << sql.toStdString();
    EXPECT_TRUE(s && s->exec()) << sql.toStdString();
    return s && s->next() ? s->integer(0) : -1;
}

DemoOptions smallOptions()
{
    DemoOptions o;
    o.today = QDate(2026, 11, 20);
    return o;
}

class DemoGeneratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::openInMemory();
        ASSERT_TRUE(db);
        m_db = std::move(*db);
        auto summary = DemoGenerator(*m_db, m_clock, smallOptions()).run();
        ASSERT_TRUE(summary) << summary.error().message.toStdString();
        m_summary = *summary;
    }

    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    DemoSummary m_summary;
};

} // namespace

TEST_F(DemoGeneratorTest, ProducesABelievableSmallStudio)
{
    EXPECT_EQ(m_summary.mentors, 3);
    EXPECT_EQ(m_summary.learners, 40);
    EXPECT_EQ(m_summary.courses, 25);
    EXPECT_GT(m_summary.lessons, 800);
    EXPECT_GT(m_summary.ratings, 40);
    EXPECT_GT(m_summary.assessments, 50);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM learners")), 40);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM lessons")), m_summary.lessons);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM learners WHERE payer_id IS NULL")), 0);
    EXPECT_GT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM topic_prerequisites")), 30);
    EXPECT_GT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM course_modules")), 60);
    // Both name pools are used: some names contain Han characters, some are Latin.
    EXPECT_GT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM learners WHERE unicode(name) > 0x3000")), 3);
    EXPECT_GT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM learners WHERE unicode(name) < 0x80")), 3);
    // Attendance is realistic: mostly held, some of every cancellation kind, upcoming lessons scheduled.
    const qint64 held = scalar(*m_db, QStringLiteral("SELECT count(*) FROM lessons WHERE status = 'held'"));
    EXPECT_GT(held * 100 / m_summary.lessons, 70);
    for (const char* status : {"cancelled_by_learner", "late_cancel", "no_show", "cancelled_by_mentor", "scheduled"}) {
        EXPECT_GT(
            scalar(*m_db,
                   QStringLiteral("SELECT count(*) FROM lessons WHERE status = '%1'").arg(QString::fromLatin1(status))),
            0)
            << status;
    }
    EXPECT_GT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM lessons WHERE starts_at > '2026-11-20'")), 0);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("PRAGMA foreign_key_check")), -1) << "no dangling references";
}

TEST_F(DemoGeneratorTest, NobodyIsDoubleBooked)
{
    EXPECT_EQ(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM lessons a JOIN lessons b ON a.mentor_id = b.mentor_id "
                                     "AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                                     "WHERE a.status IN ('scheduled', 'held') AND b.status IN ('scheduled', 'held')")),
        0);
    EXPECT_EQ(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM lesson_attendees x JOIN lessons a ON a.id = x.lesson_id "
                                     "JOIN lesson_attendees y ON y.learner_id = x.learner_id AND y.id <> x.id "
                                     "JOIN lessons b ON b.id = y.lesson_id AND a.id < b.id "
                                     "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")),
        0);
}

TEST_F(DemoGeneratorTest, SameSeedGivesTheSameStudio)
{
    auto other = Database::openInMemory();
    ASSERT_TRUE(other);
    ASSERT_TRUE(DemoGenerator(**other, m_clock, smallOptions()).run());
    const auto dump = [this](Database& db) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(StudioExporter(db, m_clock).writeJson(buffer, false));
        QByteArray json = buffer.data();
        // The device id differs per database file; everything else must match.
        return json.replace(db.deviceId().toUtf8(), "DEVICE");
    };
    EXPECT_EQ(dump(*m_db), dump(**other));

    auto differentSeed = Database::openInMemory();
    ASSERT_TRUE(differentSeed);
    DemoOptions o = smallOptions();
    o.seed = 2;
    ASSERT_TRUE(DemoGenerator(**differentSeed, m_clock, o).run());
    EXPECT_NE(dump(*m_db), dump(**differentSeed));
}

TEST_F(DemoGeneratorTest, RefusesAStudioThatHasData)
{
    auto again = DemoGenerator(*m_db, m_clock, smallOptions()).run();
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
}

TEST(DemoGeneratorOptionsTest, RejectsOutOfRangeSizes)
{
    auto db = Database::openInMemory();
    ASSERT_TRUE(db);
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    DemoOptions o;
    o.mentors = 0;
    auto r = DemoGenerator(**db, clock, o).run();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("mentors"));
    o = DemoOptions{};
    o.years = 50;
    EXPECT_EQ(DemoGenerator(**db, clock, o).run().error().field, QStringLiteral("years"));
}

TEST(DemoGeneratorFileTest, CancelledGenerationLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.mentordesk"));
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    auto r = DemoGenerator::createFile(path, clock, smallOptions(), [](int percent) { return percent < 50; });
    ASSERT_FALSE(r);
    EXPECT_FALSE(QFile::exists(path));
    auto ok = DemoGenerator::createFile(path, clock, smallOptions());
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    auto twice = DemoGenerator::createFile(path, clock, smallOptions());
    ASSERT_FALSE(twice);
    EXPECT_TRUE(QFile::exists(path)) << "an existing file is never replaced";
}

// The demo bills through the real services, so its history is audited like a real one.
TEST_F(DemoGeneratorTest, ItsBillingHistoryIsAuditedAndTheChainVerifies)
{
    auto verified = AuditLog(*m_db, m_clock).verify();
    ASSERT_TRUE(verified);
    EXPECT_TRUE(verified->intact());
    EXPECT_EQ(
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.issue'")),
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM invoices WHERE status = 'issued' AND kind = 'invoice'")));
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.credit'")),
              scalar(*m_db, QStringLiteral("SELECT count(*) FROM invoices WHERE kind = 'credit_note'")));
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'payment.record'")),
              scalar(*m_db, QStringLiteral("SELECT count(*) FROM payments WHERE method <> 'payer_credit'")));
    EXPECT_GT(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.issue'")), 0);
}
