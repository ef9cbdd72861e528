// SPDX-License-Identifier: GPL-3.0-or-later
#include "courses/CourseService.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "courses/CourseModuleRepository.h"
#include "courses/CourseModuleService.h"
#include "courses/CourseRepository.h"
#include "courses/CourseValidator.h"
#include "security/Guard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/Transaction.h"

namespace mentordesk {

namespace {

const QString kTopics = QStringLiteral("topics");

void apply(Course& c, const CourseInput& in)
{
    c.title = in.title;
    c.description = in.description;
    c.level = in.level;
    c.contentMinutes = in.contentMinutes;
    c.quality = in.quality;
    c.practicality = in.practicality;
}

QList<CourseModuleInput> inputsOf(const QList<CourseModule>& modules)
{
    QList<CourseModuleInput> out;
    for (const CourseModule& m : modules) {
        out.append({m.title, m.minutes, m.priceMinor});
    }
    return out;
}

} // namespace

CourseService::CourseService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

RecordMeta CourseService::freshMeta() const
{
    RecordMeta meta;
    meta.id = newId();
    meta.createdAt = meta.updatedAt = m_clock.nowUtc();
    meta.updatedBy = m_db.deviceId();
    meta.version = 1;
    return meta;
}

Result<QList<Id>> CourseService::checkTopics(const QList<Id>& topics)
{
    QList<Id> out;
    for (const Id& raw : topics) {
        auto id = Validation::requiredId(raw, {kTopics, tr("Topic")});
        if (!id) {
            return fail(id.error());
        }
        if (out.contains(*id)) {
            continue;
        }
        if (auto ok = requireRow(m_db, kTopics, *id, kTopics, tr("topic")); !ok) {
            return fail(ok.error());
        }
        out.append(*id);
    }
    return out;
}

Result<Course> CourseService::create(const CourseInput& input, const QList<Id>& topics,
                                     const QList<CourseModuleInput>& modules)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto valid = CourseValidator::course(input);
    if (!valid) {
        return fail(valid.error());
    }
    QList<CourseModuleInput> cleanModules;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        auto m = CourseValidator::module(modules[i], QStringLiteral("modules[%1].").arg(i));
        if (!m) {
            return fail(m.error());
        }
        cleanModules.append(*m);
    }
    auto minutes = CourseValidator::contentMinutes(valid->contentMinutes, cleanModules);
    if (!minutes) {
        return fail(minutes.error());
    }
    valid->contentMinutes = *minutes;

    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto topicIds = checkTopics(topics);
    if (!topicIds) {
        return fail(topicIds.error());
    }
    Course c;
    c.meta = freshMeta();
    apply(c, *valid);
    CourseRepository repo(m_db);
    if (auto ok = repo.insert(c); !ok) {
        return fail(ok.error());
    }
    for (const Id& topicId : std::as_const(*topicIds)) {
        if (auto ok = repo.insertTopicLink(freshMeta(), c.meta.id, topicId); !ok) {
            return fail(ok.error());
        }
    }
    CourseModuleRepository modulesRepo(m_db);
    for (qsizetype i = 0; i < cleanModules.size(); ++i) {
        CourseModule m{freshMeta(),
                       c.meta.id,
                       static_cast<int>(i + 1),
                       cleanModules[i].title,
                       cleanModules[i].minutes,
                       cleanModules[i].priceMinor};
        if (auto ok = modulesRepo.insert(m); !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = fill(c); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return c;
}

Result<Course> CourseService::row(const Id& id)
{
    auto found = CourseRepository(m_db).find(id.trimmed().toLower());
    if (!found) {
        return fail(found.error());
    }
    if (!found->has_value()) {
        return fail(Error::notFound(tr("There is no course with id %1.").arg(id)));
    }
    return **found;
}

Result<void> CourseService::fill(Course& course)
{
    auto topics = CourseRepository(m_db).topicsOf(course.meta.id);
    if (!topics) {
        return fail(topics.error());
    }
    auto modules = CourseModuleRepository(m_db).listFor(course.meta.id);
    if (!modules) {
        return fail(modules.error());
    }
    course.topics = std::move(*topics);
    course.modules = std::move(*modules);
    return {};
}

Result<Course> CourseService::get(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto c = row(id);
    if (!c) {
        return c;
    }
    if (auto ok = fill(*c); !ok) {
        return fail(ok.error());
    }
    return c;
}

Result<Page<Course>> CourseService::list(const CourseFilter& filter, PageRequest page)
{
    if (auto allowed = Guard::studio(m_db, Action::ViewCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto result = CourseRepository(m_db).list(filter, page);
    if (!result) {
        return result;
    }
    for (Course& c : result->items) {
        if (auto ok = fill(c); !ok) {
            return fail(ok.error());
        }
    }
    return result;
}

Result<Course> CourseService::edit(const Id& id, const CourseInput& input, qint64 expectedVersion)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto valid = CourseValidator::course(input);
    if (!valid) {
        return fail(valid.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Course c = *current;
    auto minutes = CourseValidator::contentMinutes(valid->contentMinutes, inputsOf(c.modules));
    if (!minutes) {
        return fail(minutes.error());
    }
    valid->contentMinutes = *minutes;
    if (expectedVersion > 0) {
        c.meta.version = expectedVersion;
    }
    apply(c, *valid);
    c.meta.updatedAt = m_clock.nowUtc();
    if (auto ok = CourseRepository(m_db).update(c); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++c.meta.version;
    return c;
}

Result<Course> CourseService::setArchived(const Id& id, bool archived)
{
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto current = get(id);
    if (!current) {
        return fail(current.error());
    }
    Course c = *current;
    if (c.isArchived() == archived) {
        return fail(Error::refused(archived ? tr("The course “%1” is already archived.").arg(c.title)
                                            : tr("The course “%1” is not archived.").arg(c.title)));
    }
    c.meta.updatedAt = m_clock.nowUtc();
    c.archivedAt = archived ? c.meta.updatedAt : QDateTime();
    if (auto ok = CourseRepository(m_db).update(c); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    ++c.meta.version;
    return c;
}

Result<Course> CourseService::archive(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    return setArchived(id, true);
}

Result<Course> CourseService::restore(const Id& id)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    return setArchived(id, false);
}

Result<Course> CourseService::setTopics(const Id& courseId, const QList<Id>& topics)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return fail(tx.error());
    }
    auto course = row(courseId);
    if (!course) {
        return fail(course.error());
    }
    auto wanted = checkTopics(topics);
    if (!wanted) {
        return fail(wanted.error());
    }
    CourseRepository repo(m_db);
    auto links = repo.topicLinks(course->meta.id);
    if (!links) {
        return fail(links.error());
    }
    for (auto it = links->cbegin(); it != links->cend(); ++it) {
        if (!wanted->contains(it.key())) {
            if (auto ok = repo.removeTopicLink(it.value(), m_clock.nowUtc()); !ok) {
                return fail(ok.error());
            }
        }
    }
    for (const Id& topicId : std::as_const(*wanted)) {
        if (!links->contains(topicId)) {
            if (auto ok = repo.insertTopicLink(freshMeta(), course->meta.id, topicId); !ok) {
                return fail(ok.error());
            }
        }
    }
    if (auto ok = fill(*course); !ok) {
        return fail(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        return fail(ok.error());
    }
    return course;
}

Result<CourseModule> CourseService::addModule(const Id& courseId, const CourseModuleInput& input, int position)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    return CourseModuleService(m_db, m_clock).add(courseId, input, position);
}

Result<CourseModule> CourseService::editModule(const Id& moduleId, const CourseModuleInput& input,
                                               qint64 expectedVersion)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    return CourseModuleService(m_db, m_clock).edit(moduleId, input, expectedVersion);
}

Result<QList<CourseModule>> CourseService::removeModule(const Id& moduleId)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    return CourseModuleService(m_db, m_clock).remove(moduleId);
}

Result<QList<CourseModule>> CourseService::moveModule(const Id& moduleId, int newPosition)
{
    if (auto allowed = Guard::studio(m_db, Action::ManageCatalog); !allowed) {
        return fail(allowed.error());
    }
    return CourseModuleService(m_db, m_clock).move(moduleId, newPosition);
}

} // namespace mentordesk
