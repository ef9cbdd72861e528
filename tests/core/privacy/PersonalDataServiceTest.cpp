// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PersonalDataService.h"

#include "PrivacyFixture.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace mentordesk::test {

class PersonalDataServiceTest : public PrivacyTest
{
protected:
    qint64 auditEntries(const QString& action)
    {
        return number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }

    static Actor frontDesk()
    {
        Actor a;
        a.username = QStringLiteral("desk");
        a.role = Role::FrontDesk;
        return a;
    }
};

TEST_F(PersonalDataServiceTest, ExportsEveryTableAboutTheLearner)
{
    auto out = PersonalDataService(db(), clock()).exportPerson(PersonKind::Learner, learner);
    MD_ASSERT_OK(out);
    EXPECT_EQ(out->name, QStringLiteral("Zelda Zabrowski"));
    const QJsonObject tables = out->json.value(QStringLiteral("tables")).toObject();
    EXPECT_EQ(tables.value(QStringLiteral("learners")).toArray().first().toObject().value(QStringLiteral("email")),
              QStringLiteral("zelda@zab.example"));
    EXPECT_EQ(tables.value(QStringLiteral("enrollments")).toArray().size(), 1);
    EXPECT_EQ(tables.value(QStringLiteral("lesson_attendees")).toArray().size(), 3);
    EXPECT_EQ(tables.value(QStringLiteral("lessons")).toArray().size(), 3);
    EXPECT_EQ(tables.value(QStringLiteral("ratings")).toArray().size(), 1);
    EXPECT_EQ(tables.value(QStringLiteral("assessments")).toArray().size(), 1);
    EXPECT_EQ(tables.value(QStringLiteral("plans")).toArray().size(), 1);
    EXPECT_GE(tables.value(QStringLiteral("invoice_lines")).toArray().size(), 3);
    EXPECT_TRUE(tables.value(QStringLiteral("learners"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("birth_year"))
                    .isDouble());
    // Max's data is not Zelda's.
    EXPECT_FALSE(QJsonDocument(out->json).toJson().contains("Olga"));
    EXPECT_TRUE(out->html.contains(QStringLiteral("<h1>Personal data of Zelda Zabrowski</h1>")));
    EXPECT_TRUE(out->html.contains(QStringLiteral("Zelda practised scales")));
    EXPECT_EQ(auditEntries(QStringLiteral("person.export")), 1);
}

TEST_F(PersonalDataServiceTest, ExportsThePayersInvoicesPaymentsAndLearners)
{
    auto out = PersonalDataService(db(), clock()).exportPerson(PersonKind::Payer, payer);
    MD_ASSERT_OK(out);
    const QJsonObject tables = out->json.value(QStringLiteral("tables")).toObject();
    EXPECT_EQ(tables.value(QStringLiteral("invoices")).toArray().size(), 2); // January issued, February draft
    EXPECT_EQ(tables.value(QStringLiteral("payments")).toArray().size(), 1);
    EXPECT_EQ(tables.value(QStringLiteral("discounts")).toArray().size(), 1);
    const QJsonObject child = tables.value(QStringLiteral("learners")).toArray().first().toObject();
    EXPECT_EQ(child.value(QStringLiteral("name")), QStringLiteral("Zelda Zabrowski"));
    EXPECT_FALSE(child.contains(QStringLiteral("email"))); // the learner's own details are theirs
    EXPECT_TRUE(out->html.contains(QStringLiteral("12 Larkspur Lane")));
}

TEST_F(PersonalDataServiceTest, SaveWritesJsonAndHtml)
{
    auto out = PersonalDataService(db(), clock()).exportPerson(PersonKind::Payer, payer);
    MD_ASSERT_OK(out);
    QTemporaryDir dir;
    auto paths = PersonalDataService::save(*out, dir.filePath(QStringLiteral("sub")));
    MD_ASSERT_OK(paths);
    ASSERT_EQ(paths->size(), 2);
    QFile json(paths->first());
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("format")),
              QStringLiteral("mentordesk.personal-data"));
    EXPECT_TRUE(paths->last().endsWith(QStringLiteral("personal-data-payer-") + payer + QStringLiteral(".html")));
}

