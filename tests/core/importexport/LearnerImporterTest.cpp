// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImporterTestBase.h"
#include "importexport/StudioExporter.h"
#include "people/LearnerService.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <ctime>
#include <gtest/gtest.h>

using namespace mentordesk;
using namespace mentordesk::test;

class LearnerImporterTest : public ImporterTestBase
{
protected:
    void SetUp() override
    {
        ImporterTestBase::SetUp();
        schmidt = addPayer(QStringLiteral("Anna Schmidt"));
        anna = fx().addMentor(QStringLiteral("Anna Berg"));
        bo = fx().addMentor(QStringLiteral("Bo Chen"));
        scales = fx().addTopic(QStringLiteral("Scales"));
        python = fx().addTopic(QStringLiteral("Python basics"));
    }
    QList<Learner> learners()
    {
        LearnerFilter all;
        all.statuses = {LearnerStatus::Active, LearnerStatus::Paused, LearnerStatus::Archived};
        auto page = LearnerService(db(), clock()).list(all, {0, 100000});
        EXPECT_TRUE(page.has_value());
        return page ? page->items : QList<Learner>();
    }
    std::optional<Learner> learnerNamed(const QString& name)
    {
        for (const Learner& l : learners()) {
            if (l.name == name) {
                return l;
            }
        }
        return std::nullopt;
    }
    QList<Id> goalsOf(const Id& learner)
    {
        QList<Id> out;
        auto goals = LearnerService(db(), clock()).goals(learner);
        EXPECT_TRUE(goals.has_value());
        for (const LearnerGoal& g : goals.value_or(QList<LearnerGoal>())) {
            out.append(g.topicId);
        }
        return out;
    }

    Id schmidt, anna, bo, scales, python;
};

TEST_F(LearnerImporterTest, ImportsEveryColumnAndResolvesNames)
{
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_good.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 3);

    const auto mia = learnerNamed(QStringLiteral("Mia Klein"));
    ASSERT_TRUE(mia);
    EXPECT_EQ(mia->email, QStringLiteral("mia@example.com"));
    EXPECT_EQ(mia->phone, QStringLiteral("+49 30 1111"));
    EXPECT_EQ(mia->birthYear, 2012);
    EXPECT_EQ(mia->level, 2);
    EXPECT_EQ(mia->weeklyMinutes, 90);
    EXPECT_EQ(mia->status, LearnerStatus::Active);
    EXPECT_EQ(mia->notes, QStringLiteral("Loves duets"));
    EXPECT_EQ(mia->tags, (QStringList{QStringLiteral("piano"), QStringLiteral("duo")}));
    EXPECT_TRUE(mia->consentContact);
    EXPECT_FALSE(mia->consentPhotos);
    EXPECT_EQ(mia->payerId, schmidt);
    EXPECT_EQ(mia->mentorId, bo);
    EXPECT_EQ(goalsOf(mia->meta.id), (QList<Id>{python, scales})); // ordered by topic name

    const auto noah = learnerNamed(QStringLiteral("Noah Roth"));
    ASSERT_TRUE(noah);
    EXPECT_EQ(noah->status, LearnerStatus::Paused);
    EXPECT_EQ(noah->mentorId, anna); // "anna berg": names match ignoring case
    EXPECT_TRUE(noah->payerId.isEmpty());
    EXPECT_FALSE(noah->birthYear);
    EXPECT_EQ(noah->weeklyMinutes, 60); // the default
    EXPECT_FALSE(noah->consentContact);
    EXPECT_TRUE(noah->consentPhotos);

    const auto old = learnerNamed(QStringLiteral("Old Student"));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->status, LearnerStatus::Archived);
    EXPECT_EQ(old->payerId, schmidt);
    EXPECT_EQ(old->level, 5);
    EXPECT_EQ(old->weeklyMinutes, 120);
    EXPECT_EQ(goalsOf(old->meta.id), QList<Id>{scales});
}

