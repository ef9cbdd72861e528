// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourseTestSupport.h"

#include "courses/CourseService.h"
#include "courses/TopicService.h"
#include "shell/StudioSession.h"

#include <gtest/gtest.h>

namespace mentordesk::test {

CourseTestSupport::CourseTestSupport(StudioSession& session)
    : m_session(session)
{}

QList<Course> CourseTestSupport::courses(const CourseFilter& filter)
{
    auto page = CourseService(m_session.db(), m_session.clock()).list(filter, {0, 10000});
    EXPECT_TRUE(page);
    return page ? page->items : QList<Course>{};
}

qint64 CourseTestSupport::courseCount()
{
    auto page = CourseService(m_session.db(), m_session.clock()).list({}, {0, 1});
    return page ? page->total : -1;
}

Result<Course> CourseTestSupport::course(const Id& id)
{
    return CourseService(m_session.db(), m_session.clock()).get(id);
}

Result<Course> CourseTestSupport::createCourse(const CourseInput& input, const QList<Id>& topics)
{
    return CourseService(m_session.db(), m_session.clock()).create(input, topics);
}

QList<Topic> CourseTestSupport::topics()
{
    auto page = TopicService(m_session.db(), m_session.clock()).list({}, {0, 10000});
    EXPECT_TRUE(page);
    return page ? page->items : QList<Topic>{};
}

Topic CourseTestSupport::createTopic(const QString& name)
{
    auto t = TopicService(m_session.db(), m_session.clock()).create({name, QStringLiteral("test"), {}});
    EXPECT_TRUE(t) << t.error().message.toStdString();
    return t ? *t : Topic{};
}

Result<void> CourseTestSupport::addPrerequisite(const Id& topic, const Id& prerequisite)
{
    return TopicService(m_session.db(), m_session.clock()).addPrerequisite(topic, prerequisite);
}

bool CourseTestSupport::hasEdge(const Id& topic, const Id& prerequisite)
{
    auto graph = TopicService(m_session.db(), m_session.clock()).graph();
    return graph && graph->hasEdge(topic, prerequisite);
}

} // namespace mentordesk::test
