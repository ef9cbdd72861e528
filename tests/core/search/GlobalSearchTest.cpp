// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/GlobalSearch.h"

#include "TestStudio.h"
#include "courses/CourseService.h"
#include "courses/TopicService.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"
#include "search/SearchRepository.h"

#include <gtest/gtest.h>

using namespace mentordesk;

namespace {

QStringList titles(const QList<SearchHit>& hits)
{
    QStringList out;
    for (const SearchHit& h : hits) {
        out.append(h.title);
    }
    return out;
}

QStringList titlesOf(const QList<SearchHit>& hits, const QString& kind)
{
    QStringList out;
    for (const SearchHit& h : hits) {
        if (h.kind == kind) {
            out.append(h.title);
        }
    }
    return out;
}

} // namespace

class GlobalSearchTest : public test::StudioTest
{
protected:
    Id payer(const QString& name, const QString& email = {}, const QString& phone = {})
    {
        PayerInput in;
        in.name = name;
        in.email = email;
        in.phone = phone;
        auto p = PayerService(db(), clock()).create(in);
        EXPECT_TRUE(p) << p.error().message.toStdString();
        return p ? p->meta.id : Id();
    }
    Id learner(const QString& name, const QString& email = {}, const Id& payerId = {})
    {
        LearnerInput in;
        in.name = name;
        in.email = email;
        in.payerId = payerId;
        auto l = LearnerService(db(), clock()).create(in);
        EXPECT_TRUE(l) << l.error().message.toStdString();
        return l ? l->meta.id : Id();
    }
    Id mentor(const QString& name, const QString& email = {})
    {
        MentorInput in;
        in.name = name;
        in.email = email;
        auto m = MentorService(db(), clock()).create(in);
        EXPECT_TRUE(m) << m.error().message.toStdString();
        return m ? m->meta.id : Id();
    }
    Id course(const QString& title, const QString& description = {})
    {
        CourseInput in;
        in.title = title;
        in.description = description;
        in.contentMinutes = 600;
        auto c = CourseService(db(), clock()).create(in);
        EXPECT_TRUE(c) << c.error().message.toStdString();
        return c ? c->meta.id : Id();
    }
    Id topic(const QString& name, const QString& area = {})
    {
        auto t = TopicService(db(), clock()).create({name, area, QString()});
        EXPECT_TRUE(t) << t.error().message.toStdString();
        return t ? t->meta.id : Id();
    }
    QList<SearchHit> find(const QString& text, int limit = GlobalSearch::kDefaultLimit)
    {
        auto hits = GlobalSearch(db()).search(text, limit);
        EXPECT_TRUE(hits) << hits.error().message.toStdString();
        return hits ? *hits : QList<SearchHit>();
    }
};

TEST_F(GlobalSearchTest, FindsEveryKindWithIdTitleAndSubtitle)
{
    const Id family = payer(QStringLiteral("Miller family"), QStringLiteral("millers@example.com"));
    const Id anna = learner(QStringLiteral("Anna Miller"), QStringLiteral("anna@example.com"), family);
    const Id tutor = mentor(QStringLiteral("Tom Miller"), QStringLiteral("tom@example.com"));
    const Id c = course(QStringLiteral("Miller's Python"), QStringLiteral("Loops and lists\nSecond line"));
    const Id t = topic(QStringLiteral("Miller indices"), QStringLiteral("chemistry"));
    learner(QStringLiteral("Bob Stone"));

    const QList<SearchHit> hits = find(QStringLiteral("miller"));
    ASSERT_EQ(hits.size(), 5);
    QHash<QString, SearchHit> byKind;
    for (const SearchHit& h : hits) {
        byKind.insert(h.kind, h);
    }
    EXPECT_EQ(byKind.value(QStringLiteral("learner")).id, anna);
    EXPECT_EQ(byKind.value(QStringLiteral("learner")).subtitle, QStringLiteral("anna@example.com · Miller family"));
    EXPECT_EQ(byKind.value(QStringLiteral("payer")).id, family);
    EXPECT_EQ(byKind.value(QStringLiteral("payer")).subtitle, QStringLiteral("millers@example.com"));
    EXPECT_EQ(byKind.value(QStringLiteral("mentor")).id, tutor);
    EXPECT_EQ(byKind.value(QStringLiteral("course")).id, c);
    EXPECT_EQ(byKind.value(QStringLiteral("course")).subtitle, QStringLiteral("Loops and lists"));
    EXPECT_EQ(byKind.value(QStringLiteral("topic")).id, t);
    EXPECT_EQ(byKind.value(QStringLiteral("topic")).subtitle, QStringLiteral("chemistry"));
    EXPECT_FALSE(byKind.value(QStringLiteral("learner")).archived);
}

