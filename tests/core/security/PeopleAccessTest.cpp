// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleAccessTestBase.h"
#include "courses/EnrollmentService.h"
#include "feedback/FeedbackService.h"
#include "people/LearnerService.h"
#include "people/MentorService.h"
#include "people/PayerService.h"

using namespace mentordesk;
using mentordesk::test::refused;

class PeopleAccessTest : public test::RoleAccessTestBase
{
protected:
    LearnerService learners() { return LearnerService(db(), clock()); }
    EnrollmentService enrollments() { return EnrollmentService(db(), clock()); }
    FeedbackService feedback() { return FeedbackService(db(), clock()); }

    static QStringList names(const QList<Learner>& list)
    {
        QStringList out;
        for (const Learner& l : list) {
            out.append(l.name);
        }
        return out;
    }

    AssessmentInput assessment(const Id& mentor, const Id& learner, const Id& topic)
    {
        AssessmentInput in;
        in.mentorId = mentor;
        in.learnerId = learner;
        in.topicId = topic;
        in.masteryPercent = 50;
        in.assessedAt = clock().nowUtc().addSecs(-3600);
        return in;
    }
};

TEST_F(PeopleAccessTest, MentorListsOnlyTheLearnersTheyTeach)
{
    asAnna();
    auto listed = learners().list({});
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    EXPECT_EQ(names(listed->items),
              (QStringList{QStringLiteral("Li Wei"), QStringLiteral("Mia Klein"), QStringLiteral("Noah Roth")}));
    EXPECT_EQ(listed->total, 3); // counted in the query, not filtered afterwards
    asOwner();
    EXPECT_EQ(learners().list({})->total, 4);
}

TEST_F(PeopleAccessTest, MentorReadsAndEditsOwnLearnerButNotAnothers)
{
    asAnna();
    MD_ASSERT_OK(learners().get(li));
    EXPECT_TRUE(refused(learners().get(ola)));
    LearnerInput rename;
    rename.name = QStringLiteral("Ola B.");
    EXPECT_TRUE(refused(learners().edit(ola, rename)));
    EXPECT_TRUE(refused(learners().archive(ola)));
    EXPECT_TRUE(refused(learners().goals(ola)));
    asOwner();
    EXPECT_EQ(learners().get(ola)->name, QStringLiteral("Ola Berg")); // nothing was written
}

TEST_F(PeopleAccessTest, MentorCreatesLearnersOnlyForThemselves)
{
    asAnna();
    LearnerInput in;
    in.name = QStringLiteral("Pia Sommer");
    in.mentorId = bo;
    EXPECT_TRUE(refused(learners().create(in)));
    in.mentorId = anna;
    auto created = learners().create(in);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    MD_ASSERT_OK(learners().get(created->meta.id)); // own through the main mentor
    LearnerInput handOver = in;
    handOver.mentorId = bo;
    EXPECT_TRUE(refused(learners().edit(created->meta.id, handOver)));
}

TEST_F(PeopleAccessTest, FrontDeskSeesLearnersWithoutPrivateNotesAndKeepsThem)
{
    LearnerInput in;
    in.name = QStringLiteral("Pia Sommer");
    in.mentorId = anna;
    in.notes = QStringLiteral("private: shy in groups");
    const Id pia = learners().create(in).value().meta.id;
    asDesk();
    auto seen = learners().get(pia);
    ASSERT_TRUE(seen);
    EXPECT_TRUE(seen->notes.isEmpty());
    in.name = QStringLiteral("Pia Sommer-Lang");
    in.notes.clear(); // the desk never saw them
    MD_ASSERT_OK(learners().edit(pia, in));
    EXPECT_TRUE(refused(learners().archive(pia)));
    asAnna();
    auto mentorView = learners().get(pia);
    ASSERT_TRUE(mentorView);
    EXPECT_EQ(mentorView->name, QStringLiteral("Pia Sommer-Lang"));
    EXPECT_EQ(mentorView->notes, QStringLiteral("private: shy in groups"));
}