TEST_F(LearnerImporterTest, ImportsChineseHeadersWithBom)
{
    const Id wang = addPayer(QStringLiteral("王芳"));
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_chinese.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_TRUE(r->ignoredColumns.isEmpty());
    const auto xiaoming = learnerNamed(QStringLiteral("王小明"));
    ASSERT_TRUE(xiaoming);
    EXPECT_EQ(xiaoming->email, QStringLiteral("xiaoming@example.com"));
    EXPECT_EQ(xiaoming->level, 3);
    EXPECT_EQ(xiaoming->weeklyMinutes, 120);
    EXPECT_EQ(xiaoming->payerId, wang);
    EXPECT_EQ(xiaoming->mentorId, bo);
    EXPECT_EQ(xiaoming->notes, QStringLiteral("喜欢编程"));
    EXPECT_EQ(goalsOf(xiaoming->meta.id).size(), 2); // "Scales、Python basics"
    EXPECT_TRUE(learnerNamed(QStringLiteral("李娜")));
}

TEST_F(LearnerImporterTest, ImportsWindows1252WithSpreadsheetHeadersAndDecimalCommas)
{
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_windows1252.csv"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(r->delimiter, QChar(u';'));
    const auto rene = learnerNamed(QStringLiteral("René Müller"));
    ASSERT_TRUE(rene);
    EXPECT_EQ(rene->email, QStringLiteral("rene@example.com"));
    EXPECT_EQ(rene->payerId, schmidt); // the "Parent" column
    EXPECT_EQ(rene->weeklyMinutes, 90);
    EXPECT_EQ(rene->notes, QStringLiteral("Zahlt 50 € im Voraus"));
    const auto zoe = learnerNamed(QStringLiteral("Zoë Brontë"));
    ASSERT_TRUE(zoe);
    EXPECT_EQ(zoe->weeklyMinutes, 45);
    EXPECT_EQ(zoe->notes, QStringLiteral("„Premium“"));
}

TEST_F(LearnerImporterTest, BadRowsAreReportedByLineAndColumnAndNothingIsWritten)
{
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_bad_rows.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    EXPECT_EQ(r->rowsRead, 11);
    EXPECT_EQ(r->rowsValid, 2);
    const QList<std::pair<int, QString>> expected = {
        {3, QStringLiteral("name")},       {4, QStringLiteral("level")},         {5, QStringLiteral("payer")},
        {7, QStringLiteral("birth_year")}, {8, QStringLiteral("goals")},         {9, QStringLiteral("consent_contact")},
        {10, QStringLiteral("status")},    {11, QStringLiteral("weekly_hours")}, {12, QStringLiteral("mentor")},
    };
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[2].message.contains(QStringLiteral("Nobody")));
    EXPECT_TRUE(r->errors[4].message.contains(QStringLiteral("Underwater basket weaving")));
    EXPECT_EQ(count(QStringLiteral("learners")), 0);
    EXPECT_EQ(count(QStringLiteral("learner_goals")), 0);
}

TEST_F(LearnerImporterTest, SkipBadRowsImportsOnlyTheGoodRows)
{
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_bad_rows.csv"), skipBadRows());
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Imported);
    EXPECT_EQ(r->rowsImported, 2);
    EXPECT_EQ(r->rowsSkipped, 9);
    EXPECT_EQ(r->errors.size(), 9);
    ASSERT_EQ(learners().size(), 2);
    const auto two = learnerNamed(QStringLiteral("Good Two"));
    ASSERT_TRUE(two);
    EXPECT_EQ(two->payerId, schmidt);
    EXPECT_EQ(two->mentorId, bo);
    EXPECT_TRUE(two->consentContact);
    EXPECT_EQ(goalsOf(two->meta.id), QList<Id>{scales});
    EXPECT_TRUE(learnerNamed(QStringLiteral("Good One")));
}

TEST_F(LearnerImporterTest, DryRunPreviewsCleanedRowsAndWritesNothing)
{
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_good.csv"), dryRun());
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::DryRun) << errorsOf(*r);
    EXPECT_EQ(r->rowsValid, 3);
    EXPECT_EQ(r->rowsImported, 0);
    ASSERT_EQ(r->preview.size(), 3);
    const auto cell = [&](int row, const char* column) {
        return r->preview[row][r->columns.indexOf(QString::fromLatin1(column))];
    };
    EXPECT_EQ(cell(0, "weekly_minutes"), QStringLiteral("90"));
    EXPECT_EQ(cell(0, "payer"), QStringLiteral("Anna Schmidt"));
    EXPECT_EQ(cell(0, "goals"), QStringLiteral("Scales; Python basics"));
    EXPECT_EQ(cell(1, "mentor"), QStringLiteral("Anna Berg")); // as stored, not as typed
    EXPECT_EQ(cell(1, "status"), QStringLiteral("paused"));
    EXPECT_EQ(count(QStringLiteral("learners")), 0);
    EXPECT_EQ(count(QStringLiteral("learner_goals")), 0);
}