TEST_F(GlobalSearchTest, RanksExactBeforePrefixBeforeWordPrefixBeforeSubstring)
{
    learner(QStringLiteral("Joanna Berg"));      // substring
    learner(QStringLiteral("Maria Anna Lopez")); // word prefix
    learner(QStringLiteral("Annabel Lee"));      // prefix
    learner(QStringLiteral("anna"));             // exact, other case

    const QList<SearchHit> hits = find(QStringLiteral("Anna"));
    EXPECT_EQ(titles(hits), (QStringList{QStringLiteral("anna"), QStringLiteral("Annabel Lee"),
                                         QStringLiteral("Maria Anna Lopez"), QStringLiteral("Joanna Berg")}));
    ASSERT_EQ(hits.size(), 4);
    EXPECT_EQ(hits[0].rank, SearchRank::Exact);
    EXPECT_EQ(hits[1].rank, SearchRank::Prefix);
    EXPECT_EQ(hits[2].rank, SearchRank::WordPrefix);
    EXPECT_EQ(hits[3].rank, SearchRank::Substring);
}

TEST_F(GlobalSearchTest, OrdersAcrossKindsByRankThenKind)
{
    topic(QStringLiteral("Python"));
    course(QStringLiteral("Advanced Python"));
    learner(QStringLiteral("Pythonista Pete"));
    const QList<SearchHit> hits = find(QStringLiteral("python"));
    ASSERT_EQ(hits.size(), 3);
    EXPECT_EQ(hits[0].kind, QStringLiteral("topic"));   // exact
    EXPECT_EQ(hits[1].kind, QStringLiteral("learner")); // prefix
    EXPECT_EQ(hits[2].kind, QStringLiteral("course"));  // word prefix
}

TEST_F(GlobalSearchTest, LimitsEachKindAndKeepsTheBest)
{
    for (int i = 0; i < 8; ++i) {
        learner(QStringLiteral("Chen Student %1").arg(i));
        payer(QStringLiteral("Chen Family %1").arg(i));
    }
    learner(QStringLiteral("Li Chen")); // word prefix: must lose to the prefix matches when limited
    const QList<SearchHit> hits = find(QStringLiteral("chen"), 3);
    EXPECT_EQ(titlesOf(hits, QStringLiteral("learner")),
              (QStringList{QStringLiteral("Chen Student 0"), QStringLiteral("Chen Student 1"),
                           QStringLiteral("Chen Student 2")}));
    EXPECT_EQ(titlesOf(hits, QStringLiteral("payer")).size(), 3);
    EXPECT_EQ(hits.size(), 6);
    // With room for everything, the substring-only match comes last among the learners.
    const QStringList all = titlesOf(find(QStringLiteral("chen"), 20), QStringLiteral("learner"));
    ASSERT_EQ(all.size(), 9);
    EXPECT_EQ(all.last(), QStringLiteral("Li Chen"));
}

