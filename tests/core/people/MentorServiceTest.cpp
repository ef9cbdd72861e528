// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/MentorService.h"

#include "TestStudio.h"

#include <gtest/gtest.h>

using namespace mentordesk;

class MentorServiceTest : public test::StudioTest
{
protected:
    MentorService service() { return MentorService(db(), clock()); }
    Mentor add(const QString& name, MentorRole role = MentorRole::Mentor)
    {
        auto m = service().create({.name = name, .role = role});
        EXPECT_TRUE(m) << m.error().message.toStdString();
        return m ? *m : Mentor{};
    }
};

TEST_F(MentorServiceTest, CreatesWithAllFieldsAndSyncMetadata)
{
    auto m = service().create({.name = QStringLiteral("  Lin Hua "),
                               .email = QStringLiteral("lin@example.com"),
                               .phone = QStringLiteral("+86 10 1234"),
                               .role = MentorRole::Owner,
                               .yearsTeaching = 12,
                               .defaultRateMinor = 4500,
                               .bio = QStringLiteral("Piano and theory."),
                               .color = QStringLiteral(" #3A7BD5 ")});
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(m->name, QStringLiteral("Lin Hua"));
    EXPECT_EQ(m->color, QStringLiteral("#3a7bd5"));
    EXPECT_EQ(m->meta.version, 1);
    EXPECT_EQ(m->meta.createdAt, clock().nowUtc());
    EXPECT_TRUE(isWellFormedId(m->meta.id));
    auto loaded = service().get(m->meta.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->role, MentorRole::Owner);
    EXPECT_EQ(loaded->yearsTeaching, 12);
    EXPECT_EQ(loaded->defaultRateMinor, 4500);
    EXPECT_EQ(loaded->bio, QStringLiteral("Piano and theory."));
    EXPECT_EQ(loaded->phone, QStringLiteral("+86 10 1234"));
    EXPECT_EQ(loaded->meta.updatedBy, db().deviceId());
    EXPECT_FALSE(loaded->isArchived());
}

TEST_F(MentorServiceTest, RoleKeysRoundTrip)
{
    for (MentorRole role : {MentorRole::Owner, MentorRole::Mentor, MentorRole::FrontDesk}) {
        EXPECT_EQ(mentorRoleFromKey(mentorRoleKey(role)), role);
        Mentor m = add(QStringLiteral("R ") + mentorRoleKey(role), role);
        EXPECT_EQ(service().get(m.meta.id)->role, role);
    }
    EXPECT_EQ(mentorRoleKey(MentorRole::FrontDesk), QStringLiteral("front_desk"));
    EXPECT_EQ(mentorRoleFromKey(QStringLiteral("front-desk")), MentorRole::FrontDesk);
    EXPECT_FALSE(mentorRoleFromKey(QStringLiteral("boss")).has_value());
}

TEST_F(MentorServiceTest, RejectsBadInputNamingTheFieldAndWritesNothing)
{
    struct Case
    {
        MentorInput input;
        const char* field;
    };
    const QList<Case> cases = {
        {{.name = QStringLiteral("  ")}, "name"},
        {{.name = QString(201, u'x')}, "name"},
        {{.name = QStringLiteral("A"), .email = QStringLiteral("nope")}, "email"},
        {{.name = QStringLiteral("A"), .phone = QString(51, u'1')}, "phone"},
        {{.name = QStringLiteral("A"), .role = static_cast<MentorRole>(7)}, "role"},
        {{.name = QStringLiteral("A"), .yearsTeaching = -1}, "years_teaching"},
        {{.name = QStringLiteral("A"), .yearsTeaching = 81}, "years_teaching"},
        {{.name = QStringLiteral("A"), .defaultRateMinor = -1}, "default_rate"},
        {{.name = QStringLiteral("A"), .bio = QString(5001, u'b')}, "bio"},
        {{.name = QStringLiteral("A"), .color = QStringLiteral("blue")}, "color"},
        {{.name = QStringLiteral("A"), .color = QStringLiteral("#12345")}, "color"},
        {{.name = QStringLiteral("A"), .color = QStringLiteral("#12345g")}, "color"},
    };
    for (const Case& c : cases) {
        auto m = service().create(c.input);
        ASSERT_FALSE(m) << c.field;
        EXPECT_EQ(m.error().code, ErrorCode::Invalid) << c.field;
        EXPECT_EQ(m.error().field, QString::fromLatin1(c.field));
        EXPECT_FALSE(m.error().message.isEmpty());
    }
    MentorFilter all;
    all.includeArchived = true;
    EXPECT_EQ(service().list(all, {})->total, 0) << "a refused create must not write anything";
}