TEST_F(LearnerImporterTest, AmbiguousNamesAskForTheId)
{
    const Id liNa1 = addPayer(QStringLiteral("Li Na"));
    const Id liNa2 = addPayer(QStringLiteral("Li Na"));
    fx().addMentor(QStringLiteral("Sam Lee"));
    fx().addMentor(QStringLiteral("Sam Lee"));
    auto r = importFile(QStringLiteral("learners"), QStringLiteral("learners_ambiguous.csv"));
    MD_ASSERT_OK(r);
    EXPECT_EQ(r->outcome, ImportOutcome::Blocked);
    const QList<std::pair<int, QString>> expected = {{2, QStringLiteral("payer")}, {3, QStringLiteral("mentor")}};
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_TRUE(r->errors[0].message.contains(liNa1));
    EXPECT_TRUE(r->errors[0].message.contains(liNa2));
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("Li Na")));
    EXPECT_EQ(r->rowsValid, 1);

    auto byId = importText(QStringLiteral("learners"), QStringLiteral("name,payer\nKid One,%1\n").arg(liNa2.toUpper()));
    MD_ASSERT_OK(byId);
    ASSERT_EQ(byId->outcome, ImportOutcome::Imported) << errorsOf(*byId);
    EXPECT_EQ(learnerNamed(QStringLiteral("Kid One"))->payerId, liNa2);
}

TEST_F(LearnerImporterTest, AnArchivedNamesakeDoesNotMakeANameAmbiguous)
{
    const Id old = addPayer(QStringLiteral("Li Na"));
    const Id current = addPayer(QStringLiteral("Li Na"));
    ASSERT_TRUE(PayerService(db(), clock()).archive(old));
    auto r = importText(QStringLiteral("learners"), QStringLiteral("name,payer\nKid,Li Na\n"));
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(learnerNamed(QStringLiteral("Kid"))->payerId, current);
}

TEST_F(LearnerImporterTest, AnArchivedPayerIsARowErrorOnThePayerColumn)
{
    ASSERT_TRUE(PayerService(db(), clock()).archive(schmidt));
    auto r =
        importText(QStringLiteral("learners"), QStringLiteral("name,payer\nKid,Anna Schmidt\nOther,\n"), skipBadRows());
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->errors.size(), 1);
    EXPECT_EQ(r->errors[0].line, 2);
    EXPECT_EQ(r->errors[0].field, QStringLiteral("payer"));
    EXPECT_TRUE(r->errors[0].message.contains(QStringLiteral("archived")));
    EXPECT_EQ(r->rowsImported, 1);
    EXPECT_EQ(learners().size(), 1);
}

TEST_F(LearnerImporterTest, ReferencesByIdAndGoalIds)
{
    const QString text = QStringLiteral("name,payer_id,mentor_id,goals\nKid,%1,%2,%3;%4;Scales\n")
                             .arg(schmidt, anna.toUpper(), scales, python);
    auto r = importText(QStringLiteral("learners"), text);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    const auto kid = learnerNamed(QStringLiteral("Kid"));
    ASSERT_TRUE(kid);
    EXPECT_EQ(kid->payerId, schmidt);
    EXPECT_EQ(kid->mentorId, anna);
    EXPECT_EQ(goalsOf(kid->meta.id).size(), 2); // the duplicate "Scales" is dropped
}

TEST_F(LearnerImporterTest, WeeklyHoursAndMinutesMustAgree)
{
    auto r = importText(QStringLiteral("learners"),
                        QStringLiteral("name,weekly_minutes,weekly_hours\nSame,90,1.5\nDiffer,60,1.5\nBad,-5,\n"));
    MD_ASSERT_OK(r);
    const QList<std::pair<int, QString>> expected = {{3, QStringLiteral("weekly_hours")},
                                                     {4, QStringLiteral("weekly_minutes")}};
    EXPECT_EQ(linesAndFields(*r), expected) << errorsOf(*r);
    EXPECT_EQ(r->rowsValid, 1);
}

