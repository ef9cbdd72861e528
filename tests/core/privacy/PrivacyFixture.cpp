// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyFixture.h"

#include "billing/BillingRun.h"
#include "billing/PlanService.h"
#include "invoices/InvoiceService.h"
#include "invoices/PaymentService.h"
#include "privacy/PersonalDataRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>

namespace mentordesk::test {

void PrivacyTest::exec(const QString& sql, const QVariantList& values)
{
    f->exec(sql, values);
}

QString PrivacyTest::text(const QString& sql, const QVariantList& values)
{
    auto s = db().prepare(sql);
    EXPECT_TRUE(s.has_value()) << sql.toStdString();
    if (!s) {
        return {};
    }
    for (const QVariant& v : values) {
        s->bind(v);
    }
    EXPECT_TRUE(s->exec().has_value()) << sql.toStdString();
    return s->next() ? s->text(0) : QString();
}

qint64 PrivacyTest::number(const QString& sql, const QVariantList& values)
{
    return text(sql, values).toLongLong();
}

QStringList PrivacyTest::personalStrings()
{
    return {QStringLiteral("Zelda"),
            QStringLiteral("Quentin"),
            QStringLiteral("Zabrowski"),
            QStringLiteral("zelda@zab.example"),
            QStringLiteral("quentin@zab.example"),
            QStringLiteral("+44 7700 900456"),
            QStringLiteral("+44 7700 900123"),
            QStringLiteral("Dyslexic, reads slowly"),
            QStringLiteral("Prefers calls after 6pm"),
            QStringLiteral("Larkspur")};
}

QString PrivacyTest::retainedInvoiceData()
{
    const QString issued = QStringLiteral("invoice_id IN (SELECT id FROM invoices WHERE status = 'issued')");
    const QList<std::pair<QString, QString>> parts = {{QStringLiteral("invoices"), QStringLiteral("status = 'issued'")},
                                                      {QStringLiteral("invoice_lines"), issued},
                                                      {QStringLiteral("invoice_taxes"), issued},
                                                      {QStringLiteral("payments"), QStringLiteral("1")},
                                                      {QStringLiteral("payer_credits"), QStringLiteral("1")}};
    // Erasure may replace a payment reference or credit note by the marker (and stamp the row): the
    // money columns must stay.
    const QStringList erasable = {QStringLiteral("reference"), QStringLiteral("note"), QStringLiteral("updated_at"),
                                  QStringLiteral("updated_by"), QStringLiteral("version")};
    PersonalDataRepository repo(db());
    QString out;
    for (const auto& [table, condition] : parts) {
        auto columns = repo.columns(table);
        EXPECT_TRUE(columns.has_value());
        if (columns && (table == QStringLiteral("payments") || table == QStringLiteral("payer_credits"))) {
            for (const QString& c : erasable) {
                columns->removeAll(c);
            }
        }
        auto rows = repo.rows(table, condition, columns ? *columns : QStringList{}, {});
        EXPECT_TRUE(rows.has_value());
        out += QString::fromUtf8(QJsonDocument(rows ? *rows : QJsonArray{}).toJson(QJsonDocument::Compact));
    }
    return out;
}

void PrivacyTest::SetUp()
{
    StudioTest::SetUp();
    f = std::make_unique<BillingFixture>(db(), clock());
    payer = f->payer(QStringLiteral("Quentin Zabrowski"));
    otherPayer = f->payer(QStringLiteral("Olga Other"));
    mentor = f->mentor(QStringLiteral("Alice Tan"));
    learner = f->learner(QStringLiteral("Zelda Zabrowski"), payer);
    other = f->learner(QStringLiteral("Max Other"), otherPayer);
    exec(QStringLiteral("UPDATE payers SET email = 'quentin@zab.example', phone = '+44 7700 900123', "
                        "address = '12 Larkspur Lane', notes = 'Prefers calls after 6pm' WHERE id = ?"),
         {payer});
    exec(QStringLiteral("UPDATE learners SET email = 'zelda@zab.example', phone = '+44 7700 900456', "
                        "notes = 'Dyslexic, reads slowly; Quentin pays', tags = 'Zabrowski family', "
                        "birth_year = 2012 WHERE id = ?"),
         {learner});
    enrollment = f->enrollment(learner, mentor);
    otherEnrollment = f->enrollment(other, mentor);
    exec(QStringLiteral("UPDATE enrollments SET title = 'Zelda piano' WHERE id = ?"), {enrollment});
    HourlyPlan h;
    h.rateMinor = 6000;
    MD_ASSERT_OK(
        PlanService(db(), clock()).setPlan(enrollment, {QStringLiteral("Zelda hourly"), QDate(2026, 1, 1), {}, h}));
    f->plan(otherEnrollment, QDate(2026, 1, 1), h);
    MD_ASSERT_OK(PlanService(db(), clock()).addDiscount(payer, {}, QStringLiteral("Zabrowski siblings"), true, 500));

    soloLesson = f->lesson(enrollment, QDate(2026, 1, 5), 60);
    exec(QStringLiteral("UPDATE lessons SET notes = 'Zelda practised scales', homework = 'Zelda: page 4' "
                        "WHERE id = ?"),
         {soloLesson});
    groupLesson = f->lesson(QList<Id>{enrollment, otherEnrollment}, QDate(2026, 1, 8), 60);
    exec(QStringLiteral("UPDATE lessons SET notes = 'Zelda and Max played a duet' WHERE id = ?"), {groupLesson});
    f->exec(QStringLiteral("INSERT INTO ratings (id, learner_id, target, lesson_id, stars, comment, rated_at, "
                           "created_at, updated_at, updated_by) VALUES (?, ?, 'lesson', ?, 5, "
                           "'Zelda says: great lesson', '2026-01-05T12:00:00Z', '2026-01-05T12:00:00Z', "
                           "'2026-01-05T12:00:00Z', 'test')"),
            {newId(), learner, soloLesson});
    const Id topic = newId();
    f->exec(QStringLiteral("INSERT INTO topics (id, name, created_at, updated_at, updated_by) VALUES (?, 'Rhythm', "
                           "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')"),
            {topic});
    f->exec(QStringLiteral("INSERT INTO assessments (id, mentor_id, learner_id, topic_id, mastery_percent, "
                           "assessed_at, note, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 60, "
                           "'2026-01-05T12:00:00Z', 'Zelda needs rhythm work', '2026-01-05T12:00:00Z', "
                           "'2026-01-05T12:00:00Z', 'test')"),
            {newId(), mentor, learner, topic});

    ASSERT_TRUE(BillingRun(db(), clock()).run(QStringLiteral("2026-01")).has_value());
    auto issued = InvoiceService(db(), clock()).issuePeriod(QStringLiteral("2026-01"), QDate(2026, 2, 1));
    MD_ASSERT_OK(issued);
    for (const Invoice& i : *issued) {
        if (i.payerId == payer) {
            januaryInvoice = i.meta.id;
        }
    }
    ASSERT_FALSE(januaryInvoice.isEmpty());
    MD_ASSERT_OK(PaymentService(db(), clock())
                     .record(januaryInvoice, {QDate(2026, 2, 3), 3000, QStringLiteral("bank_transfer"),
                                              QStringLiteral("BANK-REF-1 Q. Zabrowski for Zelda")}));
    // A hand-written credit entry naming the family (the ledger is insert-only; erasure may mark it).
    f->exec(QStringLiteral("INSERT INTO payer_credits (id, payer_id, entry_date, amount_minor, kind, note, "
                           "created_at, updated_at, updated_by) VALUES (?, ?, '2026-02-05', 500, 'overpayment', "
                           "'Quentin paid twice for Zelda', '2026-02-05T12:00:00Z', '2026-02-05T12:00:00Z', 'test')"),
            {newId(), payer});
    f->lesson(enrollment, QDate(2026, 2, 4), 60);
    ASSERT_TRUE(BillingRun(db(), clock()).run(QStringLiteral("2026-02")).has_value());
    clock().set(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
}

} // namespace mentordesk::test