TEST_F(GlobalSearchTest, MatchesLearnersByEmailAndPhone)
{
    const Id byMail = learner(QStringLiteral("Quiet One"), QStringLiteral("zebra.crossing@example.org"));
    LearnerInput in;
    in.name = QStringLiteral("Phone Person");
    in.phone = QStringLiteral("+49 30 1234567");
    auto byPhone = LearnerService(db(), clock()).create(in);
    ASSERT_TRUE(byPhone);
    const Id payerByPhone = payer(QStringLiteral("Some Payer"), {}, QStringLiteral("030 1234567"));

    QList<SearchHit> hits = find(QStringLiteral("zebra"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].id, byMail);
    EXPECT_EQ(hits[0].rank, SearchRank::WordPrefix); // e-mail prefix
    hits = find(QStringLiteral("1234567"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].id, byPhone->meta.id);
    EXPECT_EQ(hits[0].subtitle, QStringLiteral("+49 30 1234567"));
    EXPECT_EQ(hits[1].id, payerByPhone);
}

TEST_F(GlobalSearchTest, FindsChineseTextByPrefixAndSubstring)
{
    const Id wang = learner(QStringLiteral("王芳"));
    learner(QStringLiteral("李王明"));
    course(QStringLiteral("中文写作"));
    QList<SearchHit> hits = find(QStringLiteral("王"));
    EXPECT_EQ(titles(hits), (QStringList{QStringLiteral("王芳"), QStringLiteral("李王明")}));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits[0].id, wang);
    EXPECT_EQ(hits[0].rank, SearchRank::Prefix);
    EXPECT_EQ(hits[1].rank, SearchRank::Substring);
    hits = find(QStringLiteral("王芳"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].rank, SearchRank::Exact);
    hits = find(QStringLiteral("写作"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].kind, QStringLiteral("course"));
    EXPECT_TRUE(find(QStringLiteral("张")).isEmpty());
}

TEST_F(GlobalSearchTest, TreatsLikeWildcardsLiterally)
{
    course(QStringLiteral("100% Maths"));
    course(QStringLiteral("1000 Maths"));
    course(QStringLiteral("snake_case basics"));
    course(QStringLiteral("snakeXcase basics"));
    course(QStringLiteral("Back\\slash"));
    EXPECT_EQ(titles(find(QStringLiteral("%"))), QStringList{QStringLiteral("100% Maths")});
    EXPECT_EQ(titles(find(QStringLiteral("100%"))), QStringList{QStringLiteral("100% Maths")});
    EXPECT_EQ(titles(find(QStringLiteral("_"))), QStringList{QStringLiteral("snake_case basics")});
    EXPECT_EQ(titles(find(QStringLiteral("snake_"))), QStringList{QStringLiteral("snake_case basics")});
    EXPECT_EQ(titles(find(QStringLiteral("\\"))), QStringList{QStringLiteral("Back\\slash")});
    EXPECT_EQ(titles(find(QStringLiteral("k\\s"))), QStringList{QStringLiteral("Back\\slash")});
}

TEST_F(GlobalSearchTest, ListsArchivedRecordsAfterLiveOnes)
{
    const Id old = learner(QStringLiteral("Sam Archived"));
    learner(QStringLiteral("Sam Zed"));
    ASSERT_TRUE(LearnerService(db(), clock()).archive(old));
    const QList<SearchHit> hits = find(QStringLiteral("sam"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].title, QStringLiteral("Sam Zed"));
    EXPECT_FALSE(hits[0].archived);
    EXPECT_EQ(hits[1].id, old);
    EXPECT_TRUE(hits[1].archived);
}

TEST_F(GlobalSearchTest, SkipsTombstonedRows)
{
    const Id gone = topic(QStringLiteral("Deleted topic"));
    topic(QStringLiteral("Deleted? No, kept"));
    ASSERT_TRUE(TopicService(db(), clock()).remove(gone));
    EXPECT_EQ(titles(find(QStringLiteral("deleted"))), QStringList{QStringLiteral("Deleted? No, kept")});
}

TEST_F(GlobalSearchTest, EmptyTextFindsNothing)
{
    learner(QStringLiteral("Anyone"));
    EXPECT_TRUE(find(QString()).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("nobody-has-this")).isEmpty());
}

