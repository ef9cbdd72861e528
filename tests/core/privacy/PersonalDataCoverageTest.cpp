// SPDX-License-Identifier: GPL-3.0-or-later
// Schema-driven: every table that references a learner or payer — by foreign key or by a learner_id /
// payer_id column, directly or through a chain of references — must be in PersonalDataRegistry for that
// person, which both the export and the erasure walk, with an erasure rule or a reason to keep it.
#include "TestStudio.h"
#include "privacy/PersonalDataRegistry.h"
#include "privacy/PersonalDataRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QSet>

namespace mentordesk::test {

namespace {

QStringList column0(Database& db, const QString& sql, const QString& arg = {})
{
    auto s = db.prepare(sql);
    EXPECT_TRUE(s.has_value()) << sql.toStdString();
    if (!s) {
        return {};
    }
    if (!arg.isNull()) {
        s->bind(arg);
    }
    EXPECT_TRUE(s->exec().has_value()) << sql.toStdString();
    QStringList out;
    while (s->next()) {
        out.append(s->text(0));
    }
    return out;
}

/// table → the tables it references (foreign keys, plus learner_id / payer_id columns without one).
QHash<QString, QSet<QString>> referenceGraph(Database& db)
{
    QHash<QString, QSet<QString>> refs;
    const QStringList tables =
        column0(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    for (const QString& t : tables) {
        for (const QString& target :
             column0(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), t)) {
            refs[t].insert(target);
        }
        for (const QString& c : column0(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), t)) {
            if (c == QStringLiteral("learner_id") || c.endsWith(QStringLiteral("_learner_id"))) {
                refs[t].insert(QStringLiteral("learners"));
            }
            if (c == QStringLiteral("payer_id") || c.endsWith(QStringLiteral("_payer_id"))) {
                refs[t].insert(QStringLiteral("payers"));
            }
        }
    }
    return refs;
}

/// Tables holding data about a `kind` person. The other kind's table is reached but not walked through:
/// a payer's learners are people of their own.
QSet<QString> reachable(const QHash<QString, QSet<QString>>& refs, PersonKind kind)
{
    const QString root = personTable(kind);
    const QString stop = personTable(kind == PersonKind::Learner ? PersonKind::Payer : PersonKind::Learner);
    QSet<QString> found{root};
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
            if (found.contains(it.key())) {
                continue;
            }
            for (const QString& target : it.value()) {
                if (found.contains(target) && target != stop) {
                    found.insert(it.key());
                    grew = true;
                    break;
                }
            }
        }
    }
    return found;
}

/// Tables reachable for `kind` that the registry does not cover.
QStringList missing(Database& db, PersonKind kind)
{
    QSet<QString> covered;
    for (const PersonalTable& t : PersonalDataRegistry::entriesFor(kind)) {
        covered.insert(t.table);
    }
    QStringList out;
    for (const QString& t : reachable(referenceGraph(db), kind)) {
        if (!covered.contains(t)) {
            out.append(t);
        }
    }
    out.sort();
    return out;
}

} // namespace

class PersonalDataCoverageTest : public StudioTest
{};

TEST_F(PersonalDataCoverageTest, EveryTableReferencingALearnerIsExportedAndErased)
{
    EXPECT_EQ(missing(db(), PersonKind::Learner), QStringList{});
}

TEST_F(PersonalDataCoverageTest, EveryTableReferencingAPayerIsExportedAndErased)
{
    EXPECT_EQ(missing(db(), PersonKind::Payer), QStringList{});
}

TEST_F(PersonalDataCoverageTest, ANewReferencingTableFailsTheCheck)
{
    MD_ASSERT_OK(db().exec(QStringLiteral("CREATE TABLE learner_diary (id TEXT PRIMARY KEY, "
                                          "learner_id TEXT REFERENCES learners (id), entry TEXT)")));
    MD_ASSERT_OK(db().exec(QStringLiteral("CREATE TABLE plan_notes (id TEXT PRIMARY KEY, "
                                          "plan_id TEXT REFERENCES plans (id), note TEXT)")));
    MD_ASSERT_OK(
        db().exec(QStringLiteral("CREATE TABLE payer_messages (id TEXT PRIMARY KEY, payer_id TEXT, body TEXT)")));
    EXPECT_EQ(missing(db(), PersonKind::Learner),
              (QStringList{QStringLiteral("learner_diary"), QStringLiteral("plan_notes")}));
    EXPECT_EQ(missing(db(), PersonKind::Payer), QStringList{QStringLiteral("payer_messages")});
}

TEST_F(PersonalDataCoverageTest, EveryEntryErasesOrSaysWhyNotAndNamesRealColumns)
{
    PersonalDataRepository repo(db());
    for (const PersonalTable& t : PersonalDataRegistry::entries()) {
        SCOPED_TRACE(t.table.toStdString());
        EXPECT_TRUE(!t.erasure.isEmpty() || !t.keptBecause.isEmpty());
        EXPECT_FALSE(t.title.isEmpty());
        auto columns = repo.columns(t.table);
        MD_ASSERT_OK(columns);
        ASSERT_FALSE(columns->isEmpty()) << "no such table";
        QStringList named = t.exportColumns;
        for (const ErasureStep& step : t.erasure) {
            named += step.scrub;
            for (const ErasureAssignment& a : step.assign) {
                named.append(a.column);
            }
            auto rows =
                repo.rows(t.table,
                          QStringLiteral("(") + t.where + QStringLiteral(") AND (") +
                              (step.onlyWhere.isEmpty() ? QStringLiteral("1") : step.onlyWhere) + QStringLiteral(")"),
                          {QStringLiteral("id")}, QStringLiteral("x"));
            MD_ASSERT_OK(rows); // the conditions are valid SQL
        }
        for (const QString& c : named) {
            EXPECT_TRUE(columns->contains(c)) << c.toStdString();
        }
    }
}

} // namespace mentordesk::test
