// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"
#include "models/LearnerListModel.h"
#include "models/PayerListModel.h"
#include "people/LearnerBrowser.h"
#include "people/MentorService.h"
#include "people/PayerBrowser.h"
#include "people/widgets/MessageBar.h"
#include "storage/Database.h"

using namespace mentordesk;

/// The desktop pages obey the session's account (StudioSession::setActor): core filters and refuses,
/// the pages show what core returns and its messages.
class RoleSessionTest : public test::UiStudioTest
{
protected:
    void asFirstMentor()
    {
        auto mentors = MentorService(session().db(), session().clock()).list({}, {0, 1});
        ASSERT_TRUE(mentors && !mentors->items.isEmpty());
        session().setActor(
            {QStringLiteral("acc-m"), QStringLiteral("mentor1"), Role::Mentor, mentors->items.first().meta.id});
    }
};

TEST_F(RoleSessionTest, AMentorsLearnerListHoldsOnlyTheirLearners)
{
    LearnerBrowser everyone(session());
    everyone.activate();
    const qint64 all = everyone.model()->totalCount();
    asFirstMentor();
    LearnerBrowser own(session());
    own.activate();
    EXPECT_GT(own.model()->totalCount(), 0);
    EXPECT_LT(own.model()->totalCount(), all);
}

TEST_F(RoleSessionTest, ARefusedListShowsTheCoresMessage)
{
    asFirstMentor();
    PayerBrowser payers(session());
    payers.activate();
    EXPECT_EQ(payers.model()->totalCount(), 0);
    EXPECT_TRUE(payers.messages()->text().contains(QStringLiteral("payer.view")))
        << payers.messages()->text().toStdString();
}