TEST_F(GlobalSearchTest, RejectsBadLimitAndOverlongText)
{
    for (int limit : {0, -1, GlobalSearch::kMaxLimit + 1}) {
        auto r = GlobalSearch(db()).search(QStringLiteral("a"), limit);
        ASSERT_FALSE(r) << limit;
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        EXPECT_EQ(r.error().field, QStringLiteral("limit"));
    }
    auto r = GlobalSearch(db()).search(QString(GlobalSearch::kMaxTextLength + 1, u'a'));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().field, QStringLiteral("text"));
    EXPECT_TRUE(GlobalSearch(db()).search(QString(GlobalSearch::kMaxTextLength, u'a')));
}

TEST_F(GlobalSearchTest, ManyPrefixMatchesStillPutTheExactOneFirst)
{
    for (int i = 0; i < 30; ++i) {
        payer(QStringLiteral("Ng %1").arg(i, 2, 10, QChar(u'0')));
    }
    payer(QStringLiteral("NG"));
    const QList<SearchHit> hits = find(QStringLiteral("ng"), 5);
    ASSERT_EQ(hits.size(), 5);
    EXPECT_EQ(hits[0].title, QStringLiteral("NG"));
    EXPECT_EQ(hits[0].rank, SearchRank::Exact);
    EXPECT_EQ(hits[1].title, QStringLiteral("Ng 00"));
}

TEST_F(GlobalSearchTest, FindsInvoicesByNumberAndPayer)
{
    auto kinds = SearchRepository(db()).availableKinds();
    ASSERT_TRUE(kinds);
    EXPECT_EQ(kinds->last(), QStringLiteral("invoice"));
    const Id schmidt = payer(QStringLiteral("Schmidt family"));
    const Id gone = payer(QStringLiteral("Gone family"));
    const QString meta = QStringLiteral("'2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z', 'dev', 1");
    ASSERT_TRUE(db().exec(QStringLiteral("INSERT INTO invoice_series (id, kind, prefix, created_at, updated_at, "
                                         "updated_by, version) VALUES ('s1', 'invoice', 'INV-2026-', %1)")
                              .arg(meta)));
    const QString columns =
        QStringLiteral("INSERT INTO invoices (id, status, series_id, number, number_text, payer_id, "
                       "payer_name, issue_date, due_date, currency, created_at, updated_at, "
                       "updated_by, version, deleted_at) VALUES ");
    // An issued invoice (payer snapshot), a draft (no number, no snapshot) and a tombstoned one.
    ASSERT_TRUE(db().exec(columns + QStringLiteral("('i1', 'issued', 's1', 7, 'INV-2026-0007', '%1', 'Schmidt family', "
                                                   "'2026-01-10', '2026-01-24', 'EUR', %2, NULL)")
                                        .arg(schmidt, meta)));
    ASSERT_TRUE(db().exec(columns + QStringLiteral("('i2', 'draft', NULL, NULL, NULL, '%1', '', NULL, NULL, 'EUR', %2, "
                                                   "NULL)")
                                        .arg(schmidt, meta)));
    ASSERT_TRUE(db().exec(columns + QStringLiteral("('i3', 'issued', 's1', 8, 'INV-2026-0008', '%1', 'Gone family', "
                                                   "'2026-01-11', '2026-01-25', 'EUR', %2, '2026-01-12T00:00:00Z')")
                                        .arg(gone, meta)));

    const QList<SearchHit> byNumber = find(QStringLiteral("inv-2026-0007"));
    ASSERT_EQ(byNumber.size(), 1);
    EXPECT_EQ(byNumber[0].kind, QStringLiteral("invoice"));
    EXPECT_EQ(byNumber[0].id, QStringLiteral("i1"));
    EXPECT_EQ(byNumber[0].rank, SearchRank::Exact);
    EXPECT_EQ(byNumber[0].subtitle, QStringLiteral("Schmidt family · 2026-01-10"));

    // The payer's name finds the issued invoice and the draft, which has no number yet.
    EXPECT_EQ(titlesOf(find(QStringLiteral("schmidt")), QStringLiteral("invoice")).size(), 2);
    // Tombstoned invoices are not found.
    EXPECT_TRUE(titlesOf(find(QStringLiteral("INV-2026-0008")), QStringLiteral("invoice")).isEmpty());
}