TEST_F(PeopleAccessTest, MentorManagesOnlyOwnEnrollments)
{
    asAnna();
    auto listed = enrollments().list({});
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->total, 3);
    EnrollmentFilter others;
    others.mentorId = bo;
    EXPECT_TRUE(refused(enrollments().list(others)));
    EXPECT_TRUE(refused(enrollments().get(olaEnrollment)));
    EXPECT_TRUE(refused(enrollments().setStatus(olaEnrollment, EnrollmentStatus::Paused)));
    MD_ASSERT_OK(enrollments().setStatus(liEnrollment, EnrollmentStatus::Paused));
    EnrollmentInput in;
    in.learnerId = ola;
    in.mentorId = anna;
    in.title = QStringLiteral("Chess");
    in.targetMinutes = 600;
    EXPECT_TRUE(refused(enrollments().enroll(in))) << "Ola is Bo's learner";
    asDesk();
    MD_ASSERT_OK(enrollments().enroll(in));
}

TEST_F(PeopleAccessTest, MentorRecordsAssessmentsOnlyForOwnLearnersAndFrontDeskNone)
{
    const Id topic = fx().addTopic(QStringLiteral("Openings"));
    asAnna();
    MD_ASSERT_OK(feedback().assess(assessment(anna, li, topic)));
    EXPECT_TRUE(refused(feedback().assess(assessment(anna, ola, topic))));
    EXPECT_TRUE(refused(feedback().assess(assessment(bo, li, topic)))) << "not in another mentor's name";
    EXPECT_TRUE(refused(feedback().assessments(ola)));
    EXPECT_EQ(feedback().assessments(li)->size(), 1);
    asDesk();
    EXPECT_TRUE(refused(feedback().assess(assessment(anna, li, topic))));
    EXPECT_TRUE(refused(feedback().assessments(li)));
    asOwner();
    EXPECT_EQ(feedback().assessments(ola)->size(), 0);
}

TEST_F(PeopleAccessTest, PayersAndMentorsFollowTheRoles)
{
    PayerInput payer;
    payer.name = QStringLiteral("Berg family");
    asAnna();
    EXPECT_TRUE(refused(PayerService(db(), clock()).create(payer)));
    EXPECT_TRUE(refused(PayerService(db(), clock()).list({})));
    MD_ASSERT_OK(MentorService(db(), clock()).list({})); // names for scheduling
    MentorInput mentor;
    mentor.name = QStringLiteral("Cy");
    EXPECT_TRUE(refused(MentorService(db(), clock()).create(mentor)));
    asDesk();
    MD_ASSERT_OK(PayerService(db(), clock()).create(payer));
    EXPECT_TRUE(refused(MentorService(db(), clock()).create(mentor)));
}

TEST_F(PeopleAccessTest, MentorSeesOnlyThePayersOfOwnLearners)
{
    PayerService payers(db(), clock());
    PayerInput payer;
    payer.name = QStringLiteral("Sommer family");
    const Id sommer = payers.create(payer).value().meta.id;
    payer.name = QStringLiteral("Lang family");
    const Id lang = payers.create(payer).value().meta.id;
    LearnerInput pia;
    pia.name = QStringLiteral("Pia Sommer");
    pia.mentorId = anna;
    pia.payerId = sommer;
    MD_ASSERT_OK(learners().create(pia));
    LearnerInput quinn;
    quinn.name = QStringLiteral("Quinn Lang");
    quinn.mentorId = bo;
    quinn.payerId = lang;
    MD_ASSERT_OK(learners().create(quinn));
    asAnna();
    auto names = payers.namesFor({sommer, lang});
    ASSERT_TRUE(names);
    EXPECT_EQ(names->keys(), QList<Id>{sommer});
    MD_ASSERT_OK(payers.get(sommer));
    EXPECT_TRUE(refused(payers.get(lang)));
    asDesk();
    EXPECT_EQ(payers.namesFor({sommer, lang})->size(), 2);
}

TEST_F(PeopleAccessTest, NobodyIsRefusedEverything)
{
    asNobody();
    auto listed = learners().list({});
    ASSERT_TRUE(refused(listed));
    EXPECT_TRUE(listed.error().message.contains(QStringLiteral("log in")));
    EXPECT_TRUE(refused(learners().get(li)));
    EXPECT_TRUE(refused(enrollments().list({})));
    EXPECT_TRUE(refused(MentorService(db(), clock()).list({})));
    EXPECT_TRUE(refused(PayerService(db(), clock()).list({})));
    EXPECT_TRUE(refused(feedback().preferences()));
}
