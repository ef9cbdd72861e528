// SPDX-License-Identifier: GPL-3.0-or-later
#include "BillingFixture.h"

#include "billing/BillingSettingsService.h"
#include "billing/PlanService.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

BillingFixture::BillingFixture(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

void BillingFixture::exec(const QString& sql, const QVariantList& values)
{
    auto s = m_db.prepare(sql);
    ASSERT_TRUE(s.has_value()) << s.error().message.toStdString();
    for (const QVariant& v : values) {
        s->bind(v);
    }
    auto ok = s->exec();
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString() << "\n" << sql.toStdString();
}

Id BillingFixture::insert(const QString& table, const QStringList& columns, const QVariantList& values)
{
    const Id id = newId();
    const QString now = toSqlTime(m_clock.nowUtc());
    QStringList marks(columns.size() + 5, QStringLiteral("?"));
    exec(QStringLiteral("INSERT INTO %1 (id, created_at, updated_at, updated_by, version, %2) VALUES (%3)")
             .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
         QVariantList{id, now, now, QStringLiteral("test"), 1} + values);
    return id;
}

Id BillingFixture::payer(const QString& name, const QString& language)
{
    return insert(QStringLiteral("payers"),
                  {QStringLiteral("name"), QStringLiteral("invoice_language"), QStringLiteral("email"),
                   QStringLiteral("address")},
                  {name, language, QStringLiteral("pay@example.com"), QStringLiteral("1 Main Street")});
}

Id BillingFixture::mentor(const QString& name)
{
    return insert(QStringLiteral("mentors"), {QStringLiteral("name")}, {name});
}

Id BillingFixture::learner(const QString& name, const Id& payerId)
{
    return insert(QStringLiteral("learners"), {QStringLiteral("name"), QStringLiteral("payer_id")},
                  {name, payerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(payerId)});
}

Id BillingFixture::course(const QString& title, int contentMinutes)
{
    return insert(QStringLiteral("courses"), {QStringLiteral("title"), QStringLiteral("content_minutes")},
                  {title, contentMinutes});
}

Id BillingFixture::module(const Id& courseId, int position, int minutes, std::optional<qint64> priceMinor)
{
    return insert(QStringLiteral("course_modules"),
                  {QStringLiteral("course_id"), QStringLiteral("position"), QStringLiteral("title"),
                   QStringLiteral("minutes"), QStringLiteral("price_minor")},
                  {courseId, position, QStringLiteral("Module %1").arg(position), minutes,
                   priceMinor ? QVariant(*priceMinor) : QVariant(QMetaType::fromType<qint64>())});
}

Id BillingFixture::enrollment(const Id& learnerId, const Id& mentorId, const Id& courseId, int efficiencyPermille,
                              int targetMinutes)
{
    const Id id =
        insert(QStringLiteral("enrollments"),
               {QStringLiteral("learner_id"), QStringLiteral("mentor_id"), QStringLiteral("course_id"),
                QStringLiteral("title"), QStringLiteral("efficiency_permille"), QStringLiteral("target_minutes"),
                QStringLiteral("start_date")},
               {learnerId, mentorId, courseId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(courseId),
                courseId.isEmpty() ? QStringLiteral("Mentoring") : QString(), efficiencyPermille, targetMinutes,
                QStringLiteral("2026-01-01")});
    m_mentorOf.insert(id, mentorId);
    m_learnerOf.insert(id, learnerId);
    return id;
}

Id BillingFixture::lesson(const QList<Id>& enrollments, const QDate& day, int plannedMinutes, const QString& status,
                          std::optional<int> actualMinutes, const QDateTime& cancelledAt, bool makeUp, bool billable)
{
    const QDateTime start(day, QTime(10, 0), Qt::UTC);
    const bool held = status == QStringLiteral("held");
    const int actual = actualMinutes.value_or(plannedMinutes);
    const Id id = insert(
        QStringLiteral("lessons"),
        {QStringLiteral("mentor_id"), QStringLiteral("starts_at"), QStringLiteral("ends_at"),
         QStringLiteral("planned_minutes"), QStringLiteral("actual_minutes"), QStringLiteral("status"),
         QStringLiteral("cancelled_at"), QStringLiteral("make_up"), QStringLiteral("billable")},
        {m_mentorOf.value(enrollments.constFirst()), toSqlTime(start), toSqlTime(start.addSecs(plannedMinutes * 60LL)),
         plannedMinutes, held ? QVariant(actual) : QVariant(QMetaType::fromType<int>()), status,
         cancelledAt.isValid() ? QVariant(toSqlTime(cancelledAt)) : QVariant(QMetaType::fromType<QString>()),
         makeUp ? 1 : 0, billable ? 1 : 0});
    for (const Id& e : enrollments) {
        insert(QStringLiteral("lesson_attendees"),
               {QStringLiteral("lesson_id"), QStringLiteral("enrollment_id"), QStringLiteral("learner_id")},
               {id, e, m_learnerOf.value(e)});
    }
    return id;
}

Id BillingFixture::taxRate(const QString& label, qint64 rateBp)
{
    auto r = BillingSettingsService(m_db, m_clock).addTaxRate(label, rateBp);
    EXPECT_TRUE(r.has_value()) << r.error().message.toStdString();
    return r ? r->meta.id : Id();
}

Id BillingFixture::plan(const Id& enrollmentId, const QDate& from, Plan::Terms terms, const Id& taxRateId)
{
    auto p = PlanService(m_db, m_clock).setPlan(enrollmentId, {QString(), from, taxRateId, std::move(terms)});
    EXPECT_TRUE(p.has_value()) << p.error().field.toStdString() << ": " << p.error().message.toStdString();
    return p ? p->meta.id : Id();
}

qint64 BillingFixture::count(const QString& table)
{
    auto s =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE deleted_at IS NULL"));
    if (!s || !s->exec() || !s->next()) {
        ADD_FAILURE() << "count failed";
        return -1;
    }
    return s->integer(0);
}

} // namespace mentordesk::test
