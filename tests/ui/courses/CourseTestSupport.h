// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "courses/Course.h"
#include "courses/Topic.h"

namespace mentordesk {
class StudioSession;
}

namespace mentordesk::test {

/// Service calls for the page tests. Why a separate file: core's Page<T> (common/Page.h, pulled in by the
/// service headers) and the shell's Page widget share a name, so one file cannot include both.
class CourseTestSupport final
{
public:
    explicit CourseTestSupport(StudioSession& session);

    [[nodiscard]] QList<Course> courses(const CourseFilter& filter = {});
    [[nodiscard]] qint64 courseCount();
    [[nodiscard]] Result<Course> course(const Id& id);
    [[nodiscard]] Result<Course> createCourse(const CourseInput& input, const QList<Id>& topics = {});
    [[nodiscard]] QList<Topic> topics();
    [[nodiscard]] Topic createTopic(const QString& name);
    [[nodiscard]] Result<void> addPrerequisite(const Id& topic, const Id& prerequisite);
    [[nodiscard]] bool hasEdge(const Id& topic, const Id& prerequisite);

private:
    StudioSession& m_session;
};

} // namespace mentordesk::test
