// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/LearnersPage.h"
#include "people/MentorsPage.h"
#include "people/PayersPage.h"
#include "shell/PageFactories.h"

namespace mentordesk {

Page* createLearnersPage(StudioSession& session, QWidget* parent)
{
    return new LearnersPage(session, parent);
}

Page* createPayersPage(StudioSession& session, QWidget* parent)
{
    return new PayersPage(session, parent);
}

Page* createMentorsPage(StudioSession& session, QWidget* parent)
{
    return new MentorsPage(session, parent);
}

PageInfo learnersPageInfo()
{
    return {QStringLiteral("learners"), &LearnersPage::title, &LearnersPage::icon, &createLearnersPage};
}

PageInfo payersPageInfo()
{
    return {QStringLiteral("payers"), &PayersPage::title, &PayersPage::icon, &createPayersPage};
}

PageInfo mentorsPageInfo()
{
    return {QStringLiteral("mentors"), &MentorsPage::title, &MentorsPage::icon, &createMentorsPage};
}

} // namespace mentordesk