TEST_F(MentorServiceTest, AcceptsBoundaryValues)
{
    auto m = service().create({.name = QStringLiteral("Edge"), .yearsTeaching = 80, .defaultRateMinor = 0});
    ASSERT_TRUE(m) << m.error().message.toStdString();
    EXPECT_EQ(m->yearsTeaching, 80);
    EXPECT_TRUE(m->color.isEmpty());
}

TEST_F(MentorServiceTest, EditChangesFieldsAndDetectsConcurrentChange)
{
    Mentor m = add(QStringLiteral("Ana"));
    MentorInput in{.name = QStringLiteral("Ana Silva"), .yearsTeaching = 3, .defaultRateMinor = 3000};
    clock().advanceSeconds(60);
    auto first = service().edit(m.meta.id, in, m.meta.version);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first->meta.version, 2);
    EXPECT_EQ(service().get(m.meta.id)->name, QStringLiteral("Ana Silva"));
    EXPECT_EQ(service().get(m.meta.id)->meta.updatedAt, clock().nowUtc());
    in.name = QStringLiteral("Stale");
    auto stale = service().edit(m.meta.id, in, m.meta.version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service().get(m.meta.id)->name, QStringLiteral("Ana Silva"));
}

TEST_F(MentorServiceTest, EditWithBadInputChangesNothing)
{
    Mentor m = add(QStringLiteral("Ben"));
    auto bad = service().edit(m.meta.id, {.name = QStringLiteral("Ben"), .yearsTeaching = 99});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("years_teaching"));
    auto loaded = service().get(m.meta.id);
    EXPECT_EQ(loaded->meta.version, 1);
    EXPECT_EQ(loaded->yearsTeaching, 0);
}

TEST_F(MentorServiceTest, ArchiveHidesAndRestoreShows)
{
    Mentor a = add(QStringLiteral("Alpha"));
    add(QStringLiteral("Beta"));
    auto archived = service().archive(a.meta.id);
    ASSERT_TRUE(archived);
    EXPECT_TRUE(archived->isArchived());
    EXPECT_EQ(service().list({}, {})->total, 1);
    MentorFilter onlyArchived;
    onlyArchived.archivedOnly = true;
    auto page = service().list(onlyArchived, {});
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items.first().name, QStringLiteral("Alpha"));
    MentorFilter all;
    all.includeArchived = true;
    EXPECT_EQ(service().list(all, {})->total, 2);
    auto twice = service().archive(a.meta.id);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Refused);
    ASSERT_TRUE(service().restore(a.meta.id));
    EXPECT_EQ(service().list({}, {})->total, 2);
    auto again = service().restore(a.meta.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
}

TEST_F(MentorServiceTest, ListSearchesFiltersByRoleAndPages)
{
    add(QStringLiteral("Anna Li"));
    add(QStringLiteral("Ben 100%"));
    add(QStringLiteral("Chen_Wei"), MentorRole::FrontDesk);
    add(QStringLiteral("李娜"), MentorRole::Owner);
    add(QStringLiteral("dora"));
    MentorFilter f;
    f.text = QStringLiteral("%");
    auto pct = service().list(f, {});
    ASSERT_TRUE(pct);
    ASSERT_EQ(pct->total, 1) << "LIKE wildcards in the search text are literal";
    EXPECT_EQ(pct->items.first().name, QStringLiteral("Ben 100%"));
    f.text = QStringLiteral("_");
    EXPECT_EQ(service().list(f, {})->total, 1);
    f.text = QStringLiteral("李");
    EXPECT_EQ(service().list(f, {})->items.value(0).name, QStringLiteral("李娜"));
    f.text.clear();
    f.role = MentorRole::FrontDesk;
    auto desk = service().list(f, {});
    ASSERT_EQ(desk->total, 1);
    EXPECT_EQ(desk->items.first().name, QStringLiteral("Chen_Wei"));
    auto page = service().list({}, {2, 2});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 5);
    EXPECT_EQ(page->offset, 2);
    ASSERT_EQ(page->items.size(), 2);
    EXPECT_EQ(page->items[0].name, QStringLiteral("Chen_Wei"));
    EXPECT_EQ(page->items[1].name, QStringLiteral("dora")) << "names sort case-insensitively";
}

TEST_F(MentorServiceTest, UnknownIdIsNotFound)
{
    auto m = service().get(newId());
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().archive(newId()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(service().edit(newId(), {.name = QStringLiteral("X")}).error().code, ErrorCode::NotFound);
}