TEST_F(LearnerImporterTest, ExportedCsvImportsBackUnchanged)
{
    auto first = importFile(QStringLiteral("learners"), QStringLiteral("learners_good.csv"));
    MD_ASSERT_OK(first);
    ASSERT_EQ(first->rowsImported, 3) << errorsOf(*first);
    const QList<Learner> originals = learners();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions bom;
    bom.bom = true;
    MD_ASSERT_OK(StudioExporter(db(), clock()).writeCsv(buffer, QStringLiteral("learners"), bom));
    auto importer = ImporterRegistry::create(QStringLiteral("learners"), db(), clock());
    MD_ASSERT_OK(importer);
    auto again = CsvImport(db(), **importer).runBytes(buffer.data(), {});
    MD_ASSERT_OK(again);
    ASSERT_EQ(again->outcome, ImportOutcome::Imported) << errorsOf(*again);
    EXPECT_EQ(again->rowsImported, 3);
    EXPECT_TRUE(again->ignoredColumns.contains(QStringLiteral("id")));

    const QList<Learner> all = learners();
    ASSERT_EQ(all.size(), 6);
    for (const Learner& original : originals) {
        int copies = 0;
        for (const Learner& l : all) {
            if (l.name != original.name || l.meta.id == original.meta.id) {
                continue;
            }
            ++copies;
            EXPECT_EQ(l.email, original.email);
            EXPECT_EQ(l.phone, original.phone);
            EXPECT_EQ(l.birthYear, original.birthYear);
            EXPECT_EQ(l.level, original.level);
            EXPECT_EQ(l.weeklyMinutes, original.weeklyMinutes);
            EXPECT_EQ(l.status, original.status);
            EXPECT_EQ(l.notes, original.notes);
            EXPECT_EQ(l.tags, original.tags);
            EXPECT_EQ(l.consentContact, original.consentContact);
            EXPECT_EQ(l.consentPhotos, original.consentPhotos);
            EXPECT_EQ(l.payerId, original.payerId);
            EXPECT_EQ(l.mentorId, original.mentorId);
        }
        EXPECT_EQ(copies, 1) << original.name.toStdString();
    }
}

TEST_F(LearnerImporterTest, TmpVariants)
{
    for (const QString& variant : {QStringLiteral("bare"), QStringLiteral("refs"), QStringLiteral("goals")}) {
        QString text = QStringLiteral("name,email,level,weekly_hours,tags,payer,mentor,goals\n");
        for (int i = 0; i < 20000; ++i) {
            text += QStringLiteral("L %1,l%1@example.com,2,1.5,\"a,b\",%2,%3,%4\n")
                        .arg(i)
                        .arg(variant == u"bare" ? QString() : QStringLiteral("Anna Schmidt"))
                        .arg(variant == u"bare" ? QString() : QStringLiteral("Bo Chen"))
                        .arg(variant == u"goals" ? QStringLiteral("Scales") : QString());
        }
        QElapsedTimer t;
        t.start();
        auto r = importText(QStringLiteral("learners"), text);
        std::clock_t c = std::clock();
        printf("%s: %lld ms wall, cpu so far %ld ms\n", qPrintable(variant), t.elapsed(),
               long(c * 1000 / CLOCKS_PER_SEC));
        ASSERT_TRUE(r);
    }
}

TEST_F(LearnerImporterTest, TwentyThousandLearnersWithNamedReferences)
{
    for (int i = 0; i < 50; ++i) {
        addPayer(QStringLiteral("Family %1").arg(i));
    }
    QString text = QStringLiteral("name,email,level,weekly_hours,tags,payer,mentor,goals\n");
    text.reserve(20000 * 90);
    for (int i = 0; i < 20000; ++i) {
        text += QStringLiteral("Learner %1,l%1@example.com,%2,1.5,\"a,b\",Family %3,%4,Scales\n")
                    .arg(i)
                    .arg(1 + i % 5)
                    .arg(i % 50)
                    .arg(i % 2 == 0 ? QStringLiteral("Anna Berg") : QStringLiteral("Bo Chen"));
    }
    auto r = importText(QStringLiteral("learners"), text);
    MD_ASSERT_OK(r);
    ASSERT_EQ(r->outcome, ImportOutcome::Imported) << errorsOf(*r);
    EXPECT_EQ(r->rowsImported, 20000);
    EXPECT_EQ(count(QStringLiteral("learners")), 20000);
    EXPECT_EQ(count(QStringLiteral("learner_goals")), 20000);
}