TEST_F(PersonalDataServiceTest, UnknownPeopleAndOtherRolesAreRefused)
{
    PersonalDataService service(db(), clock());
    auto unknown = service.exportPerson(PersonKind::Learner, QStringLiteral("nope"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    auto desk = PersonalDataService(db(), clock(), frontDesk())
                    .erase(PersonKind::Learner, learner, QStringLiteral("Zelda Zabrowski"));
    ASSERT_FALSE(desk.has_value());
    EXPECT_EQ(desk.error().field, QStringLiteral("permission"));
    EXPECT_FALSE(PersonalDataService(db(), clock(), frontDesk()).exportPerson(PersonKind::Payer, payer).has_value());
    EXPECT_EQ(text(QStringLiteral("SELECT name FROM learners WHERE id = ?"), {learner}),
              QStringLiteral("Zelda Zabrowski"));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'person.%'")), 0);
}

TEST_F(PersonalDataServiceTest, ErasureNeedsTheNameTypedAgain)
{
    auto wrong = PersonalDataService(db(), clock()).erase(PersonKind::Learner, learner, QStringLiteral("Zelda"));
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().field, QStringLiteral("confirm"));
    EXPECT_EQ(text(QStringLiteral("SELECT email FROM learners WHERE id = ?"), {learner}),
              QStringLiteral("zelda@zab.example"));
    EXPECT_EQ(auditEntries(QStringLiteral("person.erase")), 0);
}

TEST_F(PersonalDataServiceTest, UpcomingLessonsBlockALearnersErasure)
{
    f->lesson(enrollment, QDate(2026, 3, 20), 60, QStringLiteral("scheduled"));
    auto blocked =
        PersonalDataService(db(), clock()).erase(PersonKind::Learner, learner, QStringLiteral("zelda zabrowski"));
    ASSERT_FALSE(blocked.has_value());
    EXPECT_EQ(blocked.error().code, ErrorCode::Refused);
    EXPECT_TRUE(blocked.error().message.contains(QStringLiteral("1 upcoming lesson")));
    EXPECT_EQ(auditEntries(QStringLiteral("person.erase")), 0);
}

TEST_F(PersonalDataServiceTest, APayerOfActiveLearnersCannotBeErased)
{
    auto blocked =
        PersonalDataService(db(), clock()).erase(PersonKind::Payer, payer, QStringLiteral("Quentin Zabrowski"));
    ASSERT_FALSE(blocked.has_value());
    EXPECT_EQ(blocked.error().code, ErrorCode::Refused);
    EXPECT_EQ(text(QStringLiteral("SELECT email FROM payers WHERE id = ?"), {payer}),
              QStringLiteral("quentin@zab.example"));
}

TEST_F(PersonalDataServiceTest, ErasurePseudonymisesAndIsAuditedInTheSameTransaction)
{
    const qint64 versionBefore = number(QStringLiteral("SELECT version FROM learners WHERE id = ?"), {learner});
    auto report =
        PersonalDataService(db(), clock()).erase(PersonKind::Learner, learner, QStringLiteral(" Zelda Zabrowski "));
    MD_ASSERT_OK(report);
    const QString pseudonym = PersonalDataService::pseudonymFor(PersonKind::Learner, learner);
    EXPECT_EQ(report->pseudonym, pseudonym);
    EXPECT_TRUE(pseudonym.startsWith(QStringLiteral("Erased learner ")));
    EXPECT_EQ(text(QStringLiteral("SELECT name || '|' || email || '|' || phone || '|' || notes || '|' || status || '|' "
                                  "|| coalesce(birth_year, 'null') FROM learners WHERE id = ?"),
                   {learner}),
              pseudonym + QStringLiteral("||||archived|null"));
    EXPECT_EQ(number(QStringLiteral("SELECT version FROM learners WHERE id = ?"), {learner}), versionBefore + 1);
    EXPECT_EQ(text(QStringLiteral("SELECT notes || '|' || homework FROM lessons WHERE id = ?"), {soloLesson}),
              QStringLiteral("|"));
    EXPECT_EQ(text(QStringLiteral("SELECT comment FROM ratings WHERE learner_id = ?"), {learner}), QString());
    EXPECT_EQ(number(QStringLiteral("SELECT stars FROM ratings WHERE learner_id = ?"), {learner}), 5);
    EXPECT_TRUE(report->tables.contains(QStringLiteral("learners")));
    EXPECT_TRUE(report->retained.join(u'\n').contains(QStringLiteral("invoice_lines")));
    EXPECT_EQ(auditEntries(QStringLiteral("person.erase")), 1);
    const QString details = text(QStringLiteral("SELECT details FROM audit_log WHERE action = 'person.erase'"));
    EXPECT_FALSE(details.contains(QStringLiteral("Zelda")));
    EXPECT_TRUE(details.contains(QStringLiteral("rows_changed")));
    // Once the learner is archived, the payer can go too.
    MD_ASSERT_OK(
        PersonalDataService(db(), clock()).erase(PersonKind::Payer, payer, QStringLiteral("Quentin Zabrowski")));
    EXPECT_EQ(text(QStringLiteral("SELECT payer_name FROM invoices WHERE payer_id = ? AND status = 'draft'"), {payer}),
              PersonalDataService::pseudonymFor(PersonKind::Payer, payer));
    EXPECT_EQ(text(QStringLiteral("SELECT payer_name FROM invoices WHERE id = ?"), {januaryInvoice}),
              QStringLiteral("Quentin Zabrowski")); // issued: retained
}

TEST_F(PersonalDataServiceTest, AFailureHalfwayLeavesNothingChanged)
{
    // A trigger that refuses updates of ratings makes the erasure fail after the learner row was changed.
    MD_ASSERT_OK(db().exec(QStringLiteral("CREATE TRIGGER ratings_locked BEFORE UPDATE ON ratings "
                                          "BEGIN SELECT RAISE(ABORT, 'locked'); END")));
    auto failed =
        PersonalDataService(db(), clock()).erase(PersonKind::Learner, learner, QStringLiteral("Zelda Zabrowski"));
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(text(QStringLiteral("SELECT name FROM learners WHERE id = ?"), {learner}),
              QStringLiteral("Zelda Zabrowski"));
    EXPECT_EQ(text(QStringLiteral("SELECT title FROM enrollments WHERE id = ?"), {enrollment}),
              QStringLiteral("Zelda piano"));
    EXPECT_EQ(auditEntries(QStringLiteral("person.erase")), 0);
}

} // namespace mentordesk::test
